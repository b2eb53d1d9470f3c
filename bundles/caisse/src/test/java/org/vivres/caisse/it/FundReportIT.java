package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;
import static org.vivres.caisse.it.MemberStatementReportIT.assertRefused;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/caisse-fund}: a fund's sources and what moved in a period (two months opened,
 * a purchase and a return at the till), the stocks at the period's end, the runway, and the refusals.
 */
@ExtendWith(VivresSystem.class)
class FundReportIT {
    static final String PRIVATE_FUNDER = "Fondation « Solidarité », Lyon";
    static CaisseFixtures cx;
    static String store;
    static String fund;
    static String fundName;
    static YearMonth month;

    @BeforeAll
    static void setUp(Api admin) {
        cx = new CaisseFixtures(admin);
        ReportHttp.awaitReports(admin);
        store = cx.fx.store();
        fund = cx.fund("50.00", "0.00", null);
        fundName = cx.fundView(fund).path("name").asText();
        cx.source(fund, "Ville de Lyon", "PUBLIC", "1000.00", "SECURED");
        cx.source(fund, PRIVATE_FUNDER, "PRIVATE", "500.00", "PENDING");
        cx.source(fund, "Habitants du quartier", "CITIZEN", "120.50", "SECURED");
        cx.convention(fund, store);
        String carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of(), 10);
        String household = cx.fx.household(store);
        cx.member(fund, household, "5.00");
        cx.member(fund, cx.fx.household(store), "0.00");
        month = YearMonth.parse(CaisseFixtures.month());
        cx.openPeriod(fund, month.minusMonths(1).toString());
        cx.openPeriod(fund, month.toString());
        Api cashier = cx.fx.user("CASHIER", store);
        Api.Response sale = cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(carrots, "1")))).status()).isEqualTo(201);
    }

    static String path(String fund, Object from, Object to) {
        return "/api/reports/caisse-fund?fund=" + fund + "&from=" + from + "&to=" + to;
    }

    @Test
    void theListOfReportsSaysWhereTheFundsArePickedFrom() {
        Api.Response list = cx.fx.user("MANAGER", store).get("/api/reports");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (com.fasterxml.jackson.databind.JsonNode report : list.json().path("items")) {
            String name = report.path("name").asText();
            if (List.of("caisse-fund", "caisse-settlement", "caisse-member-statement").contains(name)) {
                assertThat(report.path("choices").path("fund").asText()).as(name).isEqualTo("/api/caisse/funds?limit=500");
            } else if ("sales-journal".equals(name)) {
                assertThat(report.path("choices").size()).isZero();
            }
        }
    }

    @Test
    void theCsvListsTheFundsSourcesInTheOrderTheyWereRecorded() {
        List<String> lines = ReportHttp.ok(cx.fx.user("MANAGER", cx.fx.store()),
                path(fund, month.atDay(1), month.atEndOfMonth()), "csv").lines();

        assertThat(lines).containsExactly("funder,kind,status,amount",
                "Ville de Lyon,PUBLIC,SECURED,1000.00",
                "\"" + PRIVATE_FUNDER + "\",PRIVATE,PENDING,500.00",
                "Habitants du quartier,CITIZEN,SECURED,120.50");
    }

    @Test
    void thePdfShowsWhatMovedInTheMonthWhatIsLeftAndTheRunway() {
        String text = ReportHttp.ok(cx.fx.user("REFERRER", store), path(fund, month.atDay(1), month.atEndOfMonth()),
                "pdf").pdfText();

        // contributions 5.00 and allowances 2 × 50.00 this month; 10.00 paid, 2.50 returned
        // available = 1 120.50 secured + 10.00 collected − 200.00 credited; runway = (930.50 + 500.00) / 95.00
        assertThat(text).contains("situation du fonds", fundName, "Financements acquis 1 120,50 €",
                "Financements en cours 500,00 €", "Cotisations perçues 5,00 €", "Allocations versées 100,00 €",
                "Dépensé en magasin 7,50 €", "Disponible 930,50 €", "Autonomie (mois) 15",
                "Total des financements 1 620,50 €", PRIVATE_FUNDER);
        assertThat(cx.fundView(fund).path("available").asText()).isEqualTo("930.50");
    }

    @Test
    void theMovementsAreThoseDatedInThePeriodAndTheStocksThoseAtItsEnd() {
        YearMonth previous = month.minusMonths(1);
        String html = ReportHttp.ok(cx.admin, path(fund, previous.atDay(1), previous.atEndOfMonth()), "html")
                .htmlText();
        assertThat(html).contains("Cotisations perçues 5,00 €", "Allocations versées 100,00 €",
                "Dépensé en magasin 0,00 €", "Disponible 1 025,50 €", "Autonomie (mois) 16");

        String both = ReportHttp.ok(cx.admin, path(fund, previous.atDay(1), month.atEndOfMonth()), "html")
                .htmlText();
        assertThat(both).contains("Cotisations perçues 10,00 €", "Allocations versées 200,00 €",
                "Dépensé en magasin 7,50 €", "Disponible 930,50 €");

        // before any month was opened: the sources (they have no date of their own), nothing moved
        Api.Response before = cx.admin.get(path(fund, "2020-01-01", "2020-12-31") + "&format=csv");
        assertThat(before.raw().split("\r\n")).hasSize(4);
        assertThat(ReportHttp.ok(cx.admin, path(fund, "2020-01-01", "2020-12-31"), "html").htmlText())
                .contains("Financements acquis 1 120,50 €", "Cotisations perçues 0,00 €", "Allocations versées 0,00 €",
                        "Disponible 1 120,50 €", "Autonomie (mois) 17");
    }

    @Test
    void theRunwayIsLeftOutWhenNoMemberCostsTheFundAnything() {
        String empty = cx.fund("50.00", "0.00", null);
        cx.source(empty, "Ville de Lyon", "PUBLIC", "300.00", "SECURED");

        String html = ReportHttp.ok(cx.admin, path(empty, month.atDay(1), month.atEndOfMonth()), "html").htmlText();

        assertThat(html).contains("Disponible 300,00 €").doesNotContain("Autonomie");
    }

    @Test
    void missingMalformedOrReversedParametersAre400() {
        String from = month.atDay(1).toString();
        String to = month.atEndOfMonth().toString();
        assertRefused(cx.admin.get("/api/reports/caisse-fund?from=" + from + "&to=" + to), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path("x" + fund, from, to)), 400, "INVALID_PARAMETER");
        assertRefused(cx.admin.get("/api/reports/caisse-fund?fund=" + fund + "&to=" + to), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get("/api/reports/caisse-fund?fund=" + fund + "&from=" + from), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path(fund, "2026-02-30", to)), 400, "INVALID_DATE");
        assertRefused(cx.admin.get(path(fund, from, "01/12/2026")), 400, "INVALID_DATE");
        assertRefused(cx.admin.get(path(fund, to, from)), 400, "INVALID_DATE_RANGE");
    }

    @Test
    void anUnknownFundIsNotFoundAndCashiersMayNotReadFunds() {
        String from = month.atDay(1).toString();
        assertRefused(cx.admin.get(path(UUID.randomUUID().toString(), from, from)), 404, "NOT_FOUND");
        assertRefused(cx.fx.user("CASHIER", store).get(path(fund, from, from)), 403, "ROLE_FORBIDDEN");
    }
}
