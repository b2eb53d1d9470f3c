package org.vivres.launcher;

import java.nio.file.Path;

/**
 * The {@code archive_command} that copies each finished WAL segment into {@code <backup>/wal/}: copied under a
 * temporary name, synced, its checksum appended to {@code SHA256SUMS}, then renamed, so that the archive never holds
 * half a segment. A segment already archived is accepted only if identical (PostgreSQL may retry one after a crash);
 * a different file of that name is never overwritten: the command fails, PostgreSQL keeps the segment and retries,
 * and {@code pg_stat_archiver} counts the failure, which /api/health shows.
 */
final class ArchiveCommand {

    private ArchiveCommand() {
    }

    /** The command for PostgreSQL ({@code %p}: the segment's path, {@code %f}: its name); run by {@code /bin/sh}. */
    static String of(Path walDir) {
        String dir = quoted(walDir);
        return "d=" + dir + "; f=\"$d/%f\"; if [ -f \"$f\" ]; then cmp -s \"%p\" \"$f\"; else"
                + " cp \"%p\" \"$f.tmp\" && sync \"$f.tmp\""
                + " && s=$(sha256sum \"$f.tmp\" | cut -c1-64) && echo \"$s  %f\" >> \"$d/SHA256SUMS\""
                + " && mv \"$f.tmp\" \"$f\"; fi";
    }

    /** The {@code restore_command} that reads segments back from these folders, the first that has it. */
    static String restoreFrom(Path... walDirs) {
        StringBuilder command = new StringBuilder();
        for (Path dir : walDirs) {
            if (!command.isEmpty()) {
                command.append(" || ");
            }
            command.append("cp ").append(quoted(dir.resolve("%f"))).append(" \"%p\" 2>/dev/null");
        }
        return command.toString();
    }

    /** Single-quoted for {@code sh}; a path with a quote or a percent sign is refused rather than escaped. */
    static String quoted(Path path) {
        String text = path.toAbsolutePath().normalize().toString();
        if (text.replace("/%f", "").contains("'") || text.replace("/%f", "").contains("%")) {
            throw new LaunchException("Le dossier de sauvegarde ne doit contenir ni apostrophe ni « % » : " + text);
        }
        return "'" + text + "'";
    }

    /** A string literal for PostgreSQL's configuration (and for ALTER SYSTEM). */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
