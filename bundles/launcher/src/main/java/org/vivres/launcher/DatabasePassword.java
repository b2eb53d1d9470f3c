package org.vivres.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL superuser's password, kept in one owner-only file ({@code <data>/etc/database.password}):
 * the launcher reads it at each start, an admin reads it for {@code psql}. Never logged, never on a command line.
 * Not named {@code *.cfg}: FileInstall would hand it to ConfigAdmin, whose dumps anyone with the shell can read.
 */
final class DatabasePassword {

    static final String FILE_NAME = "database.password";

    private static final Logger LOG = LoggerFactory.getLogger(DatabasePassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final int RANDOM_BYTES = 32; // 43 base64url characters, 256 bits
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    /** 256 random bits in base64url: no character that a shell, a pwfile or a JDBC URL would mind. */
    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The password kept in {@code file}, empty when there is no such file. A file that others may read is made
     * owner-only again (someone copied it with the wrong rights), with a warning that does not show its content.
     */
    static Optional<String> read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new LaunchException("Le mot de passe de la base " + file + " n'est pas un fichier ordinaire.");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("{} was readable by others ({}): made owner-only", file,
                        PosixFilePermissions.toString(permissions));
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new LaunchException("Le fichier du mot de passe de la base " + file + " est vide.");
            }
            return Optional.of(password);
        } catch (IOException | UnsupportedOperationException e) {
            throw new LaunchException("Impossible de lire le mot de passe de la base " + file + " : " + e, e);
        }
    }

    /**
     * Writes {@code password} to {@code file}, owner-only from the moment it exists: a temporary file created with
     * those rights, then renamed, so that no one can open it in between and a crash leaves no half-written file.
     */
    static void write(Path file, String password) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + FILE_NAME + "-", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temp, password, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new LaunchException("Impossible d'écrire le mot de passe de la base dans " + file + " : " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", temp, e.toString());
        }
    }
}
