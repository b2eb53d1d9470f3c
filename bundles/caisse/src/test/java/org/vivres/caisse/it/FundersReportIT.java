package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;
import static org.vivres.caisse.it.FundReportIT.PRIVATE_FUNDER;
import static org.vivres.caisse.it.MemberStatementReportIT.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/funders}: every fund's sources and what each fund paid for in the period
 * (allowances credited, spent in the stores), over funds with and without sources or movements.
 */
@ExtendWith(VivresSystem.class)
class FundersReportIT {
    static CaisseFixtures cx;
    static String store;
    static YearMonth month;
    static String funded;
    static String unfunded;
    static String idle;
    static String silent;

    @BeforeAll
    static void setUp(Api admin) {
        cx = new CaisseFixtures(admin);
        ReportHttp.awaitReports(admin);
        store = cx.fx.store();
        month = YearMonth.parse(CaisseFixtures.month());
        String carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of(), 10);

        String fund = cx.fund("50.00", "0.00", null);
        cx.source(fund, "Ville de Lyon", "PUBLIC", "1000.00", "SECURED");
        cx.source(fund, PRIVATE_FUNDER, "PRIVATE", "500.00", "PENDING");
        cx.convention(fund, store);
        String household = cx.fx.household(store);
        cx.member(fund, household, "0.00");
        cx.member(fund, cx.fx.household(store), "0.00");
        cx.openPeriod(fund, month.toString());
        Api cashier = cx.fx.user("CASHIER", store);
        Api.Response sale = cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(carrots, "1")))).status()).isEqualTo(201);
        funded = name(fund);

        String noSource = cx.fund("30.00", "0.00", null);
        cx.member(noSource, cx.fx.household(store), "0.00");
        cx.openPeriod(noSource, month.toString());
        unfunded = name(noSource);

        String noMovement = cx.fund("40.00", "0.00", null);
        cx.source(noMovement, "Mécène", "PRIVATE", "300.00", "SECURED");
        idle = name(noMovement);

        silent = name(cx.fund("40.00", "0.00", null));
    }

    private static String name(String fund) {
        return cx.fundView(fund).path("name").asText();
    }

    static String path(Object from, Object to) {
        return "/api/reports/funders?from=" + from + "&to=" + to;
    }

    @Test
    void eachFundsSourcesComeWithWhatTheFundPaidForInThePeriod() {
        List<String> lines = ReportHttp.ok(cx.fx.user("MANAGER", store), path(month.atDay(1), month.atEndOfMonth()),
                "csv").lines();

        assertThat(lines.get(0)).isEqualTo("fund,funder,kind,status,amount,fundAllowances,fundSpent");
        // 2 members × 50.00 credited, 10.00 paid less 2.50 returned
        assertThat(lines).filteredOn(l -> l.startsWith(funded + ",")).containsExactly(
                funded + ",Ville de Lyon,PUBLIC,SECURED,1000.00,100.00,7.50",
                funded + ",\"" + PRIVATE_FUNDER + "\",PRIVATE,PENDING,500.00,100.00,7.50");
        assertThat(lines).filteredOn(l -> l.startsWith(unfunded + ",")).containsExactly(unfunded + ",,,,,30.00,0.00");
        assertThat(lines).filteredOn(l -> l.startsWith(idle + ",")).containsExactly(
                idle + ",Mécène,PRIVATE,SECURED,300.00,0.00,0.00");
        assertThat(lines).noneMatch(l -> l.startsWith(silent + ","));
    }

    @Test
    void theHeaderTotalsTheSecuredAndPendingSourcesOfEveryFund() {
        String from = month.atDay(1).toString();
        String to = month.atEndOfMonth().toString();
        List<String> lines = ReportHttp.ok(cx.admin, path(from, to), "csv").lines();
        BigDecimal secured = sum(lines, "SECURED");
        BigDecimal pending = sum(lines, "PENDING");
        assertThat(secured).isGreaterThanOrEqualTo(new BigDecimal("1300.00"));

        String text = ReportHttp.ok(cx.admin, path(from, to), "pdf").pdfText();

        assertThat(text).contains("Financeurs des caisses alimentaires", "Acquis " + euros(secured),
                "En cours " + euros(pending), "Total " + euros(secured.add(pending)), funded, PRIVATE_FUNDER);
    }

    @Test
    void thePdfSaysWhatEachFundPaidForAndInAll() {
        String from = month.atDay(1).toString();
        String to = month.atEndOfMonth().toString();
        Map<String, BigDecimal[]> byFund = new LinkedHashMap<>();
        List<String> lines = ReportHttp.ok(cx.admin, path(from, to), "csv").lines();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            byFund.put(cells[0], new BigDecimal[] {new BigDecimal(cells[cells.length - 2]),
                    new BigDecimal(cells[cells.length - 1])});
        }
        BigDecimal allowances = byFund.values().stream().map(v -> v[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = byFund.values().stream().map(v -> v[1]).reduce(BigDecimal.ZERO, BigDecimal::add);

        String text = ReportHttp.ok(cx.admin, path(from, to), "pdf").pdfText();

        assertThat(text).contains("« " + funded + " » sur la période : allocations " + euros(new BigDecimal("100.00"))
                + ", dépensé " + euros(new BigDecimal("7.50")));
        assertThat(text).contains("« " + unfunded + " » sur la période : allocations "
                + euros(new BigDecimal("30.00")) + ", dépensé " + euros(BigDecimal.ZERO));
        assertThat(text).contains("Allocations versées " + euros(allowances), "Dépensé " + euros(spent));
    }

    @Test
    void everySourceCountsButOnlyWhatWasPaidForInThePeriod() {
        List<String> lines = ReportHttp.ok(cx.admin, path("2020-01-01", "2020-12-31"), "csv").lines();
        assertThat(lines).filteredOn(l -> l.startsWith(funded + ",")).containsExactly(
                funded + ",Ville de Lyon,PUBLIC,SECURED,1000.00,0.00,0.00",
                funded + ",\"" + PRIVATE_FUNDER + "\",PRIVATE,PENDING,500.00,0.00,0.00");
        assertThat(lines).filteredOn(l -> l.startsWith(idle + ","))
                .containsExactly(idle + ",Mécène,PRIVATE,SECURED,300.00,0.00,0.00");
        // a fund without sources shows only when it paid for something
        assertThat(lines).noneMatch(l -> l.startsWith(unfunded + ","));

        YearMonth next = month.plusMonths(1);
        List<String> nextMonth = ReportHttp.ok(cx.admin, path(next.atDay(1), next.atEndOfMonth()), "csv").lines();
        assertThat(nextMonth).noneMatch(l -> l.startsWith(unfunded + ","));
        assertThat(nextMonth).filteredOn(l -> l.startsWith(funded + ","))
                .containsExactly(funded + ",Ville de Lyon,PUBLIC,SECURED,1000.00,0.00,0.00",
                        funded + ",\"" + PRIVATE_FUNDER + "\",PRIVATE,PENDING,500.00,0.00,0.00");
    }

    @Test
    void theCaisseReportsAreListedWithTheirParameters() {
        Api.Response r = cx.fx.user("REFERRER", store).get("/api/reports");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, String> expected = Map.of("caisse-member-statement", "member,card,fund,month", "caisse-fund",
                "fund,from,to", "caisse-settlement", "fund,month", "funders", "from,to");
        for (JsonNode item : r.json().path("items")) {
            String name = item.path("name").asText();
            if (expected.containsKey(name)) {
                List<String> parameters = new ArrayList<>();
                item.path("parameters").forEach(p -> parameters.add(p.asText()));
                assertThat(String.join(",", parameters)).as(name).isEqualTo(expected.get(name));
            }
        }
        assertThat(r.json().path("items").findValuesAsText("name")).containsAll(expected.keySet());
    }

    @Test
    void missingMalformedOrReversedDatesAre400AndCashiersAre403() {
        String from = month.atDay(1).toString();
        String to = month.atEndOfMonth().toString();
        assertRefused(cx.admin.get("/api/reports/funders?to=" + to), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get("/api/reports/funders?from=" + from), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path("2026-1-1", to)), 400, "INVALID_DATE");
        assertRefused(cx.admin.get(path(to, from)), 400, "INVALID_DATE_RANGE");
        assertRefused(cx.fx.user("CASHIER", store).get(path(from, to)), 403, "ROLE_FORBIDDEN");
    }

    private static BigDecimal sum(List<String> csv, String status) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : csv.subList(1, csv.size())) {
            // the amount is the third field from the end; a quoted funder may hold commas
            String[] fields = line.split(",");
            if (fields[fields.length - 4].equals(status)) {
                sum = sum.add(new BigDecimal(fields[fields.length - 3]));
            }
        }
        return sum;
    }

    private static String euros(BigDecimal amount) {
        return ReportHttp.normalized(NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount));
    }
}
