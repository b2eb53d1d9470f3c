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
    void tokensAreStoredAsSha256Digests() {
        assertThat(Sessions.digest("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
