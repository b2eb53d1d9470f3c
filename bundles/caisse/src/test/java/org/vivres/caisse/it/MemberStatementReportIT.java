package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/caisse-member-statement}: a member's month, from a ledger built at the till
 * (allowances of two months, a purchase in each of two conventioned stores, a return), and its refusals.
 */
@ExtendWith(VivresSystem.class)
class MemberStatementReportIT {
    static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    static CaisseFixtures cx;
    static String storeA;
    static String storeAName;
    static String storeBName;
    static String household;
    static String reference;
    static String member;
    static String fund;
    static YearMonth month;
    static String sale;
    static String saleReturn;
    static String saleB;

    @BeforeAll
    static void setUp(Api admin) {
        cx = new CaisseFixtures(admin);
        ReportHttp.awaitReports(admin);
        storeAName = cx.fx.unique("Épicerie du Centre");
        storeA = CaisseFixtures.created(admin.post("/api/organizations", Map.of("name", storeAName, "type", "STORE")));
        storeBName = cx.fx.unique("Bio Sud");
        String storeB = CaisseFixtures.created(admin.post("/api/organizations",
                Map.of("name", storeBName, "type", "STORE")));
        fund = cx.fund("100.00", "5.00", null);
        cx.convention(fund, storeA);
        cx.convention(fund, storeB);
        String carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of(), 10);
        household = cx.fx.household(storeA);
        reference = admin.get("/api/households/" + household).text("reference");
        member = cx.member(fund, household, "10.00");
        month = YearMonth.parse(CaisseFixtures.month());
        cx.openPeriod(fund, month.minusMonths(1).toString());
        cx.openPeriod(fund, month.toString());

        Api cashierA = cx.fx.user("CASHIER", storeA);
        Api.Response t1 = cashierA.post("/api/tickets", ticket(storeA, household, List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(t1.status()).as(t1.toString()).isEqualTo(201);
        sale = t1.text("documentNo");
        Api.Response ret = cashierA.post("/api/tickets/" + t1.text("id") + "/returns",
                Map.of("lines", List.of(line(carrots, "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);
        saleReturn = ret.text("documentNo");
        Api.Response t2 = cx.fx.user("CASHIER", storeB).post("/api/tickets", ticket(storeB, household,
                List.of(line(carrots, "2")), List.of(pay("CAISSE", "5.00"))));
        assertThat(t2.status()).as(t2.toString()).isEqualTo(201);
        saleB = t2.text("documentNo");
    }

    static String path(String member, String month) {
        return "/api/reports/caisse-member-statement?member=" + member + "&month=" + month;
    }

    @Test
    void theCsvListsTheMonthsEntriesWithSignedAmountsAndTheBalanceAfterEach() {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        String first = month.atDay(1).toString();
        String name = FRENCH_MONTH.format(month);

        List<String> lines = ReportHttp.ok(cx.fx.user("MANAGER", storeA), path(member, month.toString()), "csv")
                .lines();

        assertThat(lines).containsExactly("date,label,amount,balance",
                first + ",\"Cotisation mensuelle — " + name + " (10,00\u00a0€)\",,100.00",
                first + ",Allocation mensuelle — " + name + ",100.00,200.00",
                today + ",\"Achat — " + storeAName + ", ticket " + sale + "\",-10.00,190.00",
                today + ",\"Retour — " + storeAName + ", ticket " + saleReturn + "\",2.50,192.50",
                today + ",\"Achat — " + storeBName + ", ticket " + saleB + "\",-5.00,187.50");
        // the statement's balances are the ledger's, and it closes on the member's balance
        List<JsonNode> ledger = cx.ledger(member);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(l.lastIndexOf(',') + 1)))
                .containsExactlyElementsOf(ledger.subList(2, ledger.size()).stream()
                        .map(e -> e.path("balanceAfter").asText()).toList());
        assertThat(cx.balance(member)).isEqualByComparingTo("187.50");
    }

    @Test
    void thePdfShowsTheHouseholdTheMonthAndTheOpeningAndClosingBalances() {
        String text = ReportHttp.ok(cx.fx.user("REFERRER", storeA), path(member, month.toString()), "pdf")
                .pdfText();

        assertThat(text).contains("Relevé de compte", reference, FRENCH_MONTH.format(month),
                "Solde d'ouverture 100,00 €", "Solde de clôture 187,50 €", "Allocation mensuelle", "-10,00 €",
                "Page 1 / 1");
        // the member's id wraps at a hyphen in its narrow box
        assertThat(text.replace(" ", "")).contains(member);
    }

    @Test
    void thePreviousMonthOpensAtZeroAndClosesWhereThisOneOpens() {
        YearMonth previous = month.minusMonths(1);
        String first = previous.atDay(1).toString();
        String name = FRENCH_MONTH.format(previous);

        assertThat(ReportHttp.ok(cx.admin, path(member, previous.toString()), "csv").lines()).containsExactly(
                "date,label,amount,balance",
                first + ",\"Cotisation mensuelle — " + name + " (10,00\u00a0€)\",,0.00",
                first + ",Allocation mensuelle — " + name + ",100.00,100.00");
        String html = ReportHttp.ok(cx.admin, path(member, previous.toString()), "html").htmlText();
        assertThat(html).contains("Solde d'ouverture 0,00 €", "Solde de clôture 100,00 €");
    }

    @Test
    void aMonthWithoutEntriesCarriesTheBalanceOver() {
        String next = month.plusMonths(1).toString();
        assertThat(ReportHttp.ok(cx.admin, path(member, next), "csv").lines())
                .containsExactly("date,label,amount,balance");
        assertThat(ReportHttp.ok(cx.admin, path(member, next), "html").htmlText())
                .contains("Solde d'ouverture 187,50 €", "Solde de clôture 187,50 €", "Aucune ligne pour ces critères.");
    }

    @Test
    void missingOrMalformedParametersAre400() {
        assertRefused(cx.admin.get("/api/reports/caisse-member-statement?month=" + month), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path("42", month.toString())), 400, "INVALID_PARAMETER");
        assertRefused(cx.admin.get("/api/reports/caisse-member-statement?member=" + member), 400, "FIELD_REQUIRED");
        assertRefused(cx.admin.get(path(member, "2026/12")), 400, "INVALID_MONTH");
        assertRefused(cx.admin.get(path(member, "2026-13")), 400, "INVALID_MONTH");
    }

    @Test
    void anotherStoresMemberOrAnUnknownOneIsNotFound() {
        Api otherManager = cx.fx.user("MANAGER", cx.fx.store());
        assertRefused(otherManager.get(path(member, month.toString())), 404, "NOT_FOUND");
        assertRefused(cx.admin.get(path(UUID.randomUUID().toString(), month.toString())), 404, "NOT_FOUND");
    }

    @Test
    void theStatementIsFoundByTheHouseholdsCardAsByTheMembersId() {
        Api manager = cx.fx.user("MANAGER", storeA);
        String byId = ReportHttp.ok(manager, path(member, month.toString()), "csv").text();
        String byCard = ReportHttp.ok(manager, byCard(reference, month.toString()), "csv").text();
        assertThat(byCard).isEqualTo(byId);
        assertThat(ReportHttp.ok(cx.admin, byCard(" " + reference + " ", month.toString()) + "&fund=" + fund, "csv")
                .text()).isEqualTo(byId);
    }

    @Test
    void aCardWithoutMemberHereIsNotFoundWithAClearMessage() {
        Api.Response otherStore = cx.fx.user("MANAGER", cx.fx.store()).get(byCard(reference, month.toString()));
        assertRefused(otherStore, 404, "UNKNOWN_MEMBER_CARD");
        assertThat(otherStore.message()).isEqualTo("Aucun membre de la caisse n'a la carte « " + reference
                + " » dans votre structure : vérifiez le numéro de carte.");
        assertRefused(cx.admin.get(byCard("NO-SUCH-CARD", month.toString())), 404, "UNKNOWN_MEMBER_CARD");
        String notMember = cx.admin.get("/api/households/" + cx.fx.household(storeA)).text("reference");
        assertRefused(cx.admin.get(byCard(notMember, month.toString())), 404, "UNKNOWN_MEMBER_CARD");
        String otherFund = cx.fund("50.00", "1.00", null);
        assertRefused(cx.admin.get(byCard(reference, month.toString()) + "&fund=" + otherFund), 404,
                "UNKNOWN_MEMBER_CARD");
    }

    @Test
    void aCardInSeveralFundsAsksWhichFund() {
        String household2 = cx.fx.household(storeA);
        String card = cx.admin.get("/api/households/" + household2).text("reference");
        String fund2 = cx.fund("60.00", "1.00", null);
        cx.member(fund, household2, "10.00");
        cx.member(fund2, household2, "5.00");

        Api.Response r = cx.admin.get(byCard(card, month.toString()));
        assertRefused(r, 422, "MEMBER_FUND_REQUIRED");
        assertThat(r.message()).contains(card);
        assertThat(ReportHttp.ok(cx.admin, byCard(card, month.toString()) + "&fund=" + fund2, "csv").lines())
                .first().isEqualTo("date,label,amount,balance");
    }

    static String byCard(String card, String month) {
        return "/api/reports/caisse-member-statement?card=" + java.net.URLEncoder.encode(card,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "&month=" + month;
    }

    @Test
    void theTillsCashiersMayNotPrintStatements() {
        Api.Response r = cx.fx.user("CASHIER", storeA).get(path(member, month.toString()));
        assertRefused(r, 403, "ROLE_FORBIDDEN");
        assertThat(r.message()).isEqualTo("Votre rôle ne permet pas cette action.");
    }

    static void assertRefused(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.message()).as(r.toString()).isNotBlank().doesNotContain(code);
    }
}
