package org.vivres.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: who may connect, and how they prove it. Vivres wants one answer
 * for every connection, local socket or TCP: the superuser's password, checked with SCRAM. zonky's {@code initdb}
 * wrote {@code trust} everywhere (anyone on the machine was superuser); folders made by those versions are
 * rewritten at their next start.
 */
final class PgHba {

    static final String FILE_NAME = "pg_hba.conf";
    static final String METHOD = "scram-sha-256";

    static final String SCRAM_ONLY = """
            # Written by Vivres: every connection needs the superuser's password, checked with SCRAM.
            # The password is in <data>/etc/database.password (owner-only); see the README.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    private PgHba() {
    }

    /**
     * Whether some rule lets a client in without the password (any method but SCRAM: {@code trust} above all),
     * or cannot be read as a rule. A first look before the server starts; the server's own reading,
     * {@code pg_hba_file_rules}, decides once it runs.
     */
    static boolean allowsOtherThanScram(Path pgDataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(pgDataDir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return true;
        }
        for (String line : lines) {
            int hash = line.indexOf('#');
            String[] fields = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (fields.length == 1 && fields[0].isEmpty()) {
                continue;
            }
            String method = method(fields);
            if (method == null || !method.equals(METHOD)) {
                return true;
            }
        }
        return false;
    }

    /** A rule's METHOD field: local TYPE DATABASE USER METHOD; host* TYPE DATABASE USER ADDRESS [MASK] METHOD. */
    private static String method(String[] fields) {
        if (fields[0].equals("local")) {
            return fields.length > 3 ? fields[3] : null;
        }
        if (!fields[0].startsWith("host") || fields.length < 5) {
            return null; // include directives and anything else: not a rule this check can vouch for
        }
        // an IP address followed by a separate netmask pushes the method one field further
        boolean separateMask = !fields[3].contains("/") && fields.length > 5 && fields[4].matches("[0-9a-fA-F:.]+");
        return separateMask ? fields[5] : fields[4];
    }

    /** Replaces the rules with {@link #SCRAM_ONLY}, owner-only like initdb's, atomically (never a half-written file). */
    static void writeScramOnly(Path pgDataDir) throws IOException {
        Path temp = Files.createTempFile(pgDataDir, FILE_NAME + "-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, SCRAM_ONLY, StandardCharsets.UTF_8);
            Files.move(temp, pgDataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
