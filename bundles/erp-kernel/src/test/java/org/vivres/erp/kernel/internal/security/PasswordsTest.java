package org.vivres.erp.kernel.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void aHashIsBcryptSaltedAndChecksOnlyItsPassword() {
        String a = Passwords.hash("épicerie-solidaire");
        String b = Passwords.hash("épicerie-solidaire");
        assertThat(a).startsWith("$2a$10$").isNotEqualTo(b);
        assertThat(Passwords.matches("épicerie-solidaire", a)).isTrue();
        assertThat(Passwords.matches("epicerie-solidaire", a)).isFalse();
        assertThat(Passwords.matches("anything", null)).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverMatchesAndDoesNotFail() {
        String longest = "a".repeat(Passwords.MAX_BYTES);
        assertThat(Passwords.fits(longest)).isTrue();
        assertThat(Passwords.fits(longest + "a")).isFalse();
        assertThat(Passwords.fits("é".repeat(37))).as("74 bytes in UTF-8").isFalse();
        String hash = Passwords.hash(longest);
        assertThat(Passwords.matches(longest, hash)).isTrue();
        assertThat(Passwords.matches(longest + "a", hash)).isFalse();
        assertThat(Passwords.matches("A".repeat(1 << 20), hash)).isFalse();
        assertThat(Passwords.matches("A".repeat(1 << 20), null)).isFalse();
    }

    @Test
    void tokensAreStoredAsSha256Digests() {
        assertThat(Sessions.digest("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void commonPasswordsAreKnownWhateverTheirCase() {
        for (String common : new String[] {"password", "12345678", "azerty", "AZERTYUIOP", "motdepasse", "Soleil123",
                "iloveyou", "qwerty123", "marseille13"}) {
            assertThat(Passwords.isCommon(common)).as(common).isTrue();
        }
        assertThat(Passwords.isCommon("motdepasse-123")).isFalse();
        assertThat(Passwords.isCommon("épicerie-solidaire")).isFalse();
    }

    @Test
    void anUnknownUserTakesAsLongToRefuseAsAKnownOne() {
        String hash = Passwords.hash("épicerie-solidaire");
        // warm up, then compare the medians of a few checks each way
        for (int i = 0; i < 3; i++) {
            Passwords.matches("faux", hash);
            Passwords.matches("faux", null);
        }
        long known = median(() -> Passwords.matches("faux", hash));
        long unknown = median(() -> Passwords.matches("faux", null));
        assertThat((double) unknown / known).as("unknown %d ns, known %d ns", unknown, known).isBetween(0.5, 2.0);
    }

    private static long median(Runnable check) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            check.run();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
