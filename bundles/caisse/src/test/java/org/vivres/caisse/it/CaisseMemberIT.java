package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Members, their ledgers, monthly periods, the household facet and personal data. */
@ExtendWith(VivresSystem.class)
class CaisseMemberIT {
    static VivresSystem system;
    static Api admin;
    static CaisseFixtures cx;
    static String store;
    static Api manager;
    static Api referrer;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        admin = vivres.admin();
        cx = new CaisseFixtures(admin);
        store = cx.fx.store();
        manager = cx.fx.user("MANAGER", store);
        referrer = cx.fx.user("REFERRER", store);
    }

    private static String membersPath(String fund) {
        return "/api/caisse/funds/" + fund + "/members";
    }

    @Test
    void managersAndReferrersOfTheHouseholdsStoreEnrolIt() {
        String fund = cx.fund("100.00", "1.00", "150.00");
        String household = cx.fx.household(store);
        Api.Response r = referrer.post(membersPath(fund), Map.of("household", household, "contribution", "1.00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("household")).isEqualTo(household);
        assertThat(r.text("contribution")).isEqualTo("1.00");
        assertThat(r.text("balance")).isEqualTo("0.00");
        JsonNode read = manager.get("/api/caisse/members/" + r.text("id")).json();
        assertThat(read.path("balance").asText()).isEqualTo("0.00");
        assertThat(read.path("contribution").asText()).isEqualTo("1.00");
        assertThat(read.path("fund").asText()).isEqualTo(fund);
        Api.Response top = manager.post(membersPath(fund), Map.of("household", cx.fx.household(store),
                "contribution", "150.00"));
        assertThat(top.status()).as(top.toString()).isEqualTo(201);
        assertThat(manager.get(membersPath(fund)).json().path("items")).hasSize(2);
        assertThat(cx.fundView(fund).path("members").asInt()).isEqualTo(2);
        assertThat(cx.fundView(fund).path("monthlyNet").asText()).isEqualTo("49.00");
    }

    @Test
    void enrolmentRefusalsWriteNothing() {
        String fund = cx.fund("100.00", "1.00", "150.00");
        String household = cx.fx.household(store);
        Api.Response low = manager.post(membersPath(fund), Map.of("household", household, "contribution", "0.99"));
        assertThat(low.status()).isEqualTo(422);
        assertThat(low.code()).isEqualTo("CONTRIBUTION_OUT_OF_RANGE");
        Api.Response high = manager.post(membersPath(fund), Map.of("household", household, "contribution", "150.01"));
        assertThat(high.status()).isEqualTo(422);
        assertThat(high.code()).isEqualTo("CONTRIBUTION_OUT_OF_RANGE");
        assertThat(manager.post(membersPath(fund), Map.of("household", household, "contribution", 5)).code())
                .isEqualTo("INVALID_FIELD");
        assertThat(manager.post(membersPath(fund), Map.of("household", household)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post(membersPath(fund), Map.of("household", UUID.randomUUID().toString(),
                "contribution", "5.00")).status()).isEqualTo(404);
        Api foreignManager = cx.fx.user("MANAGER", cx.fx.store());
        Api.Response foreign = foreignManager.post(membersPath(fund), Map.of("household", household,
                "contribution", "5.00"));
        assertThat(foreign.status()).isEqualTo(403);
        Api cashier = cx.fx.user("CASHIER", store);
        assertThat(cashier.post(membersPath(fund), Map.of("household", household, "contribution", "5.00")).status())
                .isEqualTo(403);
        assertThat(manager.post("/api/caisse/funds/" + UUID.randomUUID() + "/members", Map.of("household", household,
                "contribution", "5.00")).status()).isEqualTo(404);
        assertThat(admin.get(membersPath(fund)).json().path("items")).isEmpty();

        cx.member(fund, household, "5.00");
        Api.Response twice = manager.post(membersPath(fund), Map.of("household", household, "contribution", "7.00"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_MEMBER");
        JsonNode members = admin.get(membersPath(fund)).json().path("items");
        assertThat(members).hasSize(1);
        assertThat(members.get(0).path("contribution").asText()).isEqualTo("5.00");
    }

    @Test
    void concurrentEnrolmentsOfOneHouseholdMakeOneMember() throws Exception {
        String fund = cx.fund("100.00", "1.00", null);
        String household = cx.fx.household(store);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String contribution = (i + 1) + ".00";
            Callable<Api.Response> post = () -> {
                go.await();
                return manager.post(membersPath(fund), Map.of("household", household, "contribution", contribution));
            };
            results.add(pool.submit(post));
        }
        go.countDown();
        int createdCount = 0;
        for (Future<Api.Response> f : results) {
            Api.Response r = f.get();
            if (r.status() == 201) {
                createdCount++;
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.code()).isEqualTo("ALREADY_MEMBER");
            }
        }
        pool.shutdown();
        assertThat(createdCount).isEqualTo(1);
        assertThat(admin.get(membersPath(fund)).json().path("items")).hasSize(1);
    }

    @Test
    void anotherStoreCannotReadAMember() {
        String fund = cx.fund("100.00", "1.00", null);
        String member = cx.member(fund, cx.fx.household(store), "3.00");
        Api foreign = cx.fx.user("MANAGER", cx.fx.store());
        assertThat(foreign.get("/api/caisse/members/" + member).status()).isEqualTo(404);
        assertThat(foreign.get("/api/caisse/members/" + member + "/ledger").status()).isEqualTo(404);
        assertThat(foreign.get(membersPath(fund)).raw()).doesNotContain(member);
        assertThat(admin.get("/api/caisse/members/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void openingAMonthCollectsContributionsCreditsAllowancesOnceAndCarriesTheRestOver() {
        String fund = cx.fund("100.00", "1.00", null);
        String small = cx.member(fund, cx.fx.household(store), "1.00");
        String large = cx.member(fund, cx.fx.household(store), "120.00");
        Api.Response p = admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2026-12"));
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        assertThat(p.text("month")).isEqualTo("2026-12");
        assertThat(p.json().path("members").asInt()).isEqualTo(2);
        assertThat(p.text("contributions")).isEqualTo("121.00");
        assertThat(p.text("allowances")).isEqualTo("200.00");
        assertThat(cx.balance(small)).isEqualByComparingTo("100.00");
        List<JsonNode> ledger = cx.ledger(small);
        assertThat(ledger).extracting(e -> e.path("kind").asText()).containsExactly("CONTRIBUTION", "ALLOWANCE");
        assertThat(ledger).allSatisfy(e -> assertThat(e.path("period").asText()).isEqualTo(p.text("id")));
        assertThat(ledger.get(1).path("balanceAfter").asText()).isEqualTo("100.00");
        assertThat(ledger.get(0).path("date").asText()).isEqualTo("2026-12-01");

        Api.Response again = admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2026-12"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PERIOD_ALREADY_OPEN");
        assertThat(cx.balance(small)).isEqualByComparingTo("100.00");
        assertThat(cx.ledger(small)).hasSize(2);

        cx.openPeriod(fund, "2027-01");
        assertThat(cx.balance(small)).isEqualByComparingTo("200.00");
        assertThat(cx.balance(large)).isEqualByComparingTo("200.00");
        JsonNode view = cx.fundView(fund);
        assertThat(view.path("contributionsCollected").asText()).isEqualTo("242.00");
        assertThat(view.path("allowancesCredited").asText()).isEqualTo("400.00");
        assertThat(view.path("available").asText()).isEqualTo("-158.00");
        assertThat(manager.get("/api/caisse/funds/" + fund + "/periods").json().path("items")
                .findValuesAsText("month")).containsExactly("2027-01", "2026-12");
    }

    @Test
    void periodRefusals() {
        String fund = cx.fund("100.00", "1.00", null);
        String member = cx.member(fund, cx.fx.household(store), "2.00");
        String path = "/api/caisse/funds/" + fund + "/periods";
        assertThat(admin.post(path, Map.of("month", "2026-13")).code()).isEqualTo("INVALID_MONTH");
        assertThat(admin.post(path, Map.of("month", "2026-12-01")).code()).isEqualTo("INVALID_MONTH");
        assertThat(admin.post(path, Map.of()).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post(path, Map.of("month", "2026-12")).status()).isEqualTo(403);
        assertThat(admin.post("/api/caisse/funds/" + UUID.randomUUID() + "/periods", Map.of("month", "2026-12"))
                .status()).isEqualTo(404);
        assertThat(cx.balance(member)).isEqualByComparingTo("0.00");
        assertThat(cx.ledger(member)).isEmpty();
        assertThat(admin.get(path).json().path("items")).isEmpty();
    }

    @Test
    void adminsOpeningTheSameMonthAtOnceCreditItOnce() throws Exception {
        String fund = cx.fund("100.00", "1.00", null);
        String member = cx.member(fund, cx.fx.household(store), "4.00");
        int posts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(posts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> results = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            Callable<Api.Response> post = () -> {
                go.await();
                return admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2027-03"));
            };
            results.add(pool.submit(post));
        }
        go.countDown();
        int createdCount = 0;
        for (Future<Api.Response> f : results) {
            Api.Response r = f.get();
            if (r.status() == 201) {
                createdCount++;
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.code()).isEqualTo("PERIOD_ALREADY_OPEN");
            }
        }
        pool.shutdown();
        assertThat(createdCount).isEqualTo(1);
        assertThat(cx.balance(member)).isEqualByComparingTo("100.00");
        assertThat(cx.ledgerSum(member, "ALLOWANCE")).isEqualByComparingTo("100.00");
        assertThat(cx.ledgerSum(member, "CONTRIBUTION")).isEqualByComparingTo("4.00");
    }

    @Test
    void theHouseholdShowsItsMembershipsAndBalance() {
        String fund = cx.fund("100.00", "1.00", null);
        String household = cx.fx.household(store);
        Api cashier = cx.fx.user("CASHIER", store);
        assertThat(cashier.get("/api/households/" + household).json().has("caisseMemberships")).isFalse();
        String member = cx.member(fund, household, "3.00");
        cx.openPeriod(fund, "2026-12");
        JsonNode memberships = cashier.get("/api/households/" + household).json().path("caisseMemberships");
        assertThat(memberships).hasSize(1);
        assertThat(memberships.get(0).path("fund").asText()).isEqualTo(fund);
        assertThat(memberships.get(0).path("member").asText()).isEqualTo(member);
        assertThat(memberships.get(0).path("balance").asText()).isEqualTo("100.00");
    }

    @Test
    void exportShowsTheLedgerAndErasureDeactivatesMembershipsButKeepsTheLedger() {
        String fund = cx.fund("100.00", "1.00", null);
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "3.00");
        cx.member(fund, cx.fx.household(store), "5.00");
        cx.openPeriod(fund, "2026-12");
        Api.Response export = manager.get("/api/households/" + household + "/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        JsonNode caisse = export.json().path("caisse");
        assertThat(caisse.path("memberships")).hasSize(1);
        assertThat(caisse.path("memberships").get(0).path("id").asText()).isEqualTo(member);
        assertThat(caisse.path("ledger")).hasSize(2);

        assertThat(manager.delete("/api/households/" + household).status()).isEqualTo(204);
        JsonNode read = admin.get("/api/caisse/members/" + member).json();
        assertThat(read.path("active").asBoolean()).isFalse();
        assertThat(cx.ledger(member)).hasSize(2);
        assertThat(cx.fundView(fund).path("members").asInt()).isEqualTo(1);
        assertThat(cx.fundView(fund).path("monthlyNet").asText()).isEqualTo("95.00");
        Api.Response p = admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2027-01"));
        assertThat(p.json().path("members").asInt()).isEqualTo(1);
        assertThat(cx.balance(member)).isEqualByComparingTo("100.00");
        assertThat(manager.post(membersPath(cx.fund("50.00", "1.00", null)), Map.of("household", household,
                "contribution", "2.00")).code()).isEqualTo("HOUSEHOLD_ERASED");
    }

    @Test
    void ledgerEntriesCanNeitherChangeNorDisappear() throws Exception {
        String fund = cx.fund("100.00", "1.00", null);
        String member = cx.member(fund, cx.fx.household(store), "3.00");
        cx.openPeriod(fund, "2026-12");
        var db = system.running().database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (String sql : List.of("update caisse_ledger_entry set amount = 1000 where member_id = ?",
                    "delete from caisse_ledger_entry where member_id = ?")) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setObject(1, UUID.fromString(member));
                    assertThatThrownBy(st::executeUpdate).isInstanceOf(SQLException.class)
                            .hasMessageContaining("append-only");
                }
            }
        }
        assertThat(cx.ledger(member)).hasSize(2);
        assertThat(cx.ledgerBalance(member)).isEqualByComparingTo("100.00");
    }
}
