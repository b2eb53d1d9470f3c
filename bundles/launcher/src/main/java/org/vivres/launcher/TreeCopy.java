package org.vivres.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Copies folders for backups and restores, keeping files' rights (the database password stays owner-only,
 * PostgreSQL's files stay its own). For a running PostgreSQL data directory it leaves out what PostgreSQL's
 * documentation says a base backup must not contain (the WAL, the pid file, runtime-only folders' contents):
 * the WAL replayed at restore repairs whatever a file copied mid-write holds.
 */
final class TreeCopy {

    private static final Set<String> RUNTIME_FOLDERS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> RUNTIME_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "recovery.signal", "standby.signal", "pg_internal.init");

    private final PrintStream progress; // null: silent
    private final String what;
    private long total;
    private long copied;
    private int shownTenth;

    private TreeCopy(PrintStream progress, String what) {
        this.progress = progress;
        this.what = what;
    }

    /** Copies a running PostgreSQL data directory, telling {@code progress} every tenth of the way. */
    static void postgresData(Path from, Path to, PrintStream progress) throws IOException {
        TreeCopy copy = new TreeCopy(progress, "Copie des fichiers de la base");
        copy.total = size(from) - size(from.resolve("pg_wal"));
        copy.copy(from, to, true);
    }

    /** Copies a plain folder (nothing if it does not exist). */
    static void folder(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            new TreeCopy(null, "").copy(from, to, false);
        }
    }

    static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // gone meanwhile (a temporary file of the running server)
                }
            }).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void copy(Path from, Path to, boolean postgres) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                boolean runtime = postgres && !dir.equals(from)
                        && RUNTIME_FOLDERS.contains(dir.getFileName().toString());
                return runtime ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (postgres && (RUNTIME_FILES.contains(name) || name.startsWith("pgsql_tmp"))) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException e) {
                    return FileVisitResult.CONTINUE; // dropped by the running server meanwhile: the WAL knows
                }
                advance(attrs.size());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        if (progress != null && shownTenth < 10) {
            progress.printf("%s : 100 %% (%s)%n", what, megabytes(copied));
        }
    }

    private void advance(long bytes) {
        copied += bytes;
        if (progress == null || total == 0) {
            return;
        }
        int tenth = (int) Math.min(10, copied * 10 / total);
        if (tenth > shownTenth) {
            shownTenth = tenth;
            progress.printf("%s : %d %% (%s sur %s)%n", what, tenth * 10, megabytes(copied), megabytes(total));
            progress.flush();
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.FRANCE, "%.1f Mo", bytes / 1_000_000.0);
    }
}
