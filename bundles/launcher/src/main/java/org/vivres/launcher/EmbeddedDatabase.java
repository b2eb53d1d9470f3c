package org.vivres.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that {@code ./vivres run} starts under {@code <data>/postgres} (zonky's binaries from Maven).
 * zonky's defaults are for throw-away test databases; this class turns them into a durable server: a kept data
 * directory, fsync and synchronous commit on, a fixed port, and no shutdown hook of its own (the launcher stops
 * the database only after Felix, so that bundles can finish their transactions), and no {@code trust}: every
 * connection needs the superuser's password (SCRAM), kept in {@code <data>/etc/database.password}.
 *
 * <p>As root, zonky runs the PostgreSQL binaries through {@code unshare -U} (PostgreSQL refuses uid 0).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "vivres";
    static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    // zonky's own lock file in the data directory, held by the JVM whose postgres runs there
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(30);
    // crash recovery after a kill -9 with fsync on can take a while on a slow disk
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);
    // a restore replays every archived segment since its base backup before it accepts anyone
    private static final Duration RECOVERY_WAIT = Duration.ofHours(2);
    /** Present in a data directory that {@code vivres restore} prepared: PostgreSQL replays the archive first. */
    static final String RECOVERY_SIGNAL = "recovery.signal";
    /** At most this much work is only in the segment being written, not yet archived (the "a minute"). */
    static final String ARCHIVE_TIMEOUT = "60";

    private final EmbeddedPostgres postgres;
    private final DatabaseSettings settings;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseSettings settings) {
        this.postgres = postgres;
        this.settings = settings;
    }

    /** Without WAL archiving. */
    static EmbeddedDatabase start(Path pgDataDir, int requestedPort, Path logFile, Path passwordFile) {
        return start(pgDataDir, requestedPort, logFile, passwordFile, null);
    }

    /**
     * @param pgDataDir the PostgreSQL data directory, created and initialized on first use
     * @param requestedPort 0 for any free port
     * @param logFile where PostgreSQL's own output is appended
     * @param passwordFile the superuser's password ({@link DatabasePassword}), generated on first use
     * @param backupDir the backup folder whose {@code wal/} receives every finished WAL segment; null: no archiving
     */
    static EmbeddedDatabase start(Path pgDataDir, int requestedPort, Path logFile, Path passwordFile, Path backupDir) {
        return start(pgDataDir, requestedPort, logFile, passwordFile, backupDir, false);
    }

    /**
     * As {@link #start(Path, int, Path, Path, Path)}; with {@code statementStatistics}, the server also loads
     * {@code pg_stat_statements} (time, pages and WAL of every statement, for the load benchmark or an operator
     * looking for a slow statement; {@code create extension pg_stat_statements} in the database shows them).
     */
    static EmbeddedDatabase start(Path pgDataDir, int requestedPort, Path logFile, Path passwordFile, Path backupDir,
                                  boolean statementStatistics) {
        try {
            Files.createDirectories(pgDataDir);
            stopLeftover(pgDataDir);
        } catch (IOException e) {
            throw new LaunchException("Impossible de préparer le dossier de la base " + pgDataDir + " : " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Démarrage interrompu", e);
        }
        int port = FreePort.orPick(requestedPort);
        if (!FreePort.isFree("127.0.0.1", port)) {
            throw new LaunchException("Le port " + port + " de la base embarquée est déjà utilisé : "
                    + "choisissez-en un autre avec --pg-port.");
        }
        boolean fresh = !Files.exists(pgDataDir.resolve("postgresql.conf"));
        String password = password(pgDataDir, fresh, passwordFile.toAbsolutePath());
        boolean recovering = Files.exists(pgDataDir.resolve(RECOVERY_SIGNAL));
        EmbeddedPostgres postgres = startServer(pgDataDir, port, logFile, fresh, passwordFile.toAbsolutePath(),
                password, backupDir != null, recovering, statementStatistics);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            SuperuserAuthentication.require(connection, pgDataDir, port, password);
            createDatabaseIfMissing(connection);
            if (recovering) {
                forgetRecoverySettings(connection);
            }
            if (backupDir != null) {
                archiveInto(connection, new BackupFolder(backupDir));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(postgres);
            if (e instanceof LaunchException launchException) {
                throw launchException;
            }
            throw new LaunchException("Impossible de préparer la base « " + DATABASE + " » : " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(postgres,
                new DatabaseSettings("jdbc:postgresql://localhost:" + port + "/" + DATABASE, USER, password));
    }

    /**
     * The stored password; a new one for a new data directory, or for one that still lets clients in without
     * (made by an older Vivres), written before PostgreSQL gets it so that an interrupted start is retried with it.
     */
    private static String password(Path pgDataDir, boolean fresh, Path passwordFile) {
        Optional<String> stored = DatabasePassword.read(passwordFile);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (!fresh && !PgHba.allowsOtherThanScram(pgDataDir)) {
            throw new LaunchException("La base embarquée " + pgDataDir + " demande un mot de passe, mais le fichier "
                    + passwordFile + " qui le garde manque : remettez-le (sauvegarde) avant de relancer Vivres.");
        }
        String generated = DatabasePassword.generate();
        DatabasePassword.write(passwordFile, generated);
        LOG.info("Database password generated, kept owner-only in {}", passwordFile);
        return generated;
    }

    private static EmbeddedPostgres startServer(Path pgDataDir, int port, Path logFile, boolean fresh,
                                                Path passwordFile, String password, boolean archiving,
                                                boolean recovering, boolean statementStatistics) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgDataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("password_encryption", PgHba.METHOD)
                .setLocaleConfig("locale", "C")
                // zonky's own connections (its readiness check, getPostgresDatabase) log in with the password
                .setConnectConfig("password", password)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(recovering ? RECOVERY_WAIT : STARTUP_WAIT)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (archiving) {
            // archive_mode needs a restart, so it is given at each start; the command (with spaces, which zonky's
            // option string cannot carry) is set with ALTER SYSTEM once the server runs
            builder.setServerConfig("archive_mode", "on").setServerConfig("archive_timeout", ARCHIVE_TIMEOUT);
        }
        if (statementStatistics) {
            // a shared library: loaded at start or not at all
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        if (recovering) {
            // nobody connects (zonky's readiness check included) until the archive is replayed and the server promoted
            builder.setServerConfig("hot_standby", "off");
        }
        if (fresh) {
            // zonky runs "initdb -A trust" then one --key=value per locale setting: these come after -A and win,
            // so the cluster is born requiring the password, which initdb reads from the file (not argv)
            builder.setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth-local", PgHba.METHOD)
                    .setLocaleConfig("auth-host", PgHba.METHOD);
        }
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            if (SuperuserAuthentication.isWrongPassword(e)) {
                throw new LaunchException("La base embarquée refuse le mot de passe de " + passwordFile
                        + " : ce fichier n'est pas celui de ce dossier de données.", e);
            }
            throw new LaunchException("La base PostgreSQL embarquée n'a pas démarré (" + e.getMessage()
                    + ") ; son journal : " + logFile, e);
        }
    }

    /** From now on each finished WAL segment goes to {@code <backup>/wal/} (see {@link ArchiveCommand}). */
    private static void archiveInto(Connection connection, BackupFolder backup) throws SQLException, IOException {
        Files.createDirectories(backup.wal());
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER SYSTEM SET archive_command = " + ArchiveCommand.literal(ArchiveCommand.of(backup.wal())));
            s.execute("SELECT pg_reload_conf()");
        }
        LOG.info("WAL archiving into {} (at most {} s of work not yet archived)", backup.wal(), ARCHIVE_TIMEOUT);
    }

    /** Once promoted, the restored server no longer needs the archive it was restored from. */
    private static void forgetRecoverySettings(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String setting : new String[] {"restore_command", "recovery_target_time", "recovery_target_action"}) {
                s.execute("ALTER SYSTEM RESET " + setting);
            }
            s.execute("SELECT pg_reload_conf()");
        }
    }

    DatabaseSettings settings() {
        return settings;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        closeQuietly(postgres);
    }

    /**
     * A postgres still running on this data directory after its JVM was killed would make the new one refuse to
     * start. zonky's lock file tells a leftover (lock free) from a live Vivres on the same data (lock held).
     */
    private static void stopLeftover(Path pgDataDir) throws IOException, InterruptedException {
        Optional<ProcessHandle> leftover = StalePostmaster.liveProcess(pgDataDir);
        if (leftover.isEmpty()) {
            return; // postgres itself discards a postmaster.pid whose process is gone
        }
        ProcessHandle process = leftover.get();
        if (!StalePostmaster.isPostgres(process)) {
            // the PID was reused by an unrelated process, which postgres would take for a running postmaster
            LOG.warn("Removing stale {} naming unrelated process {}", StalePostmaster.PID_FILE, process.pid());
            Files.deleteIfExists(pgDataDir.resolve(StalePostmaster.PID_FILE));
            return;
        }
        try (FileChannel channel = FileChannel.open(pgDataDir.resolve(ZONKY_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new LaunchException("Le dossier " + pgDataDir + " est déjà utilisé par un Vivres en marche.");
            }
            LOG.warn("PostgreSQL left running by a previous launch (pid {}): stopping it", process.pid());
            if (!StalePostmaster.stop(process, LEFTOVER_STOP_TIMEOUT)) {
                throw new LaunchException("Le PostgreSQL resté en marche (pid " + process.pid()
                        + ") ne s'est pas arrêté en " + LEFTOVER_STOP_TIMEOUT.toSeconds() + " s.");
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another EmbeddedPostgres of this very JVM
        }
    }

    private static void createDatabaseIfMissing(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.error("PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }
}
