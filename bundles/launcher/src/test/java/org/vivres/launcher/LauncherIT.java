package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The built distribution ({@code target/vivres}) in a real Felix on an embedded PostgreSQL: every bundle resolves
 * and starts, FileInstall serves deploy/ and etc/, the Gogo shell answers on 127.0.0.1 only and only when asked for,
 * the database only to whoever has its password.
 * Health is not awaited here: the API's own tests cover /api/health.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String PROBE = "org.vivres.launcher.probe";
    private static final String EXTRA = "org.vivres.launcher.extra";
    private static final String BROKEN = "org.vivres.launcher.broken";

    private Path data;
    private RunningVivres vivres;

    private static Path dist() {
        return Path.of(System.getProperty("vivres.dist", "target/vivres"));
    }

    @BeforeAll
    void start(@TempDir Path tempDir) throws IOException {
        data = tempDir.resolve("data");
        Path extra = tempDir.resolve("extra.jar");
        writeBundle(extra, EXTRA, "1.0.0", Map.of());
        Path broken = tempDir.resolve("broken.jar");
        writeBundle(broken, BROKEN, "1.0.0", Map.of(Constants.IMPORT_PACKAGE, "org.vivres.does.not.exist"));
        vivres = Launcher.start(LaunchOptions.ephemeral(dist(), data)
                .withExtraBundles(List.of(broken, extra))
                .withShellPort(FreePort.pick())
                .withFileInstallPollMillis(300)
                .withWaitForHealth(false)
                .withFrameworkProperty("vivres.test.marker", "present"));
    }

    @AfterAll
    void stop() {
        if (vivres != null) {
            vivres.close();
        }
    }

    private BundleContext context() {
        return vivres.framework().getBundleContext();
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    @Test
    void everyBundleOfTheDistributionIsActive() {
        List<String> notActive = Arrays.stream(context().getBundles())
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .filter(b -> !BROKEN.equals(b.getSymbolicName()))
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " state " + b.getState())
                .toList();

        assertThat(notActive).isEmpty();
        assertThat(context().getBundles()).hasSizeGreaterThan(19);
        assertThat(bundle(EXTRA)).isPresent();
    }

    @Test
    void aBundleThatCannotResolveStaysInstalledAndTheOthersStart() {
        assertThat(bundle(BROKEN)).map(Bundle::getState).hasValue(Bundle.INSTALLED);
        assertThat(bundle(EXTRA)).map(Bundle::getState).hasValue(Bundle.ACTIVE);
    }

    @Test
    void frameworkPropertiesCarryTheDatabaseAndOptions() {
        assertThat(context().getProperty("vivres.db.url")).startsWith("jdbc:postgresql://localhost:").endsWith("/vivres");
        assertThat(context().getProperty("vivres.db.user")).isEqualTo("postgres");
        assertThat(context().getProperty("vivres.demo")).isEqualTo("false");
        assertThat(context().getProperty("vivres.data.dir")).isEqualTo(data.toAbsolutePath().toString());
        assertThat(context().getProperty("org.osgi.service.http.port")).isEqualTo(Integer.toString(vivres.port()));
        assertThat(context().getProperty("vivres.test.marker")).isEqualTo("present");
        assertThat(vivres.baseUrl()).isEqualTo("http://127.0.0.1:" + vivres.port() + "/");
    }

    @Test
    void deployFolderInstallsUpdatesAndUninstallsBundles() throws Exception {
        Path jar = vivres.deployDir().resolve("probe.jar");

        dropProbeBundle(jar, "1.0.0");
        await("probe 1.0.0 active", () -> bundle(PROBE)
                .filter(b -> b.getState() == Bundle.ACTIVE && b.getVersion().toString().equals("1.0.0")));

        dropProbeBundle(jar, "1.0.1");
        await("probe updated to 1.0.1", () -> bundle(PROBE)
                .filter(b -> b.getState() == Bundle.ACTIVE && b.getVersion().toString().equals("1.0.1")));

        Files.delete(jar);
        await("probe uninstalled", () -> bundle(PROBE).isEmpty() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void cfgFilesInEtcReachConfigAdmin() throws Exception {
        Files.writeString(vivres.etcDir().resolve("org.vivres.probe.cfg"), "answer = 42\n");

        Object answer = await("configuration org.vivres.probe", () -> configurationProperty("org.vivres.probe", "answer"));

        assertThat(answer).hasToString("42");
    }

    @Test
    void gogoShellAnswersLbOnLoopbackOnly() throws IOException {
        String output;
        try (Socket socket = new Socket("127.0.0.1", vivres.shellPort())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("lb\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            output = readUntil(socket.getInputStream(), "Apache Felix Declarative Services");
            out.write(4); // Ctrl-D ends the session (typing "exit 0" would call System.exit)
            out.flush();
            readUntil(socket.getInputStream(), "Good Bye!");
        }

        assertThat(output).contains("Active").contains("Apache Felix Declarative Services")
                .doesNotContain(vivres.database().password());
        assertThat(listeningAddresses(vivres.shellPort())).isNotEmpty().allMatch(LauncherIT::isLoopback);
        assertThat(listeningAddresses(vivres.port())).isNotEmpty().allMatch(LauncherIT::isLoopback);
    }

    @Test
    void withoutShellPortTheRemoteShellStaysStoppedAndCloseStopsTheDatabase(@TempDir Path otherData)
            throws IOException {
        Path pgData;
        // the defaults of ./vivres run, on free ports: no --shell-port given
        LaunchOptions options = LaunchOptions.defaults(dist(), otherData).withPort(0).withPgPort(0)
                .withWaitForHealth(false);
        try (RunningVivres other = Launcher.start(options)) {
            Bundle shell = Arrays.stream(other.framework().getBundleContext().getBundles())
                    .filter(b -> BundleDeployer.REMOTE_SHELL.equals(b.getSymbolicName())).findFirst().orElseThrow();
            assertThat(shell.getState()).isIn(Bundle.INSTALLED, Bundle.RESOLVED);
            assertThat(other.shellPort()).isZero();
            // this JVM listens on the other system's HTTP port, and not on the shell's usual 17000
            assertThat(listeningPortsOfThisJvm()).contains(other.port()).doesNotContain(17000);
            pgData = other.options().postgresDir();
            assertThat(StalePostmaster.liveProcess(pgData)).isPresent();
        }
        // a clean PostgreSQL shutdown removes its pid file
        assertThat(StalePostmaster.readPid(pgData)).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseRefusesWhoeverLacksThePasswordThatOnlyTheBundlesAndTheFileHave() throws Exception {
        int pgPort = vivres.embeddedDatabasePort().orElseThrow();
        String password = Files.readString(vivres.options().databasePasswordFile());
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/vivres";

        for (String wrong : new String[] {"", "postgres", password + "x"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", wrong).close())
                    .as("password «%s»", wrong).isInstanceOf(SQLException.class);
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(vivres.database().password()).isEqualTo(password);
        assertThat(context().getProperty("vivres.db.password")).isEqualTo(password);
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(line -> line.contains(password));
        assertThat(EmbeddedDatabaseAuthenticationTest.filesContaining(data, password))
                .containsExactly(vivres.options().databasePasswordFile());
    }

    private static void dropProbeBundle(Path target, String version) throws IOException {
        Path temp = Files.createTempFile(target.getParent().getParent(), "probe", ".tmp");
        writeBundle(temp, PROBE, version, Map.of());
        // an atomic move, so that FileInstall never reads a half-written jar
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A bundle with nothing but its manifest. */
    private static void writeBundle(Path target, String symbolicName, String version, Map<String, String> headers)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, version);
        headers.forEach(main::putValue);
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            jar.flush();
        }
    }

    private Optional<Object> configurationProperty(String pid, String key) {
        try {
            ServiceReference<?> ref = context().getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
            if (ref == null) {
                return Optional.empty();
            }
            Object admin = context().getService(ref);
            try {
                // the test's class loader does not see org.osgi.service.cm: go through the bundle's
                Class<?> adminType = ref.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
                Class<?> configType = ref.getBundle().loadClass("org.osgi.service.cm.Configuration");
                Method list = adminType.getMethod("listConfigurations", String.class);
                Object[] configs = (Object[]) list.invoke(admin, "(service.pid=" + pid + ")");
                if (configs == null) {
                    return Optional.empty();
                }
                Dictionary<?, ?> props = (Dictionary<?, ?>) configType.getMethod("getProperties").invoke(configs[0]);
                return Optional.ofNullable(props.get(key));
            } finally {
                context().ungetService(ref);
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        int n;
        while (!text.toString().contains(marker) && (n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** Local addresses of the TCP sockets listening on {@code port}, as /proc/net/tcp* writes them (hex). */
    private static List<String> listeningAddresses(int port) throws IOException {
        Path tcp = Path.of("/proc/net/tcp");
        assumeThat(Files.exists(tcp)).as("Linux /proc/net/tcp").isTrue();
        String portHex = String.format(":%04X", port);
        try (Stream<String> v4 = Files.lines(tcp);
             Stream<String> v6 = Files.exists(Path.of("/proc/net/tcp6")) ? Files.lines(Path.of("/proc/net/tcp6")) : Stream.empty()) {
            return Stream.concat(v4, v6)
                    .map(String::trim)
                    .map(line -> line.split("\\s+"))
                    .filter(cols -> cols.length > 3 && cols[1].endsWith(portHex) && cols[3].equals("0A"))
                    .map(cols -> cols[1].substring(0, cols[1].indexOf(':')))
                    .toList();
        }
    }

    /** The TCP ports this JVM listens on: /proc/net/tcp* rows in state LISTEN whose socket is one of our fds. */
    private static List<Integer> listeningPortsOfThisJvm() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeThat(Files.isDirectory(fds)).as("Linux /proc/self/fd").isTrue();
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> links = Files.list(fds)) {
            for (Path link : (Iterable<Path>) links::iterator) {
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            }
        }
        List<Integer> ports = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            if (!Files.exists(Path.of(table))) {
                continue;
            }
            try (Stream<String> lines = Files.lines(Path.of(table))) {
                lines.map(String::trim).map(line -> line.split("\\s+"))
                        .filter(cols -> cols.length > 9 && cols[3].equals("0A") && inodes.contains(cols[9]))
                        .map(cols -> Integer.parseInt(cols[1].substring(cols[1].indexOf(':') + 1), 16))
                        .forEach(ports::add);
            }
        }
        return ports;
    }

    private static boolean isLoopback(String hexAddress) {
        return hexAddress.equals("0100007F")                             // 127.0.0.1
                || hexAddress.equals("0000000000000000FFFF00000100007F") // ::ffff:127.0.0.1
                || hexAddress.equals("00000000000000000000000001000000"); // ::1
    }
}
