package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.vivres.it.Api;

/** Reports over HTTP (the harness's {@link org.vivres.it.ReportHttp}), with what the caisse's tests read in them. */
final class ReportHttp {
    /** What came back: status, media type and the raw body. */
    record Raw(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The CSV's lines (CRLF-separated, the last one ended too). */
        List<String> lines() {
            assertThat(text()).endsWith("\r\n");
            return List.of(text().split("\r\n"));
        }

        /** The PDF's text, spaces as a reader sees them. */
        String pdfText() {
            assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return normalized(new PDFTextStripper().getText(pdf));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The HTML's text without its tags, spaces as a reader sees them. */
        String htmlText() {
            return normalized(text().replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&#160;", " ")
                    .replace("&#8239;", " ").replace("&#39;", "'").replace("&apos;", "'"));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.startsWith("application/pdf") ? "<pdf>" : text());
        }
    }

    private ReportHttp() {
    }

    static Raw get(Api api, String path) {
        org.vivres.it.ReportHttp.Raw r = org.vivres.it.ReportHttp.get(api, path);
        return new Raw(r.status(), r.contentType(), r.body());
    }

    /** A 200 with the media type of {@code format}. */
    static Raw ok(Api api, String path, String format) {
        Raw r = get(api, path + (path.contains("?") ? "&" : "?") + "format=" + format);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(switch (format) {
            case "csv" -> "text/csv";
            case "html" -> "text/html";
            default -> "application/pdf";
        });
        dump(path, format, r.body());
        return r;
    }

    static String normalized(String text) {
        return org.vivres.it.ReportHttp.normalized(text);
    }

    /**
     * The report sources are DS components of the caisse bundle: they are listed once the reports
     * bundle has seen them, a moment after the caisse's endpoints answer.
     */
    static void awaitReports(Api admin) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> wanted = List.of("caisse-member-statement", "caisse-fund", "caisse-settlement", "funders");
        List<String> names = List.of();
        while (Instant.now().isBefore(deadline)) {
            Api.Response r = admin.get("/api/reports");
            names = r.status() == 200 ? r.json().path("items").findValuesAsText("name") : List.of();
            if (names.containsAll(wanted)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(names).as("reports listed").containsAll(wanted);
    }

    /** With {@code -Dvivres.reports.dump=DIR}, keeps the rendered files to look at them. */
    private static void dump(String path, String format, byte[] content) {
        String dir = System.getProperty("vivres.reports.dump");
        if (dir == null) {
            return;
        }
        String name = path.replaceFirst("^/api/reports/", "").replaceAll("[^A-Za-z0-9-]+", "_");
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + "." + format), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
