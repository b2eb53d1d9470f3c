package org.vivres.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code vivres backup}: a base backup of the running embedded PostgreSQL with PostgreSQL's own low-level API
 * (pg_backup_start, a file copy, pg_backup_stop: the tills keep selling meanwhile), the WAL segments that make the
 * copy consistent, {@code etc/} and {@code deploy/}, and a SHA256SUMS manifest; then the retention. The zonky
 * binaries have no pg_basebackup, hence the low-level API, which PostgreSQL documents as equivalent.
 */
final class Backup {

    private static final Pattern START_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private final Path dataDir;
    private final BackupFolder folder;
    private final PrintStream out;

    Backup(Path dataDir, Path backupDir, PrintStream out) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.folder = new BackupFolder(backupDir);
        this.out = out;
    }

    BackupFolder.Base take(Retention retention) throws IOException, SQLException {
        long started = System.nanoTime();
        Path pgData = dataDir.resolve("postgres");
        BackupFolder.NewBase place = folder.newBase();
        Path work = place.work();
        Path done = place.done();
        out.println("Sauvegarde de " + dataDir + " vers " + done);
        BackupFolder.Base base;
        try (Connection db = connect(pgData)) {
            base = copyDatabase(db, pgData, work);
        } catch (IOException | SQLException | RuntimeException e) {
            TreeCopy.delete(work);
            throw e;
        }
        TreeCopy.folder(dataDir.resolve("etc"), work.resolve("etc"));
        TreeCopy.folder(dataDir.resolve("deploy"), work.resolve("deploy"));
        base = new BackupFolder.Base(work, base.start(), base.stop(), base.startWal(), base.stopWal(),
                TreeCopy.size(work));
        base.write();
        out.println("Calcul des sommes de contrôle (SHA-256)...");
        Sha256Manifest.write(work);
        Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
        base = BackupFolder.Base.read(done).orElseThrow();
        folder.writeStatus(base);
        List<String> pruned = Pruning.apply(folder, retention, ZoneId.systemDefault());
        if (!pruned.isEmpty()) {
            out.println("Rétention (" + retention.daily() + " quotidiennes, " + retention.weekly()
                    + " hebdomadaires) : supprimées " + pruned);
        }
        out.printf("Sauvegarde terminée : %s (%s en %d s). Backup done.%n", done, TreeCopy.megabytes(base.size()),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return base;
    }

    private BackupFolder.Base copyDatabase(Connection db, Path pgData, Path work) throws IOException, SQLException {
        Instant start = Instant.now();
        try (Statement s = db.createStatement()) {
            // keeps every WAL segment from now on in pg_wal until this session ends, archived or not
            s.execute("SELECT pg_create_physical_replication_slot('vivres_backup_" + ProcessHandle.current().pid()
                    + "', true, true)");
            s.execute("SELECT pg_backup_start('vivres " + work.getFileName() + "', true)");
        }
        TreeCopy.postgresData(pgData, work.resolve("postgres"), out);
        String label;
        String stopWal;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT labelfile, spcmapfile, pg_walfile_name(lsn) FROM pg_backup_stop(false)")) {
            r.next();
            label = r.getString(1);
            Files.writeString(work.resolve("postgres").resolve("backup_label"), label, StandardCharsets.UTF_8);
            String map = r.getString(2);
            if (map != null && !map.isEmpty()) {
                Files.writeString(work.resolve("postgres").resolve("tablespace_map"), map, StandardCharsets.UTF_8);
            }
            stopWal = r.getString(3);
        }
        Instant stop = Instant.now();
        Matcher m = START_FILE.matcher(label);
        if (!m.find()) {
            throw new LaunchException("backup_label sans « START WAL LOCATION » : " + label);
        }
        String startWal = m.group(1);
        List<String> segments = WalSegments.range(startWal, stopWal);
        out.println("Copie de " + segments.size() + " segment(s) WAL " + startWal + " → " + stopWal);
        for (String segment : segments) {
            Path source = pgData.resolve("pg_wal").resolve(segment);
            if (!Files.exists(source)) {
                source = folder.wal().resolve(segment);
            }
            Files.copy(source, work.resolve("wal").resolve(segment));
        }
        return new BackupFolder.Base(work, start, stop, startWal, stopWal, 0);
    }

    /** As an admin would: the port from postmaster.pid, the password from etc/database.password. */
    private Connection connect(Path pgData) throws IOException, SQLException {
        Path pid = pgData.resolve(StalePostmaster.PID_FILE);
        if (!Files.isRegularFile(pid)) {
            throw new LaunchException("La base embarquée de " + dataDir + " ne tourne pas : démarrez Vivres "
                    + "(./vivres run --data " + dataDir + ") avant ./vivres backup.");
        }
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            throw new LaunchException(pid + " est incomplet : la base embarquée démarre-t-elle encore ?");
        }
        int port = Integer.parseInt(lines.get(3).strip());
        String password = DatabasePassword.read(dataDir.resolve("etc").resolve(DatabasePassword.FILE_NAME))
                .orElseThrow(() -> new LaunchException("Le mot de passe de la base manque dans " + dataDir
                        + "/etc/" + DatabasePassword.FILE_NAME));
        try {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    EmbeddedDatabase.USER, password);
        } catch (SQLException e) {
            throw new LaunchException("La base embarquée (port " + port + ") ne répond pas : " + e.getMessage(), e);
        }
    }
}
