package org.vivres.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where backups go (see README, "Sauvegarde et restauration"):
 * <pre>
 * DIR/base/AAAA-MM-JJ_HHMMSS/   one base backup: postgres/ (the data directory as pg_backup_start/stop saw it, with
 *                               its backup_label), wal/ (the segments from its start to its end), etc/, deploy/,
 *                               backup.properties (its times and WAL positions) and SHA256SUMS (every file's checksum)
 * DIR/wal/                      the continuous archive: each WAL segment as PostgreSQL finished it, and SHA256SUMS
 * DIR/last-backup.properties    the newest base backup, read by /api/health
 * </pre>
 */
record BackupFolder(Path root) {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");
    static final String STATUS_FILE = "last-backup.properties";
    static final String INFO_FILE = "backup.properties";

    BackupFolder {
        root = root.toAbsolutePath().normalize();
    }

    Path bases() {
        return root.resolve("base");
    }

    Path wal() {
        return root.resolve("wal");
    }

    Path status() {
        return root.resolve(STATUS_FILE);
    }

    /** Where a new base backup is written ({@code work}, renamed to {@code done} once whole). */
    record NewBase(Path work, Path done) {
    }

    /** A dated place for a new base backup, its partial folder emptied and ready; refused if that date is taken. */
    NewBase newBase() throws IOException {
        String name = LocalDateTime.now().format(NAME);
        Path work = bases().resolve("." + name + ".partial");
        Path done = bases().resolve(name);
        if (Files.exists(done)) {
            throw new LaunchException("La sauvegarde " + done + " existe déjà : relancez dans une seconde.");
        }
        TreeCopy.delete(work);
        Files.createDirectories(work.resolve("wal"));
        return new NewBase(work, done);
    }

    /** A finished base backup, as its backup.properties describes it. */
    record Base(Path dir, Instant start, Instant stop, String startWal, String stopWal, long size) {

        String name() {
            return dir.getFileName().toString();
        }

        Path postgres() {
            return dir.resolve("postgres");
        }

        Path wal() {
            return dir.resolve("wal");
        }

        void write() throws IOException {
            Properties p = new Properties();
            p.setProperty("start.time", start.toString());
            p.setProperty("stop.time", stop.toString());
            p.setProperty("start.wal", startWal);
            p.setProperty("stop.wal", stopWal);
            p.setProperty("size", Long.toString(size));
            store(p, dir.resolve(INFO_FILE), "Vivres base backup");
        }

        /** The base backup in {@code dir}; empty when it has no readable backup.properties (unfinished, or not one). */
        static Optional<Base> read(Path dir) {
            Path file = dir.resolve(INFO_FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(in);
                return Optional.of(new Base(dir, Instant.parse(p.getProperty("start.time")),
                        Instant.parse(p.getProperty("stop.time")), p.getProperty("start.wal"),
                        p.getProperty("stop.wal"), Long.parseLong(p.getProperty("size", "0"))));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** The finished base backups, oldest first (folders whose name starts with a dot are unfinished). */
    List<Base> list() throws IOException {
        if (!Files.isDirectory(bases())) {
            return List.of();
        }
        List<Base> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bases())) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!dir.getFileName().toString().startsWith(".")) {
                    Base.read(dir).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(Base::stop));
        return found;
    }

    /** Records {@code base} as the newest backup, for /api/health and the back office. */
    void writeStatus(Base base) throws IOException {
        Properties p = new Properties();
        p.setProperty("name", base.name());
        p.setProperty("time", base.stop().toString());
        p.setProperty("size", Long.toString(base.size()));
        store(p, status(), "Vivres: newest base backup");
    }

    /** Written beside, then renamed: a reader never sees half a file. */
    static void store(Properties p, Path file, String comment) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, comment);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
