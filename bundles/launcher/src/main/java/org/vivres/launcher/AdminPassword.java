package org.vivres.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The rule the kernel applies to every password, applied to {@code VIVRES_ADMIN_PASSWORD} before anything starts:
 * the network admin's account would otherwise be created with a password the API refuses to anyone else.
 */
final class AdminPassword {
    static final int MIN_LENGTH = 8;
    // The kernel's own list, copied into this jar by the build.
    private static final String COMMON_LIST = "/org/vivres/erp/kernel/internal/security/common-passwords.txt";

    private AdminPassword() {
    }

    /** Refuses a password shorter than the kernel's minimum or one of the most common ones. */
    static void check(String password) throws UsageException {
        if (password == null || password.isBlank()) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            throw new UsageException(CommandLine.ADMIN_PASSWORD_ENV + " doit faire au moins " + MIN_LENGTH
                    + " caractères");
        }
        if (isCommon(password)) {
            throw new UsageException(CommandLine.ADMIN_PASSWORD_ENV + " est l'un des mots de passe les plus courants,"
                    + " essayés en premier par qui veut deviner : choisissez-en un autre");
        }
    }

    private static boolean isCommon(String password) {
        String wanted = password.strip().toLowerCase(Locale.ROOT);
        try (InputStream in = AdminPassword.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the launcher");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .anyMatch(l -> !l.startsWith("#") && l.strip().toLowerCase(Locale.ROOT).equals(wanted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
