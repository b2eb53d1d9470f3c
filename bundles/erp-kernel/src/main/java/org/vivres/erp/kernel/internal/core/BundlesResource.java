package org.vivres.erp.kernel.internal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;

/**
 * The network admin's bundles: {@code GET /api/bundles} lists them with their readable names, versions and states;
 * {@code POST /api/bundles} (the jar as the body) installs or updates one and {@code DELETE /api/bundles/{name}}
 * removes one, by writing or deleting its jar in {@code deploy/}: FileInstall then does exactly what it does for a
 * jar copied there by hand (same rules, same journal events), within its poll interval. Only bundles that live in
 * {@code deploy/} are replaced or removed here: the core keeps Vivres running, and the distribution's capability
 * bundles come back at the next start from {@code bundles/} anyway.
 */
@Component
public final class BundlesResource implements ApiResource {
    /** The bundles without which Vivres does not run: the framework's runtime, the ERP API and the kernel. */
    private static final Set<String> CORE = Set.of("org.vivres.erp.api", "org.vivres.erp.kernel");

    private final BundleContext context;
    private final Path deployDir;

    record BundleView(long id, String symbolicName, String name, String version, String state, String kind,
            boolean removable) {
    }

    record Deployed(String symbolicName, String name, String version, boolean update) {
    }

    @Activate
    public BundlesResource(BundleContext context) {
        this.context = context;
        String dataDir = context.getProperty("vivres.data.dir");
        this.deployDir = dataDir == null ? null : Path.of(dataDir).resolve("deploy").toAbsolutePath().normalize();
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/bundles", r -> Items.of(Arrays.stream(context.getBundles())
                .sorted(Comparator.comparingInt(this::kindOrder).thenComparing(Bundle::getBundleId))
                .map(this::view).toList()), Role.NETWORK_ADMIN);
        routes.post("/api/bundles", this::upload, Role.NETWORK_ADMIN);
        routes.delete("/api/bundles/{name}", this::remove, Role.NETWORK_ADMIN);
    }

    private Object upload(ApiRequest request) {
        BundleJar jar = BundleJar.read(request.rawBody());
        Optional<Bundle> installed = bySymbolicName(jar.symbolicName());
        installed.ifPresent(this::requireDeployed);
        Path target = installed.map(this::deployedFile).orElse(deployDir().resolve(jar.fileName()));
        try {
            // written aside under a name FileInstall ignores, then renamed: it never reads half a jar
            Path part = Files.createTempFile(deployDir(), ".upload-", ".part");
            try {
                Files.write(part, request.rawBody());
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiResponse(202, new Deployed(jar.symbolicName(), jar.name(), jar.version(), installed.isPresent()),
                null);
    }

    private Object remove(ApiRequest request) {
        String name = request.path("name");
        Bundle bundle = Check.found(bySymbolicName(name).orElse(null), "bundle " + name);
        requireDeployed(bundle);
        try {
            Files.deleteIfExists(deployedFile(bundle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiResponse(202, new Deployed(bundle.getSymbolicName(), readableName(bundle),
                bundle.getVersion().toString(), true), null);
    }

    private void requireDeployed(Bundle bundle) {
        String kind = kind(bundle);
        if ("CORE".equals(kind)) {
            throw Refusals.conflict("CORE_BUNDLE", readableName(bundle));
        }
        if ("DISTRIBUTION".equals(kind)) {
            throw Refusals.conflict("BUNDLE_NOT_DEPLOYED", readableName(bundle));
        }
    }

    private Optional<Bundle> bySymbolicName(String name) {
        return Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName()))
                .filter(b -> b.getState() != Bundle.UNINSTALLED).findFirst();
    }

    private Path deployDir() {
        if (deployDir == null) {
            throw new IllegalStateException("vivres.data.dir is not set: no deploy/ folder");
        }
        return deployDir;
    }

    /** The jar in deploy/ the bundle was installed from, or {@code null}. */
    private Path deployedFile(Bundle bundle) {
        if (deployDir == null) {
            return null;
        }
        try {
            Path file = Path.of(URI.create(bundle.getLocation())).toAbsolutePath().normalize();
            return deployDir.equals(file.getParent()) ? file : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** CORE (runs Vivres), DISTRIBUTION (a capability of bundles/) or DEPLOYED (a jar of deploy/). */
    private String kind(Bundle bundle) {
        if (deployedFile(bundle) != null) {
            return "DEPLOYED";
        }
        String name = String.valueOf(bundle.getSymbolicName());
        return bundle.getBundleId() == 0 || CORE.contains(name) || !name.startsWith("org.vivres.") ? "CORE"
                : "DISTRIBUTION";
    }

    private int kindOrder(Bundle bundle) {
        return switch (kind(bundle)) {
            case "DEPLOYED" -> 0;
            case "DISTRIBUTION" -> 1;
            default -> 2;
        };
    }

    private BundleView view(Bundle b) {
        String kind = kind(b);
        return new BundleView(b.getBundleId(), String.valueOf(b.getSymbolicName()), readableName(b),
                b.getVersion().toString(), state(b.getState()), kind, "DEPLOYED".equals(kind));
    }

    private static String readableName(Bundle bundle) {
        String name = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
        return name == null || name.isBlank() ? String.valueOf(bundle.getSymbolicName()) : name;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
