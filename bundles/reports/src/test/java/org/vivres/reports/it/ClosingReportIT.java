package org.vivres.reports.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.reports.it.TicketReportIT.dump;
import static org.vivres.reports.it.TicketReportIT.normalized;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * {@code GET /api/reports/closing}: the Z of a till session ({@code session}) and the store's closings
 * ({@code closing}) printed as they were made, with the store's identity, per method, per VAT rate, the cash
 * movements and the totals; and who may print them.
 */
@ExtendWith(VivresSystem.class)
class ClosingReportIT {
    static Fixtures fx;
    static String store;
    static Api manager;
    static Api cashier;
    static String session;
    static String closing;
    static String zSeal;
    static String closingSeal;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        Api.Response org = admin.post("/api/organizations", Map.of("name", fx.unique("Épicerie"), "type", "STORE",
                "legalName", "Association Épicerie du Z", "siret", "81234567600017"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        store = org.text("id");
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        String bread = product(admin, "1.70", "5.5");
        String soap = product(admin, "2.40", "20");
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Comptoir")).text("id");
        Api.Response open = cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "20.00"));
        assertThat(open.status()).as(open.toString()).isEqualTo(201);
        session = open.text("id");
        sell(till, bread, "2", "CASH", "3.40");
        sell(till, soap, "1", "CARD", "2.40");
        assertThat(cashier.post("/api/tills/" + till + "/sessions/current/movements", Map.of("type", "CASH_OUT",
                "amount", "5.00", "reason", "Dépôt en banque")).status()).isEqualTo(201);
        // 20.00 + 3.40 − 5.00 = 18.40 expected, 16.40 counted: 2.00 short
        Api.Response z = cashier.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "16.40", "CARD", "2.40")));
        assertThat(z.status()).as(z.toString()).isEqualTo(200);
        zSeal = printed(z);
        Api.Response day = manager.post("/api/closings", Map.of("organization", store, "kind", "DAY",
                "period", LocalDate.now(ZoneId.of("Europe/Paris")).toString()));
        assertThat(day.status()).as(day.toString()).isEqualTo(201);
        closing = day.text("id");
        closingSeal = printed(day);
    }

    /** The short form of a record's seal that its print shows. */
    static String printed(Api.Response sealed) {
        JsonNode seal = sealed.json().path("seal");
        return seal.path("hash").asText().substring(0, 8) + "-" + seal.path("sequence").asText();
    }

    static String product(Api admin, String price, String rate) {
        Api.Response p = admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", fx.unique("Produit"),
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", price, "vatRate", rate));
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        fx.stock(store, p.text("id"), "10");
        return p.text("id");
    }

    static void sell(String till, String product, String quantity, String method, String amount) {
        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                "lines", List.of(Map.of("product", product, "quantity", quantity)),
                "payments", List.of(Map.of("method", method, "amount", amount))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    static String pdfText(Api who, String query, String dumpAs) throws IOException {
        Http.Raw r = Http.get(who, "/api/reports/closing?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        dump(dumpAs, r.body());
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(226f);
            return normalized(new PDFTextStripper().getText(pdf));
        }
    }

    @Test
    void theZShowsPerMethodWhatWasExpectedCountedAndTheDifferencePerRateTheVatAndTheCashMovements()
            throws IOException {
        String text = pdfText(cashier, "session=" + session, "z.pdf");
        assertThat(text).contains("Association Épicerie du Z", "SIRET 81234567600017", "Z n° 1 — Caisse 1 (Comptoir)",
                "Fond de caisse 20,00 €", "Tickets : 2 — retours : 0", "Espèces 18,40 16,40 -2,00",
                "Carte 2,40 2,40 +0,00", "Total TTC 5,80 €", "A 5,5 % 3,22 0,18 3,40", "B 20 % 2,00 0,40 2,40",
                "Retrait — Dépôt en banque -5,00 €", "Scellé " + zSeal);
        assertThat(text).containsPattern("Ouverte le \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2}:\\d{2} par cashier");
        String csv = Http.get(cashier, "/api/reports/closing?format=csv&session=" + session).text();
        assertThat(csv.split("\r\n")).containsExactly("method,expected,counted,difference,total",
                "CASH,18.40,16.40,-2.00,", "CARD,2.40,2.40,0.00,");
    }

    @Test
    void theDaysClosingShowsItsTotalsPerMethodAndRateAndThePerpetualTotal() throws IOException {
        String text = pdfText(manager, "closing=" + closing, "closing-day.pdf");
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        assertThat(text).contains("Clôture journalière " + today, "Tickets : 2 — retours : 0", "Espèces 3,40 €",
                "Carte 2,40 €", "Total TTC 5,80 €", "Cumul du mois 5,80 €", "Grand total perpétuel 5,80 €",
                "A 5,5 % 3,22 0,18 3,40", "B 20 % 2,00 0,40 2,40", "Scellé " + closingSeal);
    }

    @Test
    void onlyTheStoresManagerPrintsItsClosingsAndItsTillsRolesItsZ() {
        assertThat(Http.get(cashier, "/api/reports/closing?closing=" + closing).status()).isEqualTo(403);
        Api otherManager = fx.user("MANAGER", fx.store());
        assertThat(Http.get(otherManager, "/api/reports/closing?closing=" + closing).status()).isEqualTo(404);
        assertThat(Http.get(otherManager, "/api/reports/closing?session=" + session).status()).isEqualTo(404);
        assertThat(Http.get(fx.user("REFERRER", store), "/api/reports/closing?session=" + session).status())
                .isEqualTo(403);
        Api.Response none = manager.get("/api/reports/closing");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("FIELD_REQUIRED");
        // a session still open has no Z yet
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse 2")).text("id");
        String open = cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "0.00")).text("id");
        assertThat(Http.get(cashier, "/api/reports/closing?session=" + open).status()).isEqualTo(404);
    }
}
