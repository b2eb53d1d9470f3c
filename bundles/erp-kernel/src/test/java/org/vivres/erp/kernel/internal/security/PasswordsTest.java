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
    void anUnknownUserCostsAFullCheckOfTheSameCostAndNeverMatches() {
        // Timing is not asserted here (the machine's load decides it): what makes both refusals cost the same is that
        // an unknown user's password is checked against a hash of the same algorithm and cost as a real one.
        String hash = Passwords.hash("épicerie-solidaire");
        assertThat(Passwords.DUMMY.substring(0, 7)).isEqualTo(hash.substring(0, 7)).isEqualTo("$2a$10$");
        assertThat(Passwords.matches("dummy", null)).as("the dummy's own password opens nothing").isFalse();
        assertThat(Passwords.matches("faux", null)).isFalse();
    }
}
