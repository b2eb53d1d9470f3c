package org.vivres.reports.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportFormat;

/** Every template of reports/<bundle>/ (compiled for these tests) fills with sample data and exports; French formatting; page numbers; fonts. */
class TemplatesTest {
    private static final String NNBSP = "\u202f";
    private static final String NBSP = "\u00a0";
    private final JasperEngine engine = Samples.engine();

    static Stream<String> templates() {
        return Samples.TEMPLATES.stream();
    }

    @Test
    void everyTemplateBelongsToABundleFolderAndCompiles() throws IOException {
        Path root = Path.of("../../reports");
        try (Stream<Path> files = Files.list(root)) {
            // a template left at the top is owned by no bundle, so shipped by none: it would never be served
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).map(Path::toString))
                    .as("templates go under reports/<bundle>/").isEmpty();
        }
        try (Stream<Path> bundles = Files.list(root)) {
            for (Path bundle : bundles.filter(Files::isDirectory).toList()) {
                assertThat(Path.of("../" + bundle.getFileName(), "pom.xml")).as("reports/%s/ is named like a bundle",
                        bundle.getFileName()).exists();
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<String> sources = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
                    .map(n -> n.replace(".jrxml", "")).sorted().toList();
            assertThat(sources).containsExactlyElementsOf(Samples.TEMPLATES);
        }
        Samples.TEMPLATES.forEach(n -> assertThat(engine.templates().exists(n)).as(n).isTrue());
        assertThat(engine.templates().exists("nope")).isFalse();
        assertThat(engine.templates().exists("../reports/ticket")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void fillsWithSampleDataAndExportsEveryFormat(String name) throws IOException {
        JasperReport report = engine.templates().get(name);
        ReportData data = Samples.data(report, 3);

        JasperPrint print = engine.fill(name, data);
        List<String> texts = Samples.texts(print);
        // a roll (a receipt, a Z: 80 mm thermal paper, one page as tall as its content) has no page numbers
        boolean roll = report.isIgnorePagination();
        assertThat(texts).contains("Réseau des épiceries solidaires d'Île-de-France")
                .anyMatch(t -> t.startsWith("Édité le "));
        if (!roll) {
            assertThat(texts).contains("Page 1 / 1");
        }
        assertThat(texts).as("the rows' amounts in French").anyMatch(t -> t.equals("1" + NNBSP + "235,56" + NBSP + "€")
                || t.equals("1" + NNBSP + "237,56" + NBSP + "€") || t.startsWith("Épicerie « Les Œufs » n° 3"));
        assertThat(engine.templates().title(name)).isNotBlank().isNotEqualTo(name);
        assertThat(engine.templates().requestParameters(name)).isNotEmpty();

        byte[] pdf = engine.render(name, data, ReportFormat.PDF);
        dump(name + ".pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(engine.templates().title(name));
            if (roll) {
                assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(226f);
            } else {
                assertThat(new PDFTextStripper().getText(document)).contains("Page 1 / 1");
            }
        }
        byte[] htmlBytes = engine.render(name, data, ReportFormat.HTML);
        dump(name + ".html", htmlBytes);
        String html = new String(htmlBytes, StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"fr\">", "<title>" + engine.templates().title(name) + "</title>",
                "Réseau des épiceries solidaires").doesNotContain("Page 1 / 1");
        String csv = new String(engine.render(name, data, ReportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(List.of(csv.split("\r\n"))).hasSize(4).first().isEqualTo(String.join(",", data.columns()));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void fillsWithNoRowAndNoOptionalHeader(String name) {
        JasperPrint print = engine.fill(name, new ReportData(Map.of(), List.of(), List.of()));
        assertThat(print.getPages()).hasSize(1);
        assertThat(Samples.texts(print)).contains("Aucune ligne pour ces critères.");
    }

    @Test
    void moneyIsFormattedTheFrenchWayAsJavaDoesIt() {
        String expected = "1" + NNBSP + "234,56" + NBSP + "€";
        // What Java's own fr_FR currency format gives: narrow no-break space between thousands, no-break space before €.
        assertThat(NumberFormat.getCurrencyInstance(Locale.FRANCE).format(new BigDecimal("1234.56"))).isEqualTo(expected);

        ReportData data = new ReportData(Map.of("fund", "Caisse du 11e", "month", "2026-12", "total", "1234.56"),
                List.of("organization", "tickets", "amount"),
                List.of(Map.of("organization", "Épicerie Belleville", "tickets", 12, "amount", new BigDecimal("1234.56")),
                        Map.of("organization", "Épicerie Ménilmontant", "tickets", 1, "amount", new BigDecimal("-3.40"))));
        List<String> texts = Samples.texts(engine.fill("caisse-settlement", data));

        assertThat(texts).contains(expected, "-3,40" + NBSP + "€", "décembre 2026", "Caisse du 11e", "13");
        // the header's total, the row, the summary's total
        assertThat(texts.stream().filter(expected::equals)).hasSize(3);
    }

    @Test
    void pagesAreNumberedOutOfTheTotal() throws IOException {
        JasperReport report = engine.templates().get("funders");
        byte[] pdf = engine.render("funders", Samples.data(report, 120), ReportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(document)).contains("Page " + pages + " / " + pages);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("Page 1 / " + pages);
        }
    }

    @Test
    void pdfEmbedsDejaVuSoThatFrenchAndOtherTextIsKept() throws IOException {
        String label = "Œufs bio — ½ douzaine, «crème» fraîche, Ärger, ąę, Привет";
        ReportData data = new ReportData(Map.of("household", "CARTE-42", "month", "2026-11", "opening", "10.00",
                "closing", "7.50"), List.of("date", "label", "amount", "balance"),
                List.of(Map.of("date", "2026-11-03", "label", label, "amount", "-2.50", "balance", "7.50")));
        byte[] pdf = engine.render("caisse-member-statement", data, ReportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace(NNBSP, " ").replace(NBSP, " ")
                    .replaceAll("\\s+", " ");
            assertThat(text).contains(label, "10,00 €", "7,50 €", "-2,50 €", "novembre 2026", "03/11/2026");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aLargeReportIsSwappedToDiskAndStillComplete() throws IOException {
        JasperReport report = engine.templates().get("procurement-allocation");
        ReportData data = Samples.data(report, JasperEngine.VIRTUALIZE_ABOVE_ROWS + 500);
        byte[] pdf = engine.render("procurement-allocation", data, ReportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(30);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            assertThat(stripper.getText(document)).contains("Épicerie « Les Œufs » n° 1500");
        }
    }

    /** With {@code -Dvivres.reports.dump=DIR}, keeps the rendered files to look at them. */
    static void dump(String file, byte[] content) throws IOException {
        String dir = System.getProperty("vivres.reports.dump");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, file), content);
        }
    }
}
