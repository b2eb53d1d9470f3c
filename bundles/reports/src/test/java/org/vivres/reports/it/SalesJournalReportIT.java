package org.vivres.reports.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.reports.it.TicketReportIT.dump;
import static org.vivres.reports.it.TicketReportIT.normalized;

import java.io.IOException;
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

/** {@code GET /api/reports/sales-journal}: the day's journal printed for the closing of the till. */
@ExtendWith(VivresSystem.class)
class SalesJournalReportIT {
    static Fixtures fx;
    static String store;
    static Api cashier;
    static String sale;
    static String refund;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        String jam = fx.product("4.20");
        fx.stock(store, jam, "10");
        Api.Response first = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", jam, "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "8.40"))));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        sale = first.text("documentNo");
        assertThat(cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", jam, "quantity", "1")),
                "payments", List.of(Map.of("method", "CARD", "amount", "4.20")))).status()).isEqualTo(201);
        Api.Response back = cashier.post("/api/tickets/" + first.text("id") + "/returns",
                Map.of("lines", List.of(Map.of("product", jam, "quantity", "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        refund = back.text("documentNo");
    }

    @Test
    void thePdfListsTheTicketsAndWhatEachMethodTookIn() throws IOException {
        Http.Raw r = Http.get(cashier, "/api/reports/sales-journal?organization=" + store);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        dump("sales-journal.pdf", r.body());
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = normalized(new PDFTextStripper().getText(pdf));
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(text).contains("Journal de caisse", "Période le " + today, sale, refund, "Vente", "Retour", "Espèces 8,40 €",
                    "Carte 4,20 €", "Espèces -4,20 €", "Ventes (2 tickets) 12,60 €", "Retours (1 ticket) -4,20 €",
                    "Net 8,40 €", "Carte 1 ticket 4,20 €", "Espèces 2 tickets 4,20 €");
        }
    }

    @Test
    void theCsvHasOneRowPerTicket() {
        Http.Raw r = Http.get(cashier, "/api/reports/sales-journal?format=csv&organization=" + store);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String[] rows = r.text().split("\r\n");
        assertThat(rows[0]).isEqualTo("documentNo,time,kind,total,payments");
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).startsWith(sale + ",").endsWith(",SALE,8.40,CASH 8.40");
        assertThat(rows[3]).startsWith(refund + ",").endsWith(",RETURN,-4.20,CASH -4.20");
    }

    @Test
    void anotherStoresJournalIsRefused() {
        Api.Response r = fx.user("MANAGER", fx.store()).get("/api/reports/sales-journal?organization=" + store);
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        Api.Response missing = cashier.get("/api/reports/sales-journal");
        assertThat(missing.code()).isEqualTo("FIELD_REQUIRED");
    }

    @Test
    void thePdfGivesTheVatTablePerRateAddedUpFromTheTickets() throws IOException {
        Http.Raw r = Http.get(cashier, "/api/reports/sales-journal?organization=" + store);
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = normalized(new PDFTextStripper().getText(pdf));
            // per ticket: 8.40 → 0.44, 4.20 → 0.22, the return −4.20 → −0.22; the journal adds the stored rows
            assertThat(text).contains("TVA par taux (prix TTC)", "A 5,5 % 7,96 € 0,44 € 8,40 €");
        }
        Api.Response json = cashier.get("/api/tickets/journal?organization=" + store);
        assertThat(json.json().path("byVatRate").toString())
                .isEqualTo("[{\"rate\":\"5.50\",\"base\":\"7.96\",\"vat\":\"0.44\",\"total\":\"8.40\"}]");
    }
}
