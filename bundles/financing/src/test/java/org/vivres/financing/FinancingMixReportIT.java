package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.vivres.it.ReportHttp;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/financing-mix}: a store's whole financing over a period, side by side and valued, gathered
 * from the caisse (its conventioned fund's funders, its members' contributions), pricing (what support tiers paid above
 * the reference) and this bundle (gifts in kind, money gifts, volunteer hours), with the mix computed here again from
 * the data set; another store's figures stay out; and the refusals.
 */
@ExtendWith(VivresSystem.class)
class FinancingMixReportIT {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.now(PARIS);
    static final LocalDate FIRST = TODAY.withDayOfMonth(1);

    static Api admin;
    static Fixtures fx;
    static String store;
    static String storeName;
    static Api manager;
    static String fundName;
    /** The figures expected, in the report's order: {kind, group, label, amount}. */
    static final List<String[]> EXPECTED = new ArrayList<>();

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        Reports.await(admin, "financing-mix", "donation-receipt", "activity");
        storeName = fx.unique("Épicerie « Mix »");
        store = created(admin.post("/api/organizations", Map.of("name", storeName, "type", "STORE")));
        manager = fx.user("MANAGER", store);

        // the caisse: a fund conventioned with the store, three sources, a member paying 10.00 this month
        fundName = fx.unique("Caisse");
        String fund = created(admin.post("/api/caisse/funds", Map.of("name", fundName, "monthlyAllowance", "50.00",
                "minContribution", "1.00")));
        source(fund, "Ville de Lyon", "PUBLIC", "1000.00", "SECURED");
        source(fund, "Fondation Solidaire", "PRIVATE", "500.00", "PENDING");
        source(fund, "Comité citoyen", "CITIZEN", "50.00", "SECURED");
        created(admin.post("/api/caisse/funds/" + fund + "/conventions", Map.of("organization", store,
                "validFrom", "2020-01-01")));
        created(admin.post("/api/caisse/funds/" + fund + "/members", Map.of("household", fx.household(store),
                "contribution", "10.00")));
        created(admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", FIRST.toString().substring(0, 7))));

        // pricing: a support tier at 125 %: a bread of 3.40 sold 4.25, 0.85 above the reference
        String bread = fx.product("3.40");
        String tier = fx.unique("S").toUpperCase();
        assertThat(admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Soutien", "organization", store,
                "percentOfReference", "125", "categoryPercents", Map.of())).status()).isEqualTo(201);
        String household = fx.household(store);
        assertThat(admin.put("/api/households/" + household + "/tier", Map.of("tier", tier,
                "validFrom", TODAY.minusDays(30).toString(), "validTo", TODAY.plusDays(30).toString())).status())
                .isEqualTo(200);
        Api.Response sale = fx.user("CASHIER", store).post("/api/tickets", Map.of("organization", store,
                "household", household, "lines", List.of(Map.of("product", bread, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "4.25"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        // the till's cagnotte: a 4 € gift to the store's own cagnotte, paid in cash with a bread at reference price
        Api.Response gift = fx.user("CASHIER", store).post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", bread, "quantity", "1"),
                        Map.of("donation", Map.of("organization", store, "amount", "4.00"))),
                "payments", List.of(Map.of("method", "CASH", "amount", "7.40"))));
        assertThat(gift.status()).as(gift.toString()).isEqualTo(201);

        // gifts: goods (2 × 1.50), equipment, money; 3.5 volunteer hours at 12.02
        String donor = created(manager.post("/api/donors", Map.of("name", fx.unique("Boulangerie"), "kind", "COMPANY")));
        donate(manager, store, donor, "GOODS", Map.of("lines", List.of(Map.of("product", bread, "quantity", "2",
                "unitValue", "1.50"))));
        donate(manager, store, donor, "EQUIPMENT", Map.of("description", "Réfrigérateur", "value", "120.00"));
        donate(manager, store, donor, "MONEY", Map.of("description", "Chèque", "value", "45.50"));
        assertThat(manager.post("/api/volunteering", Map.of("organization", store, "volunteer", "Camille",
                "date", TODAY.toString(), "hours", "3.5", "task", "DISTRIBUTION")).status()).isEqualTo(201);

        // another store's gifts and hours are not this store's
        String elsewhere = fx.store();
        Api other = fx.user("MANAGER", elsewhere);
        String otherDonor = created(other.post("/api/donors", Map.of("name", fx.unique("Mécène"), "kind", "COMPANY")));
        donate(other, elsewhere, otherDonor, "MONEY", Map.of("description", "Virement", "value", "999.00"));

        String caisse = " — caisse « " + fundName + " »";
        expect("PUBLIC", "Financements publics", "Ville de Lyon" + caisse + " (acquis)", "1000.00");
        expect("FOUNDATIONS", "Fondations et mécènes", "Fondation Solidaire" + caisse + " (en cours)", "500.00");
        expect("MEMBERS", "Cotisations des membres", "Cotisations des membres" + caisse, "10.00");
        expect("HOUSEHOLDS", "Participation des ménages",
                "Participation des ménages : tarifs de soutien au-delà du prix de référence", "0.85");
        expect("IN_KIND", "Dons en nature", "Dons en nature : marchandises", "3.00");
        expect("IN_KIND", "Dons en nature", "Dons en nature : équipement", "120.00");
        expect("CAGNOTTE", "Dons en argent et cagnotte", "Comité citoyen" + caisse + " (acquis)", "50.00");
        expect("CAGNOTTE", "Dons en argent et cagnotte", "Dons en argent (cagnotte)", "45.50");
        expect("CAGNOTTE", "Dons en argent et cagnotte", "Cagnotte de l'épicerie (dons en caisse)", "4.00");
        expect("VOLUNTEERING", "Bénévolat valorisé", "Bénévolat : 3,50 h valorisées", "42.07");
    }

    static void source(String fund, String funder, String kind, String amount, String status) {
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", funder, "kind", kind,
                "amount", amount, "status", status)));
    }

    static void donate(Api as, String org, String donor, String kind, Map<String, Object> rest) {
        Map<String, Object> body = new HashMap<>(rest);
        body.putAll(Map.of("organization", org, "donor", donor, "kind", kind, "receivedOn", TODAY.toString()));
        created(as.post("/api/donations", body));
    }

    static void expect(String kind, String group, String label, String amount) {
        EXPECTED.add(new String[] {kind, group, label, amount});
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    static BigDecimal total() {
        return EXPECTED.stream().map(e -> new BigDecimal(e[3])).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static ReportHttp.Raw report(Api as, String format, String query) {
        return ReportHttp.get(as, "/api/reports/financing-mix?format=" + format + "&" + query);
    }

    static String period() {
        return "organization=" + store + "&from=" + FIRST + "&to=" + TODAY;
    }

    @Test
    void theCsvGivesEveryFigureValuedWithItsShareOfTheWhole() {
        ReportHttp.Raw r = report(manager, "csv", period());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        BigDecimal total = total();
        assertThat(total).isEqualByComparingTo("1775.42");
        List<String> lines = new ArrayList<>(List.of("kind,group,label,amount,share"));
        for (String[] e : EXPECTED) {
            BigDecimal share = new BigDecimal(e[3]).multiply(BigDecimal.valueOf(100)).divide(total, 1,
                    RoundingMode.HALF_UP);
            lines.add(String.join(",", e[0], csvField(e[1]), csvField(e[2]), e[3], share.toPlainString()));
        }
        assertThat(r.text().split("\r\n")).containsExactlyElementsOf(lines);
    }

    @Test
    void thePdfShowsTheMixSideBySideWithItsTotalAndChart() throws IOException {
        ReportHttp.Raw r = report(manager, "pdf", period());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = ReportHttp.normalized(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Mix de financement", "Financements publics", "Fondations et mécènes",
                    "Participation des ménages", "Dons en nature", "Dons en argent et cagnotte", "Bénévolat valorisé",
                    "1 000,00 €", "56,3 %", "Sous-total « Dons en nature » 123,00 € 6,9 %",
                    "Total des ressources valorisées 1 775,42 €");
            assertThat(text.replace(" ", "")).contains(storeName.replace(" ", ""));
            // the pie: drawn as a graphic of its own on the page
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void anotherPeriodHasOnlyWhatIsUndatedTheCaissesSources() {
        LocalDate before = FIRST.minusMonths(2);
        ReportHttp.Raw r = report(manager, "csv", "organization=" + store + "&from=" + before + "&to="
                + before.plusDays(10));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text()).contains("Ville de Lyon", "1000.00").doesNotContain("Cotisations des membres")
                .contains("\"Bénévolat : 0,00 h valorisées\",0.00");
    }

    @Test
    void refusalsChangeNothingAndSayWhy() {
        Api.Response cashier = fx.user("CASHIER", store).get("/api/reports/financing-mix?" + period());
        assertThat(cashier.status()).isEqualTo(403);
        assertThat(cashier.code()).isEqualTo("ROLE_FORBIDDEN");
        Api.Response foreign = fx.user("MANAGER", fx.store()).get("/api/reports/financing-mix?" + period());
        assertThat(foreign.status()).isEqualTo(403);
        Api.Response reversed = manager.get("/api/reports/financing-mix?organization=" + store + "&from=" + TODAY
                + "&to=" + TODAY.minusDays(1));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.code()).isEqualTo("INVALID_DATE_RANGE");
        assertThat(reversed.message()).contains("date de fin");
        Api.Response missing = manager.get("/api/reports/financing-mix?from=" + FIRST + "&to=" + TODAY);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("FIELD_REQUIRED");
        Api.Response noDate = manager.get("/api/reports/financing-mix?organization=" + store + "&to=" + TODAY);
        assertThat(noDate.code()).isEqualTo("FIELD_REQUIRED");
    }
}
