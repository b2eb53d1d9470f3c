package org.vivres.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code vivres backup --db-url}: a base backup of a PostgreSQL server Vivres does not run, with the server's own
 * tool ({@code pg_basebackup -Fp -X stream --checkpoint=fast -P}: the WAL that makes the copy consistent is streamed
 * into it, the tills keep selling), checked by {@code pg_verifybackup} when it is installed, then {@code etc/},
 * {@code deploy/} and the SHA256SUMS manifest as for the embedded database. Its continuous archiving is the server's
 * {@code archive_command} (README), so {@code vivres restore} leaves such a backup to the server's tools.
 */
final class ServerBackup {

    /** Beside backup.properties: marks a backup of a server, which only that server's tools restore. */
    static final String SERVER_FILE = "postgres-server.properties";

    private static final Pattern START_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final String INSTALL = "installez le client PostgreSQL de la même version majeure que le serveur "
            + "ou plus récente (Debian, Ubuntu : apt-get install postgresql-client)";

    private final Path dataDir;
    private final BackupFolder folder;
    private final PrintStream out;

    ServerBackup(Path dataDir, Path backupDir, PrintStream out) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.folder = new BackupFolder(backupDir);
        this.out = out;
    }

    BackupFolder.Base take(String jdbcUrl, String user, String password, Retention retention)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path basebackup = tool("pg_basebackup").orElseThrow(() -> new LaunchException(
                "pg_basebackup est introuvable dans le PATH : " + INSTALL + "."));
        BackupFolder.NewBase place = folder.newBase();
        Path work = place.work();
        Path done = place.done();
        out.println("Sauvegarde du serveur " + jdbcUrl + " (pg_basebackup) vers " + done);
        out.flush();
        try {
            URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
            Instant start = Instant.now();
            List<String> command = new ArrayList<>(List.of(basebackup.toString(),
                    "-h", server.getHost() == null ? "127.0.0.1" : server.getHost(),
                    "-p", Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()), "-U", user,
                    "-D", work.resolve("postgres").toString(), "-Fp", "-X", "stream", "--checkpoint=fast", "-P",
                    "--label=vivres " + done.getFileName(), "--no-password"));
            if (run(command, password) != 0) {
                throw new LaunchException("pg_basebackup a échoué (voir ci-dessus) ; rien n'a été gardé. Le rôle « "
                        + user + " » doit avoir l'attribut REPLICATION (ALTER ROLE " + user + " REPLICATION), le "
                        + "pg_hba.conf du serveur accepter « host replication " + user + " ADRESSE scram-sha-256 », "
                        + "et pg_basebackup être d'une version majeure au moins égale à celle du serveur ("
                        + INSTALL + ").");
            }
            Instant stop = Instant.now();
            verify(basebackup, work.resolve("postgres"));
            TreeCopy.folder(dataDir.resolve("etc"), work.resolve("etc"));
            TreeCopy.folder(dataDir.resolve("deploy"), work.resolve("deploy"));
            describe(work, jdbcUrl, user);
            BackupFolder.Base base = new BackupFolder.Base(work, start, stop, startWal(work), stopWal(work),
                    TreeCopy.size(work));
            base.write();
            out.println("Calcul des sommes de contrôle (SHA-256)...");
            Sha256Manifest.write(work);
            Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | InterruptedException | RuntimeException e) {
            TreeCopy.delete(work);
            throw e;
        }
        BackupFolder.Base base = BackupFolder.Base.read(done).orElseThrow();
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

    /** pg_verifybackup checks every file against the backup_manifest pg_basebackup wrote, and the streamed WAL. */
    private void verify(Path basebackup, Path pgData) throws IOException, InterruptedException {
        Path verifier = basebackup.resolveSibling("pg_verifybackup");
        if (!Files.isExecutable(verifier)) {
            verifier = tool("pg_verifybackup").orElse(null);
        }
        if (verifier == null) {
            out.println("pg_verifybackup absent : la sauvegarde n'est vérifiée que par son manifeste SHA256SUMS.");
            return;
        }
        if (run(List.of(verifier.toString(), pgData.toString()), null) != 0) {
            throw new LaunchException("pg_verifybackup refuse la copie (voir ci-dessus) ; rien n'a été gardé.");
        }
    }

    /** Its output goes to the admin's terminal as it comes (pg_basebackup's progress); the password never to ps. */
    private static int run(List<String> command, String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        return builder.start().waitFor();
    }

    private static void describe(Path work, String jdbcUrl, String user) throws IOException {
        Properties p = new Properties();
        p.setProperty("db.url", jdbcUrl);
        p.setProperty("db.user", user);
        p.setProperty("tool", "pg_basebackup -Fp -X stream");
        BackupFolder.store(p, work.resolve(SERVER_FILE), "Vivres: base backup of an external PostgreSQL server");
    }

    private static String startWal(Path work) throws IOException {
        String label = Files.readString(work.resolve("postgres").resolve("backup_label"), StandardCharsets.UTF_8);
        Matcher m = START_FILE.matcher(label);
        if (!m.find()) {
            throw new LaunchException("backup_label sans « START WAL LOCATION » : " + label);
        }
        return m.group(1);
    }

    /** The newest segment streamed into the copy's pg_wal: the copy is consistent once it is replayed. */
    private static String stopWal(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("postgres").resolve("pg_wal"))) {
            return files.map(p -> p.getFileName().toString()).filter(WalSegments::isSegment).max(String::compareTo)
                    .orElse(startWal(work));
        }
    }

    /** The first executable of that name on the PATH. */
    static Optional<Path> tool(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
