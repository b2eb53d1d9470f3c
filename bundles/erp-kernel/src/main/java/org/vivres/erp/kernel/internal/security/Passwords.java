package org.vivres.erp.kernel.internal.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** bcrypt hashing of passwords (cost 10: about 50 ms here, slow enough against guessing), and the common ones. */
public final class Passwords {
    /** bcrypt reads at most this many bytes (UTF-8) of a password; the library refuses longer ones. */
    public static final int MAX_BYTES = 72;
    /** The shortest password accepted anywhere one is set. */
    public static final int MIN_LENGTH = 8;
    private static final int COST = 10;
    /** The resource, shipped in the kernel and copied into the launcher, that lists the refused passwords. */
    public static final String COMMON_LIST = "common-passwords.txt";
    // A valid hash of the same cost as the real ones, verified when the user does not exist: the answer takes as
    // long for an unknown username as for a known one, so its timing does not tell which usernames exist.
    static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "dummy".toCharArray());
    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    /** True when bcrypt can hash {@code password} whole (at most {@link #MAX_BYTES} bytes in UTF-8). */
    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** True for one of the few thousand passwords tried first by anyone guessing (case ignored). */
    public static boolean isCommon(String password) {
        return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
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

    private static Set<String> load() {
        try (InputStream in = Passwords.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the kernel");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
