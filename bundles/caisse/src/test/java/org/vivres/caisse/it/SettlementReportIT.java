package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;
import static org.vivres.caisse.it.MemberStatementReportIT.FRENCH_MONTH;
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
 * {@code GET /api/reports/caisse-settlement}: what a fund owes each conventioned store for a month, before
 * the settlement is established (as it would be now) and after (as it was recorded), and its refusals.
 */
@ExtendWith(VivresSystem.class)
class SettlementReportIT {
    static CaisseFixtures cx;
    static String fundName;
    static String storeAName;
    static String storeBName;
    static String storeA;
    static String storeB;
    static String household;
    static String carrots;
    static String fund;
    static String month;

    @BeforeAll
    static void setUp(Api admin) {
        cx = new CaisseFixtures(admin);
        ReportHttp.awaitReports(admin);
        storeAName = cx.fx.unique("Épicerie du Centre");
        storeA = CaisseFixtures.created(admin.post("/api/organizations", Map.of("name", storeAName, "type", "STORE")));
        storeBName = cx.fx.unique("Bio Sud");
        storeB = CaisseFixtures.created(admin.post("/api/organizations", Map.of("name", storeBName, "type", "STORE")));
        fund = cx.fund("100.00", "0.00", null);
        fundName = cx.fundView(fund).path("name").asText();
        cx.convention(fund, storeA);
        cx.convention(fund, storeB);
        carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of(), 10);
        household = cx.fx.household(storeA);
        cx.member(fund, household, "0.00");
        month = CaisseFixtures.month();
        cx.openPeriod(fund, month);
        Api cashierA = cx.fx.user("CASHIER", storeA);
        Api.Response t1 = cashierA.post("/api/tickets", ticket(storeA, household, List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(t1.status()).as(t1.toString()).isEqualTo(201);
        assertThat(cashierA.post("/api/tickets/" + t1.text("id") + "/returns",
                Map.of("lines", List.of(line(carrots, "1")))).status()).isEqualTo(201);
        assertThat(cashierA.post("/api/tickets", ticket(storeA, household, List.of(line(carrots, "2")),
                List.of(pay("CASH", "5.00")))).status()).isEqualTo(201);
        purchase(storeB, "2", "5.00");
    }

    private static void purchase(String store, String kilos, String amount) {
        Api.Response t = cx.fx.user("CASHIER", store).post("/api/tickets", ticket(store, household,
                List.of(line(carrots, kilos)), List.of(pay("CAISSE", amount))));
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
    }

    static String path(String fund, String month) {
        return "/api/reports/caisse-settlement?fund=" + fund + "&month=" + month;
    }

    @Test
    void theSettlementPrintsWhatEachStoreIsOwedByNameBeforeAndAfterItIsEstablished() {
        List<String> expected = List.of("organization,tickets,amount", storeBName + ",1,5.00", storeAName + ",2,7.50");
        assertThat(ReportHttp.ok(cx.admin, path(fund, month), "csv").lines()).containsExactlyElementsOf(expected);
        assertThat(ReportHttp.ok(cx.admin, path(fund, month), "html").htmlText())
                .contains(fundName, FRENCH_MONTH.format(YearMonth.parse(month)), "Total à régler 12,50 €");

        Api.Response settled = cx.admin.post("/api/caisse/funds/" + fund + "/settlements", Map.of("month", month));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(201);
        assertThat(settled.text("total")).isEqualTo("12.50");
        // spent after the settlement: paid next month, not reprinted into this one
        purchase(storeB, "1", "2.50");

        assertThat(ReportHttp.ok(cx.admin, path(fund, month), "csv").lines()).containsExactlyElementsOf(expected);
        assertThat(ReportHttp.ok(cx.admin, path(fund, month), "pdf").pdfText())
                .contains("Règlement aux lieux conventionnés", fundName, "Total à régler 12,50 €", "7,50 €");
    }

    @Test
    void aMonthWithoutCaissePurchasesOwesNothing() {
        assertThat(ReportHttp.ok(cx.admin, path(fund, "2020-01"), "csv").lines())
                .containsExactly("organization,tickets,amount");
        assertThat(ReportHttp.ok(cx.admin, path(fund, "2020-01"), "html").htmlText())
                .contains("Total à régler 0,00 €", "Aucune ligne pour ces critères.");
    }

    @Test
    void onlyTheNetworkAdminPrintsSettlementsLikeHeEstablishesThem() {
        assertRefused(cx.fx.user("MANAGER", storeA).get(path(fund, month)), 403, "ROLE_FORBIDDEN");
        assertRefused(cx.fx.user("REFERRER", storeB).get(path(fund, month)), 403, "ROLE_FORBIDDEN");
    }

    @Test
    void missingMalformedOrUnknownParametersAreRefused() {
        assertRefused(cx.admin.get("/api/reports/caisse-settlement?month=" + month), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path("fonds-1", month)), 400, "INVALID_PARAMETER");
        assertRefused(cx.admin.get("/api/reports/caisse-settlement?fund=" + fund), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path(fund, "12-2026")), 400, "INVALID_MONTH");
        assertRefused(cx.admin.get(path(UUID.randomUUID().toString(), month)), 404, "NOT_FOUND");
    }
}
