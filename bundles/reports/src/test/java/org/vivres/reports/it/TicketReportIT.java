package org.vivres.reports.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/ticket}: the receipt of a ticket posted at the till, rendered by the reports
 * bundle from the kernel's data on PostgreSQL, in PDF, HTML and CSV, and the refusals.
 */
@ExtendWith(VivresSystem.class)
class TicketReportIT {
    static final String BREAD = "Pain de campagne bio — 500 g";
    static Api admin;
    static Fixtures fx;
    static String store;
    static String storeName;
    static Api cashier;
    static Api otherCashier;
    static String ticketId;
    static String documentNo;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        storeName = fx.unique("Épicerie de l'Œuf");
        Api.Response org = admin.post("/api/organizations", Map.of("name", storeName, "type", "STORE"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        store = org.text("id");
        Api.Response product = admin.post("/api/products", Map.of("sku", fx.unique("PAIN"), "name", BREAD,
                "category", "BOULANGERIE", "uom", "UNIT", "referencePrice", "1.70", "vatRate", "5.5",
                "labels", List.of("ORGANIC"), "originKm", 12));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        fx.stock(store, product.text("id"), "10");
        cashier = fx.user("CASHIER", store);
        otherCashier = fx.user("CASHIER", fx.store());
        Api.Response ticket = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", product.text("id"), "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.40"))));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        ticketId = ticket.text("id");
        documentNo = ticket.text("documentNo");
    }

    @Test
    void thePdfReceiptShowsTheStoreTheDocumentNumberTheLinesAndThePayments() throws IOException {
        Http.Raw r = Http.get(cashier, "/api/reports/ticket?id=" + ticketId);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        dump("ticket.pdf", r.body());
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = normalized(new PDFTextStripper().getText(pdf));
            // the store's long test name wraps at a hyphen
            assertThat(text.replace(" ", "")).contains(storeName.replace(" ", ""));
            assertThat(text).contains("Réseau Vivres", "Ticket de caisse", documentNo, BREAD,
                    "1,70 €", "3,40 €", "Total 3,40 €", "Espèces 3,40 €", "Référence", "Page 1 / 1");
        }
    }

    @Test
    void pdfIsTheDefaultAndTheFormatIsCaseInsensitive() {
        Http.Raw r = Http.get(cashier, "/api/reports/ticket?format=PDF&id=" + ticketId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(new String(r.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void theCsvHasTheColumnsAsHeaderAndMachineReadableValues() {
        Http.Raw r = Http.get(cashier, "/api/reports/ticket?format=csv&id=" + ticketId);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        assertThat(r.text().split("\r\n")).containsExactly(
                "product,quantity,referencePrice,unitPrice,amount,priceRule",
                BREAD + ",2.000,1.70,1.70,3.40,REFERENCE");
    }

    @Test
    void theHtmlShowsTheTotal() {
        Http.Raw r = Http.get(cashier, "/api/reports/ticket?format=html&id=" + ticketId);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = normalized(r.text().replace("&nbsp;", " ").replace("&#160;", " ").replace("&#8239;", " "));
        assertThat(html).contains("<html", documentNo, "Pain de campagne bio", "Total", "3,40 €");
    }

    @Test
    void aReturnPrintsAsACreditNoteWithTheSaleItGivesBack() throws IOException {
        Api.Response sale = cashier.get("/api/tickets/" + ticketId);
        String product = sale.json().path("lines").get(0).path("product").asText();
        Api.Response ret = cashier.post("/api/tickets/" + ticketId + "/returns",
                Map.of("lines", List.of(Map.of("product", product, "quantity", "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);

        Http.Raw r = Http.get(cashier, "/api/reports/ticket?id=" + ret.text("id"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        dump("return.pdf", r.body());
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = normalized(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Retour — avoir", ret.text("documentNo"), "Ticket d'origine " + documentNo,
                    "-1,70 €", "Total -1,70 €");
        }
    }

    @Test
    void theNetworkAdminMayPrintAnyStoresTicket() {
        assertThat(Http.get(admin, "/api/reports/ticket?format=csv&id=" + ticketId).status()).isEqualTo(200);
    }

    @Test
    void theListNamesTheReportsWhoseSourceIsPresent() {
        Api.Response r = cashier.get("/api/reports");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("items").findValuesAsText("name")).contains("ticket")
                // templates packaged, but no bundle of this test system provides their data
                .doesNotContain("caisse-fund", "funders", "procurement-order");
        var ticket = r.json().path("items").get(r.json().path("items").findValuesAsText("name").indexOf("ticket"));
        assertThat(ticket.path("title").asText()).isEqualTo("Ticket de caisse");
        assertThat(ticket.path("parameters").get(0).asText()).isEqualTo("id");
    }

    @Test
    void anUnknownReportIs404EvenWhenItsTemplateExists() {
        Api.Response unknown = cashier.get("/api/reports/nope?id=" + ticketId);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_REPORT");
        assertThat(unknown.message()).contains("nope");
        assertThat(cashier.english().get("/api/reports/nope").message()).startsWith("There is no report");

        Api.Response noSource = cashier.get("/api/reports/caisse-fund?fund=" + ticketId);
        assertThat(noSource.status()).as(noSource.toString()).isEqualTo(404);
        assertThat(noSource.code()).isEqualTo("UNKNOWN_REPORT");
    }

    @Test
    void anUnknownFormatIs400() {
        Api.Response r = cashier.get("/api/reports/ticket?format=xlsx&id=" + ticketId);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_FORMAT");
        assertThat(r.message()).contains("xlsx", "pdf, html, csv");
    }

    @Test
    void aMissingOrMalformedIdIs400() {
        Api.Response missing = cashier.get("/api/reports/ticket");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("FIELD_REQUIRED");

        Api.Response malformed = cashier.get("/api/reports/ticket?id=12");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void anotherStoresTicketOrAnUnknownOneIsNotFound() {
        Api.Response other = otherCashier.get("/api/reports/ticket?id=" + ticketId);
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("NOT_FOUND");

        Api.Response unknown = cashier.get("/api/reports/ticket?id=" + java.util.UUID.randomUUID());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }

    @Test
    void onlyTheTillsRolesPrintReceiptsAndAnonymousCallersAreRefused() {
        Api referrer = fx.user("REFERRER", store);
        Api.Response r = referrer.get("/api/reports/ticket?id=" + ticketId);
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");

        assertThat(cashier.anonymous().get("/api/reports/ticket?id=" + ticketId).status()).isEqualTo(401);
        assertThat(cashier.anonymous().get("/api/reports").status()).isEqualTo(401);
    }

    /** Spaces as a reader sees them: no-break and narrow no-break spaces, line breaks. */
    static String normalized(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** With {@code -Dvivres.reports.dump=DIR}, keeps the PDFs to look at them. */
    static void dump(String file, byte[] content) throws IOException {
        String dir = System.getProperty("vivres.reports.dump");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, file), content);
        }
    }
}
