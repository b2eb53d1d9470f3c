package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * What changes after enrolment: a household's contribution follows its means, a household leaves the fund and comes
 * back, a funder's pledge is signed. Each change is refused cleanly and never touches a balance.
 */
@ExtendWith(VivresSystem.class)
class CaisseChangesIT {
    static Api admin;
    static CaisseFixtures cx;
    static String store;
    static Api manager;
    static Api referrer;
    static Api cashier;
    static String carrots;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        admin = vivres.admin();
        cx = new CaisseFixtures(admin);
        store = cx.fx.store();
        manager = cx.fx.user("MANAGER", store);
        referrer = cx.fx.user("REFERRER", store);
        cashier = cx.fx.user("CASHIER", store);
        carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of("ORGANIC"), 20);
        cx.fx.stock(store, carrots, "100000");
    }

    private static String contribution(String member) {
        return "/api/caisse/members/" + member + "/contribution";
    }

    private static String active(String member) {
        return "/api/caisse/members/" + member + "/active";
    }

    @Test
    void aNewContributionIsCollectedFromTheNextMonthOpened() {
        String fund = cx.fund("100.00", "1.00", "150.00");
        String member = cx.member(fund, cx.fx.household(store), "1.00");
        cx.openPeriod(fund, "2026-12");

        Api.Response r = referrer.put(contribution(member), Map.of("contribution", "30.00"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("contribution")).isEqualTo("30.00");
        assertThat(r.text("balance")).isEqualTo("100.00");
        assertThat(manager.get("/api/caisse/members/" + member).text("contribution")).isEqualTo("30.00");
        assertThat(cx.fundView(fund).path("monthlyNet").asText()).isEqualTo("70.00");
        Api.Response next = admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2027-01"));
        assertThat(next.text("contributions")).isEqualTo("30.00");
        assertThat(cx.balance(member)).isEqualByComparingTo(cx.ledgerBalance(member)).isEqualByComparingTo("200.00");
    }

    @Test
    void contributionChangesAreRefusedWithoutWritingAnything() {
        String fund = cx.fund("100.00", "1.00", "150.00");
        String member = cx.member(fund, cx.fx.household(store), "5.00");

        Api.Response low = manager.put(contribution(member), Map.of("contribution", "0.99"));
        assertThat(low.status()).isEqualTo(422);
        assertThat(low.code()).isEqualTo("CONTRIBUTION_OUT_OF_RANGE");
        assertThat(low.message()).contains("0.99").contains("150.00");
        assertThat(manager.put(contribution(member), Map.of("contribution", "150.01")).code())
                .isEqualTo("CONTRIBUTION_OUT_OF_RANGE");
        assertThat(manager.put(contribution(member), Map.of()).status()).isEqualTo(400);
        assertThat(manager.put(contribution(member), Map.of("contribution", "abc")).status()).isEqualTo(400);
        assertThat(manager.put(contribution(member), Map.of("contribution", "9.00", "balance", "1000.00")).status())
                .as("no other field, the balance least of all").isEqualTo(400);
        assertThat(cashier.put(contribution(member), Map.of("contribution", "9.00")).status()).isEqualTo(403);
        Api foreign = cx.fx.user("MANAGER", cx.fx.store());
        assertThat(foreign.put(contribution(member), Map.of("contribution", "9.00")).status()).isEqualTo(404);
        assertThat(manager.put(contribution(UUID.randomUUID().toString()), Map.of("contribution", "9.00")).status())
                .isEqualTo(404);

        JsonNode read = manager.get("/api/caisse/members/" + member).json();
        assertThat(read.path("contribution").asText()).isEqualTo("5.00");
        assertThat(read.path("balance").asText()).isEqualTo("0.00");
    }

    @Test
    void aHouseholdThatLeavesIsNeitherCreditedNorPaidForAndKeepsItsBalanceUntilItComesBack() {
        String fund = cx.fund("100.00", "1.00", null);
        cx.convention(fund, store);
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "2.00");
        cx.openPeriod(fund, "2026-12");

        Api.Response left = manager.put(active(member), Map.of("active", false));

        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().path("active").asBoolean()).isFalse();
        assertThat(cx.fundView(fund).path("members").asInt()).isZero();
        Api.Response refused = cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "2")),
                List.of(pay("CAISSE", "5.00"))));
        assertThat(refused.code()).isEqualTo("CAISSE_NOT_MEMBER");
        Api.Response january = admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2027-01"));
        assertThat(january.json().path("members").asInt()).isZero();
        assertThat(cx.balance(member)).isEqualByComparingTo("100.00");

        Api.Response back = referrer.put(active(member), Map.of("active", true));
        assertThat(back.json().path("active").asBoolean()).isTrue();
        Api.Response paid = cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "2")),
                List.of(pay("CAISSE", "5.00"))));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        cx.openPeriod(fund, "2027-02");
        assertThat(cx.balance(member)).isEqualByComparingTo(cx.ledgerBalance(member)).isEqualByComparingTo("195.00");

        assertThat(manager.put(active(member), Map.of()).status()).isEqualTo(400);
        assertThat(manager.put(active(member), Map.of("active", "peut-être")).status()).isEqualTo(400);
    }

    @Test
    void anErasedHouseholdCannotComeBack() {
        String fund = cx.fund("100.00", "1.00", null);
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "2.00");
        assertThat(admin.delete("/api/households/" + household).status()).isIn(200, 204);

        Api.Response back = manager.put(active(member), Map.of("active", true));

        assertThat(back.status()).isEqualTo(422);
        assertThat(back.code()).isEqualTo("HOUSEHOLD_ERASED");
        assertThat(admin.get("/api/caisse/members/" + member).json().path("active").asBoolean()).isFalse();
    }

    /** The change writes its column only: a stale membership row written back would give spent euros back. */
    @Test
    void contributionChangesDuringPaymentsNeverUndoADebit() throws Exception {
        String fund = cx.fund("100.00", "1.00", "150.00");
        cx.convention(fund, store);
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "1.00");
        cx.openPeriod(fund, "2026-12");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                work.add(() -> cashier.post("/api/tickets", ticket(store, household, List.of(line(carrots, "1")),
                        List.of(pay("CAISSE", "2.50")))).status());
                String amount = (1 + i) + ".00";
                work.add(() -> manager.put(contribution(member), Map.of("contribution", amount)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(work)) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 200 || s == 201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(cx.ledgerSum(member, "DEBIT")).isEqualByComparingTo("50.00");
        assertThat(cx.balance(member)).isEqualByComparingTo(cx.ledgerBalance(member)).isEqualByComparingTo("50.00");
    }

    @Test
    void aSignedPledgeBecomesSecuredMoneyAndLengthensTheRunway() {
        String fund = cx.fund("100.00", "1.00", null);
        cx.source(fund, "Métropole", "PUBLIC", "1000.00", "SECURED");
        String pledge = CaisseFixtures.created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of(
                "funder", "Fondation", "kind", "PRIVATE", "amount", "2000.00", "status", "PENDING")));
        cx.member(fund, cx.fx.household(store), "50.00");
        String projection = "/api/caisse/funds/" + fund + "/projection?months=12";
        assertThat(admin.get(projection).json().path("runwayMonthsSecuredOnly").asInt()).isEqualTo(20);

        Map<String, Object> signed = new HashMap<>(Map.of("funder", "Fondation de France", "kind", "PRIVATE",
                "amount", "2500.00", "status", "SECURED"));
        Api.Response r = admin.put("/api/caisse/funds/" + fund + "/sources/" + pledge, signed);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("status")).isEqualTo("SECURED");
        assertThat(r.text("funder")).isEqualTo("Fondation de France");
        JsonNode view = cx.fundView(fund);
        assertThat(view.path("secured").asText()).isEqualTo("3500.00");
        assertThat(view.path("pending").asText()).isEqualTo("0.00");
        assertThat(view.path("available").asText()).isEqualTo("3500.00");
        assertThat(admin.get(projection).json().path("runwayMonthsSecuredOnly").asInt()).isEqualTo(70);
    }

    @Test
    void sourceChangesAreRefusedWithoutWritingAnything() {
        String fund = cx.fund("100.00", "1.00", null);
        String other = cx.fund("100.00", "1.00", null);
        String pledge = CaisseFixtures.created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of(
                "funder", "Ville", "kind", "PUBLIC", "amount", "500.00", "status", "PENDING")));
        Map<String, Object> ok = Map.of("funder", "Ville", "kind", "PUBLIC", "amount", "500.00", "status", "SECURED");
        String path = "/api/caisse/funds/" + fund + "/sources/" + pledge;

        assertThat(admin.put(path, Map.of("funder", "Ville", "kind", "PUBLIC", "amount", "500.00", "status", "SIGNED"))
                .status()).isEqualTo(400);
        assertThat(admin.put(path, Map.of("funder", "Ville", "kind", "PUBLIC", "amount", "-1.00", "status", "SECURED"))
                .status()).isEqualTo(400);
        assertThat(admin.put(path, Map.of("kind", "PUBLIC", "amount", "500.00", "status", "SECURED")).status())
                .isEqualTo(400);
        assertThat(manager.put(path, ok).status()).isEqualTo(403);
        assertThat(admin.put("/api/caisse/funds/" + other + "/sources/" + pledge, ok).status())
                .as("a source is changed through its own fund").isEqualTo(404);
        assertThat(admin.put("/api/caisse/funds/" + fund + "/sources/" + UUID.randomUUID(), ok).status())
                .isEqualTo(404);

        JsonNode view = cx.fundView(fund);
        assertThat(view.path("pending").asText()).isEqualTo("500.00");
        assertThat(view.path("secured").asText()).isEqualTo("0.00");
    }
}
