package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Paying with {@code CAISSE} at the till, its refusals, and refunds of returns. */
@ExtendWith(VivresSystem.class)
class CaissePaymentIT {
    static VivresSystem system;
    static Api admin;
    static CaisseFixtures cx;
    static String store;
    static Api cashier;
    static String carrots;
    static String soda;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        admin = vivres.admin();
        cx = new CaisseFixtures(admin);
        store = cx.fx.store();
        cashier = cx.fx.user("CASHIER", store);
        carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of("ORGANIC"), 20);
        soda = cx.fx.product("BOISSONS", "1.20", "UNIT", List.of(), 500);
        cx.fx.stock(store, carrots, "1000");
        cx.fx.stock(store, soda, "1000");
    }

    private record Funded(String fund, String household, String member) {
    }

    /** A fund of its own (so that opening its month credits no one else) with one member of the store, credited once. */
    private static Funded funded() {
        String fund = cx.fund("100.00", "1.00", null);
        cx.convention(fund, store);
        cx.criterion(fund, Map.of("excludedCategories", List.of("BOISSONS")));
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "2.00");
        cx.openPeriod(fund, "2026-12");
        return new Funded(fund, household, member);
    }

    @Test
    void theCaissePaysTheEligibleLinesAndCashTheRest() {
        Funded hm = funded();
        String before = cx.fx.onHand(store, carrots);
        Api.Response t = cashier.post("/api/tickets", ticket(store, hm.household(),
                List.of(line(carrots, "4"), line(soda, "2")), List.of(pay("CAISSE", "10.00"), pay("CASH", "2.40"))));
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
        assertThat(t.text("total")).isEqualTo("12.40");
        assertThat(t.json().path("payments").findValuesAsText("method")).containsExactlyInAnyOrder("CAISSE", "CASH");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo(cx.ledgerBalance(hm.member())).isEqualByComparingTo("90.00");
        JsonNode debit = cx.ledger(hm.member()).stream().filter(e -> e.path("kind").asText().equals("DEBIT")).findFirst()
                .orElseThrow();
        assertThat(debit.path("amount").asText()).isEqualTo("10.00");
        assertThat(debit.path("ticket").asText()).isEqualTo(t.text("id"));
        assertThat(debit.path("store").asText()).isEqualTo(store);
        assertThat(debit.path("balanceAfter").asText()).isEqualTo("90.00");
        assertThat(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal(cx.fx.onHand(store, carrots))))
                .isEqualByComparingTo("4");
    }

    /**
     * The debit's ledger row is written by one statement with the membership's debit: it must read as the entity
     * saves of the ledger do (the refund below), stamped by the cashier at the time of the sale, version 0, in the
     * household's store, with the balance it left.
     */
    @Test
    void aTillDebitIsWrittenToTheLedgerAsEveryEntryIs() throws Exception {
        Funded hm = funded();
        Api.Response sale = cashier.post("/api/tickets", ticket(store, hm.household(), List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Api.Response back = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(carrots, "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        Map<String, Map<String, Object>> rows = new java.util.HashMap<>();
        var db = system.running().database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement st = c.prepareStatement("select e.kind, e.organization_id = m.organization_id"
                        + " as household_store, e.created_by, e.updated_by, e.created_at, e.updated_at, e.version,"
                        + " e.balance_after, e.fund_id, e.store_id, t.created_by as ticket_by,"
                        + " e.created_at >= t.created_at and e.created_at < t.created_at + interval '1 minute' as at_sale"
                        + " from caisse_ledger_entry e join caisse_member m on m.id = e.member_id"
                        + " join erp_ticket t on t.id = e.ticket_id where e.member_id = ?")) {
            st.setObject(1, UUID.fromString(hm.member()));
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString("kind"), Map.of("householdStore", r.getBoolean("household_store"),
                            "createdBy", r.getString("created_by"), "updatedBy", r.getString("updated_by"),
                            "ticketBy", r.getString("ticket_by"), "sameTime",
                            r.getObject("created_at").equals(r.getObject("updated_at")), "version", r.getLong("version"),
                            "balanceAfter", r.getBigDecimal("balance_after").toPlainString(),
                            "fund", r.getString("fund_id"), "store", r.getString("store_id"),
                            "atSale", r.getBoolean("at_sale")));
                }
            }
        }
        assertThat(rows).containsOnlyKeys("DEBIT", "REFUND");
        Map<String, Object> debit = rows.get("DEBIT");
        Map<String, Object> refund = rows.get("REFUND");
        assertThat(debit.get("createdBy")).isEqualTo(debit.get("ticketBy")).isEqualTo(debit.get("updatedBy"))
                .isEqualTo(refund.get("createdBy"));
        for (Map<String, Object> row : List.of(debit, refund)) {
            assertThat(row).containsEntry("householdStore", true).containsEntry("sameTime", true)
                    .containsEntry("version", 0L).containsEntry("fund", hm.fund()).containsEntry("store", store)
                    .containsEntry("atSale", true);
        }
        assertThat(debit).containsEntry("balanceAfter", "90.00");
        assertThat(refund).containsEntry("balanceAfter", "92.50");
        JsonNode shown = cx.ledger(hm.member()).stream().filter(e -> e.path("kind").asText().equals("DEBIT"))
                .findFirst().orElseThrow();
        assertThat(shown.path("balanceAfter").asText()).isEqualTo("90.00");
        assertThat(shown.path("ticket").asText()).isEqualTo(sale.text("id"));
        assertThat(shown.path("createdAt").isTextual()).isTrue();
    }

    /** Two caisse payments on one ticket: each is debited and written, together within the eligible lines. */
    @Test
    void aTicketMayBePaidByTheCaisseInSeveralPayments() {
        Funded hm = funded();
        Api.Response split = cashier.post("/api/tickets", ticket(store, hm.household(),
                List.of(line(carrots, "4"), line(soda, "2")),
                List.of(pay("CAISSE", "6.00"), pay("CAISSE", "4.00"), pay("CASH", "2.40"))));
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        assertThat(cx.balance(hm.member())).isEqualByComparingTo(cx.ledgerBalance(hm.member()))
                .isEqualByComparingTo("90.00");
        assertThat(cx.ledger(hm.member()).stream().filter(e -> e.path("kind").asText().equals("DEBIT"))
                .map(e -> e.path("amount").asText() + "/" + e.path("balanceAfter").asText()))
                .containsExactlyInAnyOrder("6.00/94.00", "4.00/90.00");
    }

    /**
     * A household of several funds pays with its oldest membership of a fund conventioned with the store, and only
     * with it: when that fund may not pay the lines, the payment is refused even if a younger membership could.
     */
    @Test
    void theOldestConventionedMembershipPaysAndOnlyIt() {
        String household = cx.fx.household(store);
        String elsewhere = cx.fund("100.00", "1.00", null);
        String noDrinks = cx.fund("100.00", "1.00", null);
        cx.convention(noDrinks, store);
        cx.criterion(noDrinks, Map.of("excludedCategories", List.of("BOISSONS")));
        String anything = cx.fund("100.00", "1.00", null);
        cx.convention(anything, store);
        List<String> members = new java.util.ArrayList<>();
        for (String fund : List.of(elsewhere, noDrinks, anything)) {
            members.add(cx.member(fund, household, "2.00"));
            cx.openPeriod(fund, "2026-12");
        }

        Api.Response drinks = cashier.post("/api/tickets", ticket(store, household, List.of(line(soda, "1")),
                List.of(pay("CAISSE", "1.20"))));
        assertThat(drinks.status()).as(drinks.toString()).isEqualTo(422);
        assertThat(drinks.code()).isEqualTo("CAISSE_NOT_ELIGIBLE");
        Api.Response vegetables = cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "1")),
                List.of(pay("CAISSE", "2.50"))));
        assertThat(vegetables.status()).as(vegetables.toString()).isEqualTo(201);
        assertThat(members.stream().map(cx::balance).map(java.math.BigDecimal::toPlainString))
                .containsExactly("100.00", "97.50", "100.00");
        assertThat(cx.ledgerSum(members.get(1), "DEBIT")).isEqualByComparingTo("2.50");
    }

    @Test
    void theCaisseCannotPayMoreThanTheEligibleLines() {
        Funded hm = funded();
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = ticket(store, hm.household(), List.of(line(carrots, "4"), line(soda, "2")),
                List.of(pay("CAISSE", "10.01"), pay("CASH", "2.39")));
        body.put("id", id);
        Api.Response r = cashier.post("/api/tickets", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("CAISSE_NOT_ELIGIBLE");
        Api.Response split = cashier.post("/api/tickets", ticket(store, hm.household(),
                List.of(line(carrots, "4"), line(soda, "2")),
                List.of(pay("CAISSE", "6.00"), pay("CAISSE", "4.01"), pay("CASH", "2.39"))));
        assertThat(split.code()).isEqualTo("CAISSE_NOT_ELIGIBLE");
        assertThat(cashier.get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("100.00");
        assertThat(cx.ledgerSum(hm.member(), "DEBIT")).isZero();
    }

    @Test
    void theCaisseCannotPayMoreThanTheBalance() {
        Funded hm = funded();
        Api.Response r = cashier.post("/api/tickets", ticket(store, hm.household(), List.of(line(carrots, "40.004")),
                List.of(pay("CAISSE", "100.01"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("CAISSE_INSUFFICIENT_BALANCE");
        assertThat(r.message()).contains("100.01").contains("100.00");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("100.00");
        Api.Response all = cashier.post("/api/tickets", ticket(store, hm.household(), List.of(line(carrots, "40")),
                List.of(pay("CAISSE", "100.00"))));
        assertThat(all.status()).as(all.toString()).isEqualTo(201);
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("0.00");
    }

    @Test
    void onlyMembersPay() {
        Api.Response anonymous = cashier.post("/api/tickets", ticket(store, null, List.of(line(carrots, "1")),
                List.of(pay("CAISSE", "2.50"))));
        assertThat(anonymous.status()).isEqualTo(422);
        assertThat(anonymous.code()).isEqualTo("CAISSE_NOT_MEMBER");
        Api.Response stranger = cashier.post("/api/tickets", ticket(store, cx.fx.household(store),
                List.of(line(carrots, "1")), List.of(pay("CAISSE", "2.50"))));
        assertThat(stranger.code()).isEqualTo("CAISSE_NOT_MEMBER");
        assertThat(cashier.english().post("/api/tickets", ticket(store, null, List.of(line(carrots, "1")),
                List.of(pay("CAISSE", "2.50")))).message()).contains("not a member");
    }

    @Test
    void onlyConventionedStoresOnTheTicketDateTakeTheCaisse() {
        Funded hm = funded();
        String other = cx.fx.store();
        Api.Response elsewhere = admin.post("/api/tickets", ticket(other, hm.household(), List.of(line(carrots, "1")),
                List.of(pay("CAISSE", "2.50"))));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.code()).isEqualTo("CAISSE_NOT_CONVENTIONED");
        String expired = cx.fx.store();
        CaisseFixtures.created(admin.post("/api/caisse/funds/" + hm.fund() + "/conventions", Map.of("organization", expired,
                "validFrom", "2020-01-01", "validTo", "2020-12-31")));
        String future = cx.fx.store();
        CaisseFixtures.created(admin.post("/api/caisse/funds/" + hm.fund() + "/conventions", Map.of("organization", future,
                "validFrom", "2999-01-01")));
        for (String s : List.of(expired, future)) {
            assertThat(admin.post("/api/tickets", ticket(s, hm.household(), List.of(line(carrots, "1")),
                    List.of(pay("CAISSE", "2.50")))).code()).isEqualTo("CAISSE_NOT_CONVENTIONED");
        }
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("100.00");
    }

    @Test
    void returnsGiveTheEligibleValueBackToTheCaisseAndTheRestInCash() {
        Funded hm = funded();
        Api.Response sale = cashier.post("/api/tickets", ticket(store, hm.household(),
                List.of(line(carrots, "4"), line(soda, "2")), List.of(pay("CAISSE", "10.00"), pay("CASH", "2.40"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        String path = "/api/tickets/" + sale.text("id") + "/returns";

        Api.Response carrotsBack = cashier.post(path, Map.of("lines", List.of(line(carrots, "2"))));
        assertThat(carrotsBack.status()).as(carrotsBack.toString()).isEqualTo(201);
        assertThat(payment(carrotsBack, "CAISSE")).isEqualTo("-5.00");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("95.00");
        JsonNode refund = cx.ledger(hm.member()).stream().filter(e -> e.path("kind").asText().equals("REFUND"))
                .findFirst().orElseThrow();
        assertThat(refund.path("ticket").asText()).isEqualTo(carrotsBack.text("id"));
        assertThat(refund.path("originalTicket").asText()).isEqualTo(sale.text("id"));

        Api.Response sodaBack = cashier.post(path, Map.of("lines", List.of(line(soda, "2"))));
        assertThat(payment(sodaBack, "CASH")).isEqualTo("-2.40");
        assertThat(payment(sodaBack, "CAISSE")).isNull();
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("95.00");

        cashier.post(path, Map.of("lines", List.of(line(carrots, "2"))));
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("100.00");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo(cx.ledgerBalance(hm.member()));
    }

    @Test
    void aReturnNeverGivesTheCaisseMoreThanItPaid() {
        Funded hm = funded();
        Api.Response sale = cashier.post("/api/tickets", ticket(store, hm.household(), List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "6.00"), pay("CASH", "4.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        String path = "/api/tickets/" + sale.text("id") + "/returns";
        Api.Response first = cashier.post(path, Map.of("lines", List.of(line(carrots, "3"))));
        assertThat(payment(first, "CAISSE")).isEqualTo("-6.00");
        assertThat(payment(first, "CASH")).isEqualTo("-1.50");
        Api.Response second = cashier.post(path, Map.of("lines", List.of(line(carrots, "1"))));
        assertThat(payment(second, "CAISSE")).isNull();
        assertThat(payment(second, "CASH")).isEqualTo("-2.50");
        assertThat(cx.balance(hm.member())).isEqualByComparingTo("100.00");
        assertThat(cx.ledgerSum(hm.member(), "REFUND")).isEqualByComparingTo("6.00");
    }

    private static String payment(Api.Response ticket, String method) {
        for (JsonNode p : ticket.json().path("payments")) {
            if (p.path("method").asText().equals(method)) {
                return p.path("amount").asText();
            }
        }
        return null;
    }
}
