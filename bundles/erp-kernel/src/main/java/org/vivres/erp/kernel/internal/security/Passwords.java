package org.vivres.erp.kernel.internal.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashing of passwords (cost 10: about 50 ms here, slow enough against guessing). */
public final class Passwords {
    /** bcrypt reads at most this many bytes (UTF-8) of a password; the library refuses longer ones. */
    public static final int MAX_BYTES = 72;
    private static final int COST = 10;
    // A valid hash to verify against when the user does not exist, so timing does not tell.
    private static final String DUMMY = BCrypt.withDefaults().hashToString(4, "dummy".toCharArray());

    private Passwords() {
    }

    /** True when bcrypt can hash {@code password} whole (at most {@link #MAX_BYTES} bytes in UTF-8). */
    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** The bcrypt hash; the password must {@link #fits}. */
    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** False for a password too long to have been hashed (such a login is refused, not a failure of the server). */
    public static boolean matches(String password, String hash) {
        if (!fits(password)) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? DUMMY : hash).getBytes(StandardCharsets.UTF_8)).verified && hash != null;
    }
}
