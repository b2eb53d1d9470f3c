package org.vivres.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <data>/etc/backup.properties}: the backup folder ({@code dir=}) and the retention ({@code retention.daily=},
 * {@code retention.weekly=}). {@code ./vivres run --backup-dir DIR} writes it, so that archiving goes on at the next
 * start and {@code ./vivres backup} finds the folder without being told. Not a {@code .cfg}: no bundle reads it.
 */
record BackupSettings(Path dir, Retention retention) {

    static final String FILE_NAME = "backup.properties";

    static Optional<BackupSettings> read(Path etcDir) {
        Path file = etcDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new LaunchException("Impossible de lire " + file + " : " + e.getMessage(), e);
        }
        String dir = p.getProperty("dir", "").strip();
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try {
            Retention retention = new Retention(
                    Integer.parseInt(p.getProperty("retention.daily", "" + Retention.DEFAULT.daily()).strip()),
                    Integer.parseInt(p.getProperty("retention.weekly", "" + Retention.DEFAULT.weekly()).strip()));
            return Optional.of(new BackupSettings(Path.of(dir), retention));
        } catch (IllegalArgumentException e) {
            throw new LaunchException(file + " : retention.daily (au moins 1) et retention.weekly attendent des nombres.",
                    e);
        }
    }

    /** Keeps the retention already written there, if any. */
    static void writeDir(Path etcDir, Path dir) throws IOException {
        Retention retention = read(etcDir).map(BackupSettings::retention).orElse(Retention.DEFAULT);
        Properties p = new Properties();
        p.setProperty("dir", dir.toAbsolutePath().normalize().toString());
        p.setProperty("retention.daily", Integer.toString(retention.daily()));
        p.setProperty("retention.weekly", Integer.toString(retention.weekly()));
        Files.createDirectories(etcDir);
        BackupFolder.store(p, etcDir.resolve(FILE_NAME), "Vivres backups (see README, Sauvegarde et restauration)");
    }
}
