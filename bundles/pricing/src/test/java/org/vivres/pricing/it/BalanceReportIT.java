package org.vivres.pricing.it;

import org.vivres.it.ReportHttp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/pricing-balance}: the store's balance per tier, rendered by the reports bundle
 * from tickets posted at the till, in CSV and PDF; and the refusals, as {@code GET /api/pricing/balance}'s.
 */
@ExtendWith(VivresSystem.class)
class BalanceReportIT {
    static final String CSV_HEADER = "tier,lines,referenceAmount,paidAmount,difference";
    static PricingFixtures pf;
    static Api admin;
    static String store;
    static String storeName;
    static Api manager;
    static String low;
    static String high;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        pf = new PricingFixtures(admin);
        storeName = pf.fx.unique("Épicerie « Œuf »");
        Api.Response org = admin.post("/api/organizations", Map.of("name", storeName, "type", "STORE"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        store = org.text("id");
        manager = pf.fx.user("MANAGER", store);
        Api cashier = pf.fx.user("CASHIER", store);
        String bread = pf.fx.product("3.40");
        String carrots = pf.fx.product("LEGUMES", "2.45", "KG", List.of(), 20);
        low = pf.tier(store, "50");
        high = pf.tier(store, "125");
        String lowHousehold = pf.householdWith(store, low);
        // 2 breads at 1.70 (3.40 paid for 6.80); 1.333 kg of carrots: 1.64 paid for 3.27
        Api.Response sale = pf.sell(cashier, store, lowHousehold, List.of(line(bread, "2"), line(carrots, "1.333")));
        // one bread back: −1.70 paid for −3.40
        Api.Response ret = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(bread, "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);
        // 4.25 paid for 3.40
        pf.sell(cashier, store, pf.householdWith(store, high), List.of(line(bread, "1")));
        // at the reference price: not in the balance
        pf.sell(cashier, store, null, List.of(line(bread, "3")));
        // another store's tier sales are not this store's
        String elsewhere = pf.fx.store();
        pf.sell(admin, elsewhere, pf.householdWith(elsewhere, pf.tier(elsewhere, "10")), List.of(line(bread, "5")));
    }

    private static String row(String code, String rest) {
        return "Tarif " + code + " (" + code + ")," + rest;
    }

    /** The tiers' rows, ordered by code as the report orders them. */
    private static List<String> expectedRows() {
        List<String> rows = new ArrayList<>(List.of(row(low, "3,6.67,3.34,-3.33"), row(high, "1,3.40,4.25,0.85")));
        rows.sort(null);
        return rows;
    }

    private static ReportHttp.Raw report(Api as, String format, String query) {
        return ReportHttp.get(as, "/api/reports/pricing-balance?format=" + format + "&" + query);
    }

    @Test
    void theCsvHasOneRowPerTierWithItsLinesAtReferenceAndPaidPrices() {
        ReportHttp.Raw r = report(manager, "csv", "organization=" + store + "&from=" + today() + "&to=" + today());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<String> lines = List.of(r.text().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expectedRows());
        // an open period and the network admin: the same rows
        ReportHttp.Raw open = report(admin, "csv", "organization=" + store);
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(open.text()).isEqualTo(r.text());
    }

    @Test
    void thePdfShowsTheStoreThePeriodTheBalanceAndTheTotals() throws IOException {
        ReportHttp.Raw r = report(manager, "pdf", "organization=" + store + "&from=" + today());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = ReportHttp.normalized(new PDFTextStripper().getText(pdf));
            assertThat(text.replace(" ", "")).contains(storeName.replace(" ", ""));
            assertThat(text).contains("Tarification différenciée — bilan",
                    "Du " + today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    "Remises accordées 3,33 €", "Soutien perçu 0,85 €", "Solde net -2,48 €",
                    "3 6,67 € 3,34 € -3,33 €", "1 3,40 € 4,25 € 0,85 €",
                    // 4 lines, 10.07 at reference prices, 7.59 paid
                    "Total 4 10,07 € 7,59 € -2,48 €");
        }
    }

    @Test
    void aPeriodWithoutTierSalesHasNoRowsAndZeroTotals() throws IOException {
        ReportHttp.Raw csv = report(manager, "csv", "organization=" + store + "&from=" + today().plusDays(1));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.text()).isEqualTo(CSV_HEADER + "\r\n");

        ReportHttp.Raw pdf = report(manager, "pdf", "organization=" + store + "&to=" + today().minusDays(1));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(ReportHttp.normalized(new PDFTextStripper().getText(doc)))
                    .contains("Aucune ligne pour ces critères.", "Solde net 0,00 €");
        }
    }

    @Test
    void theReportIsListedWithItsParameters() {
        Api.Response r = manager.get("/api/reports");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = null;
        for (JsonNode item : r.json().path("items")) {
            if (item.path("name").asText().equals("pricing-balance")) {
                report = item;
            }
        }
        assertThat(report).as(r.toString()).isNotNull();
        assertThat(report.path("parameters").toString()).isEqualTo("[\"organization\",\"from\",\"to\"]");
    }

    @Test
    void badParametersAreRefused() {
        Api.Response missing = manager.get("/api/reports/pricing-balance?from=" + today());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("FIELD_REQUIRED");

        Api.Response malformed = manager.get("/api/reports/pricing-balance?organization=abc");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("INVALID_PARAMETER");
        assertThat(malformed.message()).contains("magasin").isNotEqualTo("INVALID_PARAMETER");
        assertThat(manager.english().get("/api/reports/pricing-balance?organization=abc").message())
                .isEqualTo("Parameter \"store\" is not valid.");

        Api.Response date = manager.get("/api/reports/pricing-balance?organization=" + store + "&from=2026-02-30");
        assertThat(date.status()).as(date.toString()).isEqualTo(400);
        assertThat(date.code()).isEqualTo("INVALID_DATE");

        Api.Response period = manager.get("/api/reports/pricing-balance?organization=" + store + "&from=" + today()
                + "&to=" + today().minusDays(1));
        assertThat(period.status()).as(period.toString()).isEqualTo(400);
        assertThat(period.code()).isEqualTo("INVALID_PERIOD");
    }

    @Test
    void onlyTheStoresManagersAndNetworkAdminsMayPrintIt() {
        Api otherManager = pf.fx.user("MANAGER", pf.fx.store());
        Api.Response other = otherManager.get("/api/reports/pricing-balance?organization=" + store);
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("ORGANIZATION_FORBIDDEN");

        for (String role : List.of("CASHIER", "REFERRER")) {
            Api.Response r = pf.fx.user(role, store).get("/api/reports/pricing-balance?organization=" + store);
            assertThat(r.status()).as(role + " " + r).isEqualTo(403);
            assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
            assertThat(r.message()).isNotEqualTo("ROLE_FORBIDDEN");
        }

        Api.Response unknown = admin.get("/api/reports/pricing-balance?organization=" + UUID.randomUUID());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
    }
}
