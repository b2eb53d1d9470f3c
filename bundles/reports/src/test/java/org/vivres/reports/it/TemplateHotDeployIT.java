package org.vivres.reports.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * A capability's report is printed with the template its own bundle ships: dropping a new version of that
 * bundle into deploy/ changes the printed report at once, without restarting Vivres or touching the reports
 * bundle; removing the bundle takes the report away.
 */
@ExtendWith(VivresSystem.class)
class TemplateHotDeployIT {
    private static final String REPORT = "/api/reports/hotdeploy-notes";
    private static final String ENTRY = "reports/hotdeploy-notes.jasper";

    @Test
    void aNewVersionOfTheOwningBundleIsPrintedWithItsNewTemplateWithoutRestart(VivresSystem system) throws Exception {
        Api admin = system.admin();
        Path v1 = Path.of(System.getProperty("vivres.hotdeploy.jar"));
        Path deployed = system.running().deployDir().resolve("hotdeploy.jar");
        assertThat(admin.get(REPORT).status()).isEqualTo(404);

        Files.copy(v1, deployed, StandardCopyOption.REPLACE_EXISTING);
        until(() -> admin.post("/api/hotdeploy/notes", Map.of("text", "livraison mardi")), r -> r.status() == 201);
        String first = pdfText(until(() -> Http.get(admin, REPORT), r -> r.status() == 200));
        assertThat(first).contains("Notes de livraison", "• livraison mardi").doesNotContain("modèle 2");
        assertThat(listedTitle(admin)).isEqualTo("Notes de livraison");

        // the same bundle, version 0.1.1, whose only change is its compiled template
        Path v2 = system.running().dataDir().resolve("hotdeploy-0.1.1.jar");
        withTemplate(v1, Path.of(System.getProperty("vivres.hotdeploy.reports-v2"), "hotdeploy-notes.jasper"), v2);
        Files.move(v2, deployed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String second = pdfText(until(() -> Http.get(admin, REPORT),
                r -> r.status() == 200 && pdfText(r).contains("modèle 2")));
        assertThat(second).contains("Notes de livraison — modèle 2", "1. livraison mardi").doesNotContain("•");
        assertThat(listedTitle(admin)).isEqualTo("Notes de livraison — modèle 2");
        // not restarted: the same session goes on, the bundle is at its new version, the notes are kept
        assertThat(admin.get("/api/health").json().path("bundles").toString()).contains("0.1.1");
        assertThat(admin.get("/api/hotdeploy/notes").raw()).contains("livraison mardi");

        Files.delete(deployed);
        Api.Response gone = until(() -> admin.get(REPORT), r -> r.status() == 404);
        assertThat(gone.code()).isEqualTo("UNKNOWN_REPORT");
        assertThat(listedTitle(admin)).isNull();
    }

    /** A copy of {@code jar} at version 0.1.1 with its compiled template replaced by {@code template}. */
    private static void withTemplate(Path jar, Path template, Path out) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), "0.1.1");
            try (JarOutputStream target = new JarOutputStream(Files.newOutputStream(out), manifest)) {
                for (JarEntry entry : in.stream().toList()) {
                    String name = entry.getName();
                    if (name.equals(JarFile.MANIFEST_NAME) || name.equals("META-INF/")) {
                        continue;
                    }
                    target.putNextEntry(new JarEntry(name));
                    if (name.equals(ENTRY)) {
                        target.write(Files.readAllBytes(template));
                    } else if (!entry.isDirectory()) {
                        try (InputStream content = in.getInputStream(entry)) {
                            content.transferTo(target);
                        }
                    }
                    target.closeEntry();
                }
            }
        }
        try (JarFile check = new JarFile(out.toFile())) {
            assertThat(check.getEntry(ENTRY)).as("the template is an entry of the bundle").isNotNull();
        }
    }

    /** The title {@code GET /api/reports} lists for the notes report (read from its template), null if not listed. */
    private static String listedTitle(Api admin) {
        for (var report : admin.get("/api/reports").json().path("items")) {
            if (report.path("name").asText().equals("hotdeploy-notes")) {
                return report.path("title").asText();
            }
        }
        return null;
    }

    private static String pdfText(Http.Raw r) {
        assertThat(r.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new AssertionError("not a PDF: " + r, e);
        }
    }

    private static <T> T until(Supplier<T> call, Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T last = call.get();
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
