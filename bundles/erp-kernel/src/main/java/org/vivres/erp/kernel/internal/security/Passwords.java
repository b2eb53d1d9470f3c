package org.vivres.erp.kernel.internal.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashing of passwords (cost 10: about 50 ms here, slow enough against guessing). */
public final class Passwords {
    private static final int COST = 10;
    // A valid hash to verify against when the user does not exist, so timing does not tell.
    private static final String DUMMY = BCrypt.withDefaults().hashToString(4, "dummy".toCharArray());

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? DUMMY : hash).getBytes(StandardCharsets.UTF_8)).verified && hash != null;
    }
}
