package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The runtime as a network admin sees it: health, bundles, hot deployment through deploy/. */
@ExtendWith(VivresSystem.class)
class RuntimeTest {

    @Test
    void healthIsUpForAnyoneAndListsBundlesForANetworkAdmin(VivresSystem system) {
        Api.Response anonymous = system.anonymous().get("/api/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.text("status")).isEqualTo("UP");
        assertThat(anonymous.json().has("bundles")).isFalse();
        assertThat(anonymous.json().has("backup")).isFalse();
        Api.Response admin = system.admin().get("/api/health");
        // no --backup-dir: the network admin is told there is no backup folder and no WAL archiving
        assertThat(admin.json().path("backup").path("configured").asBoolean(true)).isFalse();
        assertThat(admin.json().path("backup").path("archiving").path("mode").asText()).isEqualTo("off");
        assertThat(admin.json().path("bundles").toString()).contains("org.vivres.erp.kernel", "org.vivres.erp.api");
        admin.json().path("bundles").forEach(b -> {
            if (b.path("symbolicName").asText().startsWith("org.vivres.")) {
                assertThat(b.path("state").asText()).as(b.toString()).isEqualTo("ACTIVE");
            }
        });
    }

    @Test
    void aBundleDroppedIntoDeployBringsItsTableAndEndpointAndTakesThemAwayWhenRemoved(VivresSystem system)
            throws Exception {
        Api admin = system.admin();
        Path jar = Path.of(System.getProperty("vivres.hotdeploy.jar"));
        Path deployed = system.running().deployDir().resolve("hotdeploy.jar");
        assertThat(admin.get("/api/hotdeploy/notes").status()).isEqualTo(404);
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        Api.Response created = until(() -> admin.post("/api/hotdeploy/notes", Map.of("text", "livraison mardi")),
                r -> r.status() == 201);
        assertThat(created.text("text")).isEqualTo("livraison mardi");
        assertThat(admin.get("/api/hotdeploy/notes").json().path("items").toString()).contains("livraison mardi");
        Files.delete(deployed);
        until(() -> admin.get("/api/hotdeploy/notes"), r -> r.status() == 404);
        // The core keeps working after the session factory was rebuilt without the bundle.
        assertThat(admin.get("/api/products").status()).isEqualTo(200);
        // both are in the network's sealed event journal, with the bundle's name and version
        Api.Response events = until(() -> admin.get("/api/fiscal/events?from=2000-01-01&to=2100-01-01&limit=500"),
                r -> r.raw().contains("BUNDLE_UNINSTALLED"));
        String hotdeploy = StreamSupport.stream(events.json().path("items").spliterator(), false)
                .filter(e -> e.path("details").path("bundle").asText().contains("hotdeploy"))
                .map(e -> e.path("type").asText()).toList().toString();
        assertThat(hotdeploy).contains("BUNDLE_INSTALLED").contains("BUNDLE_UNINSTALLED");
    }

    private static Api.Response until(Supplier<Api.Response> call, Predicate<Api.Response> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Response last = call.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still " + last);
            }
            Thread.sleep(200);
            last = call.get();
        }
        return last;
    }
}
