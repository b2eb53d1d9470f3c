package org.vivres.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link Launcher#start(LaunchOptions)} needs. Immutable; change a copy with the {@code with...} methods.
 *
 * <p>{@code port}, {@code pgPort}: 0 picks a free port. {@code shellPort}: 0 (the default) leaves the Gogo telnet
 * shell off, since whoever reaches it controls the whole framework; any other port opens it on 127.0.0.1.
 * {@code dbUrl} null means the embedded PostgreSQL under {@code <dataDir>/postgres}. {@code adminPassword} null means
 * "let the kernel decide". {@code frameworkProperties} are applied last, over the launcher's own.
 * {@code extraBundles} are jars installed and started after those of {@code <distDir>/bundles} (tests use it
 * for the bundle under test).
 */
public record LaunchOptions(
        Path distDir,
        Path dataDir,
        String host,
        int port,
        int pgPort,
        int shellPort,
        boolean demo,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String adminPassword,
        Map<String, String> frameworkProperties,
        List<Path> extraBundles,
        long fileInstallPollMillis,
        boolean waitForHealth,
        Duration healthTimeout) {

    /** Read by the kernel's /api/health: where the newest backup's status file is. */
    public static final String BACKUP_DIR_PROPERTY = "vivres.backup.dir";
    public static final String STATEMENT_STATISTICS_PROPERTY = "vivres.db.statement-statistics";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PG_PORT = 54329;
    /** No shell unless asked for: {@code --shell-port 17000} is the usual choice. */
    public static final int DEFAULT_SHELL_PORT = 0;
    public static final long DEFAULT_FILEINSTALL_POLL_MILLIS = 2000;
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(120);

    public LaunchOptions {
        distDir = Objects.requireNonNull(distDir, "distDir").toAbsolutePath().normalize();
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        requirePort("port", port);
        requirePort("pgPort", pgPort);
        requirePort("shellPort", shellPort);
        if (dbUrl != null) {
            if (!dbUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("dbUrl must be a jdbc:postgresql: URL");
            }
            Objects.requireNonNull(dbUser, "dbUser is required with dbUrl");
            dbPassword = dbPassword == null ? "" : dbPassword;
        }
        frameworkProperties = Map.copyOf(Objects.requireNonNull(frameworkProperties, "frameworkProperties"));
        extraBundles = Objects.requireNonNull(extraBundles, "extraBundles").stream()
                .map(jar -> jar.toAbsolutePath().normalize())
                .toList();
        if (fileInstallPollMillis <= 0) {
            throw new IllegalArgumentException("fileInstallPollMillis must be positive");
        }
        if (healthTimeout == null || healthTimeout.isNegative() || healthTimeout.isZero()) {
            throw new IllegalArgumentException("healthTimeout must be positive");
        }
    }

    /** The defaults of {@code ./vivres run}: fixed ports, embedded database, no shell, waits for /api/health. */
    public static LaunchOptions defaults(Path distDir, Path dataDir) {
        return new LaunchOptions(distDir, dataDir, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_PG_PORT, DEFAULT_SHELL_PORT,
                false, null, null, null, null, Map.of(), List.of(), DEFAULT_FILEINSTALL_POLL_MILLIS, true,
                DEFAULT_HEALTH_TIMEOUT);
    }

    /** For tests: free HTTP and PostgreSQL ports, no shell, so that several runs can share a machine. */
    public static LaunchOptions ephemeral(Path distDir, Path dataDir) {
        return defaults(distDir, dataDir).withPort(0).withPgPort(0).withShellPort(0);
    }

    public boolean embeddedDatabase() {
        return dbUrl == null;
    }

    public Path bundlesDir() {
        return distDir.resolve("bundles");
    }

    public Path deployDir() {
        return dataDir.resolve("deploy");
    }

    public Path etcDir() {
        return dataDir.resolve("etc");
    }

    /** The embedded PostgreSQL superuser's password, owner-only (see README, "Where things live"). */
    public Path databasePasswordFile() {
        return etcDir().resolve(DatabasePassword.FILE_NAME);
    }

    /**
     * The backup folder ({@code --backup-dir}, or {@code etc/backup.properties}): WAL archiving into it when the
     * database is embedded, and the newest backup on /api/health. A framework property, since the kernel reads it.
     */
    public Optional<Path> backupDir() {
        return Optional.ofNullable(frameworkProperties.get(BACKUP_DIR_PROPERTY)).map(Path::of);
    }

    /**
     * Whether the embedded PostgreSQL loads {@code pg_stat_statements} ({@value #STATEMENT_STATISTICS_PROPERTY}, off
     * unless set to {@code true}): what the load benchmark reads to say where the database spends a checkout.
     */
    public boolean statementStatistics() {
        return Boolean.parseBoolean(frameworkProperties.get(STATEMENT_STATISTICS_PROPERTY));
    }

    public LaunchOptions withBackupDir(Path dir) {
        return withFrameworkProperty(BACKUP_DIR_PROPERTY, dir.toAbsolutePath().normalize().toString());
    }

    public Path felixCacheDir() {
        return dataDir.resolve("felix-cache");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public LaunchOptions withDistDir(Path value) {
        return new LaunchOptions(value, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withDataDir(Path value) {
        return new LaunchOptions(distDir, value, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withHost(String value) {
        return new LaunchOptions(distDir, dataDir, value, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withPort(int value) {
        return new LaunchOptions(distDir, dataDir, host, value, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withPgPort(int value) {
        return new LaunchOptions(distDir, dataDir, host, port, value, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withShellPort(int value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, value, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withDemo(boolean value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, value, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    /** An external PostgreSQL instead of the embedded one; {@code url} null goes back to the embedded one. */
    public LaunchOptions withDatabase(String url, String user, String password) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, url, user, password,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withAdminPassword(String value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                value, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withFrameworkProperties(Map<String, String> value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, value, extraBundles, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withFrameworkProperty(String key, String value) {
        Map<String, String> merged = new HashMap<>(frameworkProperties);
        merged.put(key, value);
        return withFrameworkProperties(merged);
    }

    public LaunchOptions withExtraBundles(List<Path> value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, value, fileInstallPollMillis, waitForHealth, healthTimeout);
    }

    public LaunchOptions withFileInstallPollMillis(long value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, value, waitForHealth, healthTimeout);
    }

    public LaunchOptions withWaitForHealth(boolean value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, value, healthTimeout);
    }

    public LaunchOptions withHealthTimeout(Duration value) {
        return new LaunchOptions(distDir, dataDir, host, port, pgPort, shellPort, demo, dbUrl, dbUser, dbPassword,
                adminPassword, frameworkProperties, extraBundles, fileInstallPollMillis, waitForHealth, value);
    }

    /** Keeps passwords out of logs and test reports. */
    @Override
    public String toString() {
        return "LaunchOptions[distDir=" + distDir + ", dataDir=" + dataDir + ", host=" + host + ", port=" + port
                + ", pgPort=" + pgPort + ", shellPort=" + shellPort + ", demo=" + demo + ", dbUrl=" + dbUrl
                + ", dbUser=" + dbUser + ", frameworkProperties=" + frameworkProperties.keySet()
                + ", extraBundles=" + extraBundles
                + ", fileInstallPollMillis=" + fileInstallPollMillis + ", waitForHealth=" + waitForHealth
                + ", healthTimeout=" + healthTimeout + "]";
    }

    private static void requirePort(String name, int value) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535");
        }
    }
}
