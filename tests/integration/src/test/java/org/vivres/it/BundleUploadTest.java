package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The network admin's bundles screen through its endpoint: readable names, versions and states; a bundle jar
 * uploaded is installed (then updated) through deploy/ as a jar copied there by hand, and removed the same way;
 * what is not a bundle, and the core, are refused with nothing written into deploy/.
 */
@ExtendWith(VivresSystem.class)
class BundleUploadTest {
    private static final String JAR = "application/java-archive";
    private static final String HOTDEPLOY = "org.vivres.test.hotdeploy";

    @Test
    void theListNamesEachBundleReadablyWithItsVersionAndState(Api admin) {
        JsonNode kernel = bundle(admin, "org.vivres.erp.kernel");
        assertThat(kernel.path("name").asText()).isEqualTo("Noyau Vivres (données, sécurité, caisses)");
        assertThat(kernel.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(kernel.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(kernel.path("kind").asText()).isEqualTo("CORE");
        assertThat(kernel.path("removable").asBoolean()).isFalse();
        assertThat(bundle(admin, "org.apache.felix.scr").path("name").asText()).contains("Apache Felix");
    }

    @Test
    void whatIsNoBundleAndTheCoreAreRefusedAndNothingIsWritten(VivresSystem system, Api admin) throws Exception {
        Path deploy = system.running().deployDir();
        List<Path> before = files(deploy);

        Api.Response text = admin.postBytes("/api/bundles", "ceci n'est pas un jar".getBytes(), JAR);
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.code()).isEqualTo("INVALID_BUNDLE");
        assertThat(text.message()).contains("n'est pas un bundle");
        Api.Response zip = admin.postBytes("/api/bundles", zipWithoutManifest(), JAR);
        assertThat(zip.code()).isEqualTo("INVALID_BUNDLE");
        assertThat(admin.english().postBytes("/api/bundles", new byte[0], JAR).message()).contains("is not a Vivres bundle");

        Path api = Files.list(system.running().options().bundlesDir())
                .filter(p -> p.getFileName().toString().startsWith("erp-api-")).findFirst().orElseThrow();
        Api.Response core = admin.postBytes("/api/bundles", Files.readAllBytes(api), JAR);
        assertThat(core.status()).isEqualTo(409);
        assertThat(core.code()).isEqualTo("CORE_BUNDLE");
        assertThat(core.message()).contains("API de l'ERP Vivres").contains("socle");
        Api.Response removeKernel = admin.delete("/api/bundles/org.vivres.erp.kernel");
        assertThat(removeKernel.status()).isEqualTo(409);
        assertThat(removeKernel.code()).isEqualTo("CORE_BUNDLE");
        assertThat(admin.delete("/api/bundles/org.example.absent").status()).isEqualTo(404);
        assertThat(files(deploy)).isEqualTo(before);
        assertThat(bundle(admin, "org.vivres.erp.kernel").path("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void onlyANetworkAdminManagesBundles(Api admin) {
        Fixtures fx = new Fixtures(admin);
        Api manager = fx.user("MANAGER", fx.store());
        assertThat(manager.get("/api/bundles").code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(manager.postBytes("/api/bundles", new byte[] {1}, JAR).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(manager.delete("/api/bundles/" + HOTDEPLOY).code()).isEqualTo("ROLE_FORBIDDEN");
    }

    @Test
    void anUploadedJarIsInstalledThenUpdatedThenRemovedThroughDeploy(VivresSystem system, Api admin) throws Exception {
        byte[] jar = Files.readAllBytes(Path.of(System.getProperty("vivres.hotdeploy.jar")));
        Path deploy = system.running().deployDir();
        assertThat(admin.get("/api/hotdeploy/notes").status()).isEqualTo(404);

        Api.Response installed = admin.postBytes("/api/bundles", jar, JAR);
        assertThat(installed.status()).as(installed.toString()).isEqualTo(202);
        assertThat(installed.text("symbolicName")).isEqualTo(HOTDEPLOY);
        assertThat(installed.text("name")).isEqualTo("Notes de livraison (bundle d'essai)");
        assertThat(installed.json().path("update").asBoolean()).isFalse();
        assertThat(files(deploy)).extracting(p -> p.getFileName().toString()).containsExactly(HOTDEPLOY + ".jar");
        until(() -> admin.post("/api/hotdeploy/notes", Map.of("text", "livraison jeudi")), r -> r.status() == 201);
        JsonNode listed = bundle(admin, HOTDEPLOY);
        assertThat(listed.path("kind").asText()).isEqualTo("DEPLOYED");
        assertThat(listed.path("removable").asBoolean()).isTrue();
        assertThat(listed.path("state").asText()).isEqualTo("ACTIVE");

        // the same bundle again: the jar in deploy/ is replaced (an update), not a second one beside it
        Api.Response updated = admin.postBytes("/api/bundles", jar, JAR);
        assertThat(updated.status()).isEqualTo(202);
        assertThat(updated.json().path("update").asBoolean()).isTrue();
        assertThat(files(deploy)).hasSize(1);
        until(() -> admin.get("/api/hotdeploy/notes"), r -> r.status() == 200 && r.raw().contains("livraison jeudi"));

        Api.Response removed = admin.delete("/api/bundles/" + HOTDEPLOY);
        assertThat(removed.status()).isEqualTo(202);
        assertThat(files(deploy)).isEmpty();
        until(() -> admin.get("/api/hotdeploy/notes"), r -> r.status() == 404);
        until(() -> admin.get("/api/bundles"), r -> !r.raw().contains(HOTDEPLOY));
    }

    private static JsonNode bundle(Api admin, String symbolicName) {
        Api.Response list = admin.get("/api/bundles");
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.json().path("items").spliterator(), false)
                .filter(b -> symbolicName.equals(b.path("symbolicName").asText())).findFirst().orElseThrow();
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static byte[] zipWithoutManifest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("bonjour".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static Api.Response until(Supplier<Api.Response> call, Predicate<Api.Response> done) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        Api.Response last = call.get();
        while (!done.test(last) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
            last = call.get();
        }
        assertThat(done.test(last)).as(last.toString()).isTrue();
        return last;
    }
}
