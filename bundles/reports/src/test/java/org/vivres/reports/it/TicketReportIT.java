package org.vivres.reports.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
    static final String SOAP = "Savon de Marseille";
    static final String PASSWORD = "motdepasse-123";
    static final String SIRET = "89876543300013";
    static final String VAT = "FR18898765433";
    static Api admin;
    static Fixtures fx;
    static String store;
    static String storeName;
    static Api cashier;
    static Api otherCashier;
    static String ticketId;
    static String documentNo;
    static String printedSeal;
    static String cashierName;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        storeName = fx.unique("Épicerie de l'Œuf");
        Api.Response org = admin.post("/api/organizations", Map.of("name", storeName, "type", "STORE",
                "legalName", "SCIC Épicerie de l'Œuf", "address", "35 rue de la Guillotière\nBâtiment B",
                "postalCode", "69007", "city", "Lyon", "siret", SIRET, "vatNumber", VAT));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        store = org.text("id");
        Api.Response product = admin.post("/api/products", Map.of("sku", fx.unique("PAIN"), "name", BREAD,
                "category", "BOULANGERIE", "uom", "UNIT", "referencePrice", "1.70", "vatRate", "5.5",
                "labels", List.of("ORGANIC"), "originKm", 12));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        fx.stock(store, product.text("id"), "10");
        Api.Response soap = admin.post("/api/products", Map.of("sku", fx.unique("SAVON"), "name", SOAP,
                "category", "HYGIENE", "uom", "UNIT", "referencePrice", "2.40", "vatRate", "20"));
        assertThat(soap.status()).as(soap.toString()).isEqualTo(201);
        fx.stock(store, soap.text("id"), "10");
        cashierName = fx.unique("caissiere");
        assertThat(admin.post("/api/users", Map.of("username", cashierName, "password", PASSWORD,
                "roles", List.of("CASHIER"), "organization", store)).status()).isEqualTo(201);
        cashier = admin.login(cashierName, PASSWORD);
        otherCashier = fx.user("CASHIER", fx.store());
        Api manager = fx.user("MANAGER", store);
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse 1")).text("id");
        assertThat(cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "0.00")).status())
                .isEqualTo(201);
        Api.Response ticket = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                "lines", List.of(Map.of("product", product.text("id"), "quantity", "2"),
                        Map.of("product", soap.text("id"), "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.80"))));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        ticketId = ticket.text("id");
        documentNo = ticket.text("documentNo");
        JsonNode seal = ticket.json().path("seal");
        printedSeal = seal.path("hash").asText().substring(0, 8) + "-" + seal.path("sequence").asText();
    }

    @Test
    void thePdfReceiptShowsTheSellerTheTillTheCashierTheLinesWithTheirVatCodeAndTheVatTable() throws IOException {
        Http.Raw r = Http.get(cashier, "/api/reports/ticket?id=" + ticketId);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        dump("ticket.pdf", r.body());
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            // one page, 80 mm receipt paper wide, as tall as the ticket
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(226f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isLessThan(500f);
            String text = normalized(new PDFTextStripper().getText(pdf));
            // the store's long test name wraps at a hyphen
            assertThat(text.replace(" ", "")).contains(storeName.replace(" ", ""));
            assertThat(text).contains("SCIC Épicerie de l'Œuf", "35 rue de la Guillotière Bâtiment B", "69007 Lyon",
                    "SIRET " + SIRET, "N° TVA " + VAT, "Caisse 1 — Caissier : " + cashierName, "Réseau Vivres",
                    "Ticket de caisse", "N° " + documentNo, BREAD, SOAP, "Total TTC 5,80 €", "Espèces 5,80 €");
            // the short form of its seal, to find the record in the chain
            assertThat(text).contains("Scellé " + printedSeal);
            // date and time to the second
            assertThat(text).containsPattern("Le \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2}:\\d{2}");
            // each line with its rate's code: A for 5.5 %, B for 20 %
            assertThat(text).contains("2 × 1,70 € 3,40 € A", "1 × 2,40 € 2,40 € B");
            // the table per rate: 3.40 × 5.5 / 105.5 = 0.177 → 0.18; 2.40 × 20 / 120 = 0.40
            assertThat(text).contains("Code Taux HT TVA TTC", "A 5,5 % 3,22 0,18 3,40", "B 20 % 2,00 0,40 2,40");
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
                "product,quantity,referencePrice,unitPrice,amount,priceRule,vatRate,vatCode,rule",
                BREAD + ",2.000,1.70,1.70,3.40,REFERENCE,5.50,A,Prix de référence",
                SOAP + ",1.000,2.40,2.40,2.40,REFERENCE,20.00,B,Prix de référence");
    }

    @Test
    void theHtmlShowsTheTotal() {
        Http.Raw r = Http.get(cashier, "/api/reports/ticket?format=html&id=" + ticketId);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = normalized(r.text().replace("&nbsp;", " ").replace("&#160;", " ").replace("&#8239;", " "));
        assertThat(html).contains("<html", documentNo, "Pain de campagne bio", "Total", "5,80 €");
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
                    "-1,70 €", "Total TTC -1,70 €", "A 5,5 % -1,61 -0,09 -1,70");
        }
    }

    @Test
    void aReturnHasItsSlipWithTheSaleTheLinesBackTheVatOfTheReturnTheRefundAndTheSeal() throws IOException {
        Api.Response sale = cashier.get("/api/tickets/" + ticketId);
        String soap = sale.json().path("lines").get(1).path("product").asText();
        Api.Response ret = cashier.post("/api/tickets/" + ticketId + "/returns",
                Map.of("lines", List.of(Map.of("product", soap, "quantity", "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);
        JsonNode seal = ret.json().path("seal");

        Http.Raw r = Http.get(cashier, "/api/reports/return-slip?id=" + ret.text("id"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        dump("return-slip.pdf", r.body());
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(226f);
            String text = normalized(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("SCIC Épicerie de l'Œuf", "SIRET " + SIRET, "Bon de retour — avoir",
                    "N° " + ret.text("documentNo"), "Retour sur le ticket " + documentNo, SOAP,
                    "Caisse 0", "Total TTC -2,40 €", "Espèces — rendu 2,40 €", "Conservez ce bon de retour.",
                    "Scellé " + seal.path("hash").asText().substring(0, 8) + "-" + seal.path("sequence").asText());
            // the VAT of the return only: 20 % on 2.40
            assertThat(text).contains("A 20 % -2,00 -0,40 -2,40").doesNotContain("5,5 %");
        }
        Api.Response ofASale = cashier.get("/api/reports/return-slip?id=" + ticketId);
        assertThat(ofASale.status()).as(ofASale.toString()).isEqualTo(422);
        assertThat(ofASale.code()).isEqualTo("NOT_A_RETURN");
        assertThat(ofASale.message()).contains(documentNo);
        assertThat(otherCashier.get("/api/reports/return-slip?id=" + ret.text("id")).status()).isEqualTo(404);
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
        assertThat(ticket.path("parameters").get(1).asText()).isEqualTo("number");
    }

    @Test
    void aTicketIsFoundByTheNumberPrintedOnItInAnyCase() {
        String byId = Http.get(cashier, "/api/reports/ticket?format=csv&id=" + ticketId).text();
        Http.Raw byNumber = Http.get(cashier, "/api/reports/ticket?format=csv&number=" + documentNo);
        assertThat(byNumber.status()).as(byNumber.toString()).isEqualTo(200);
        assertThat(byNumber.text()).isEqualTo(byId);
        String typed = "%20" + documentNo.toLowerCase(Locale.ROOT) + "%20";
        assertThat(Http.get(cashier, "/api/reports/ticket?format=csv&number=" + typed).text()).isEqualTo(byId);
        assertThat(Http.get(admin, "/api/reports/ticket?format=csv&number=" + documentNo).status()).isEqualTo(200);
    }

    @Test
    void aNumberOfAnotherStoreOrOfNoTicketIsNotFoundWithAClearMessage() {
        Api.Response other = otherCashier.get("/api/reports/ticket?number=" + documentNo);
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("UNKNOWN_TICKET_NUMBER");
        assertThat(other.message()).isEqualTo("Aucun ticket n° « " + documentNo
                + " » dans votre structure : vérifiez le numéro imprimé sur le ticket.");

        Api.Response unknown = cashier.english().get("/api/reports/ticket?number=T-NOPE-42");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_TICKET_NUMBER");
        assertThat(unknown.message()).contains("T-NOPE-42", "ticket");
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
