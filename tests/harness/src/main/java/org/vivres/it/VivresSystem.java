package org.vivres.it;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;

/**
 * The running system shared by every test class of one test JVM: Felix with the core bundles of
 * the launcher's distribution (system property {@code vivres.dist}) plus the bundle jars listed in
 * {@code vivres.bundles} (separated by the path separator: the bundle under test, and the bundles
 * it is tested with), on an embedded PostgreSQL in a fresh folder, on free ports. Test classes get
 * it (or an admin {@link Api}) as a parameter.
 */
public final class VivresSystem implements ExtensionContext.Store.CloseableResource, ParameterResolver {
    static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());

    private final RunningVivres running;
    private final Api anonymous;

    /** Required by JUnit to use this class as an extension. */
    public VivresSystem() {
        this.running = null;
        this.anonymous = null;
    }

    private VivresSystem(RunningVivres running) {
        this.running = running;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.anonymous = new Api(http, URI.create(running.baseUrl()), null, "fr");
    }

    private static VivresSystem start() throws Exception {
        Path dist = Path.of(System.getProperty("vivres.dist"));
        Path data = TempFolders.create("vivres-it-");
        List<Path> bundles = Arrays.stream(System.getProperty("vivres.bundles", "").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        LaunchOptions options = LaunchOptions.ephemeral(dist, data)
                .withExtraBundles(bundles)
                .withAdminPassword(ADMIN_PASSWORD)
                .withFileInstallPollMillis(300)
                .withFrameworkProperties(Map.of("vivres.db.pool", "24"));
        return new VivresSystem(Launcher.start(options));
    }

    public RunningVivres running() {
        return running;
    }

    public Api anonymous() {
        return anonymous;
    }

    public Api admin() {
        return anonymous.login("admin", ADMIN_PASSWORD);
    }

    @Override
    public void close() throws Exception {
        try {
            running.close();
        } finally {
            TempFolders.delete(running.dataDir());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == VivresSystem.class || p.getParameter().getType() == Api.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        VivresSystem system = e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(VivresSystem.class, k -> {
                    try {
                        return start();
                    } catch (Exception ex) {
                        throw new IllegalStateException("Vivres did not start", ex);
                    }
                }, VivresSystem.class);
        return p.getParameter().getType() == Api.class ? system.admin() : system;
    }
}
