package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.today;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;
import org.vivres.launcher.DatabaseSettings;

/**
 * {@code POST /api/pricing/assessments}: the quotient, the tier it falls in, the assignment it
 * makes, the refusals, and proof that the income is never stored. The only network-wide tiers
 * with a quotient ceiling in the test system are created here, so the choices are known.
 */
@ExtendWith(VivresSystem.class)
class AssessmentIT {
    static VivresSystem system;
    static PricingFixtures pf;
    static Api admin;
    static String store;
    static String otherStore;
    static String netLow;
    static String ownLow;
    static String netHigh;
    static String theirs;
    static Api referrer;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        admin = vivres.admin();
        pf = new PricingFixtures(admin);
        store = pf.fx.store();
        otherStore = pf.fx.store();
        netLow = pf.tier(null, "20", Map.of(), "350.00", null);
        ownLow = pf.tier(store, "25", Map.of(), "350.00", null);
        netHigh = pf.tier(null, "60", Map.of(), "700.00", null);
        theirs = pf.tier(otherStore, "10", Map.of(), "200.00", null);
        pf.tier(null, "125");                       // no ceiling: never chosen by an assessment
        referrer = pf.fx.user("REFERRER", store);
    }

    private static Map<String, Object> assessment(String household, String income, String parts) {
        return Map.of("household", household, "monthlyIncome", income, "householdParts", parts,
                "validTo", today().plusMonths(6).toString());
    }

    private static Api.Response assess(Api as, String household, String income, String parts) {
        return as.post("/api/pricing/assessments", assessment(household, income, parts));
    }

    @Test
    void theQuotientChoosesTheStoresOwnTierAtTheSameCeilingAndAssignsIt() {
        String household = pf.fx.household(store);
        Api.Response r = assess(referrer, household, "300.00", "2");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("quotient")).isEqualTo("150.00");
        assertThat(r.text("tier")).isEqualTo(ownLow);   // not the other store's 200.00 one, not the network's 350.00
        var tier = pf.tierOf(referrer, household);
        assertThat(tier.path("code").asText()).isEqualTo(ownLow);
        assertThat(tier.path("validFrom").asText()).isEqualTo(today().toString());
        assertThat(tier.path("validTo").asText()).isEqualTo(today().plusMonths(6).toString());
    }

    @Test
    void aQuotientAtTheCeilingIsInAndACentAboveGoesToTheNextTier() {
        String household = pf.fx.household(store);
        assertThat(assess(referrer, household, "700.00", "2").text("tier")).isEqualTo(ownLow);
        Api.Response r = assess(referrer, household, "700.02", "2");
        assertThat(r.text("quotient")).isEqualTo("350.01");
        assertThat(r.text("tier")).isEqualTo(netHigh);
        assertThat(pf.tierOf(referrer, household).path("code").asText()).isEqualTo(netHigh);
    }

    @Test
    void aHouseholdOfAnotherStoreGetsItsStoresTier() {
        String household = pf.fx.household(otherStore);
        Api.Response r = assess(pf.fx.user("REFERRER", otherStore), household, "450.00", "3");
        assertThat(r.text("quotient")).isEqualTo("150.00");
        assertThat(r.text("tier")).isEqualTo(theirs);
    }

    @Test
    void aboveEveryCeilingTheHouseholdIsLeftWithoutTier() {
        String household = pf.fx.household(store);
        pf.assign(household, netLow, today(), today().plusDays(30));
        Api.Response r = assess(pf.fx.user("MANAGER", store), household, "1400.02", "2");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("quotient")).isEqualTo("700.01");
        assertThat(r.json().has("tier")).isTrue();
        assertThat(r.json().path("tier").isNull()).isTrue();
        assertThat(pf.tierOf(referrer, household).isMissingNode()).isTrue();
    }

    @Test
    void theIncomeAndTheQuotientAreNeverStored() throws Exception {
        String household = pf.fx.household(store);
        Api.Response r = assess(referrer, household, "1987.43", "3");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("quotient")).isEqualTo("662.48");
        assertThat(r.text("tier")).isEqualTo(netHigh);
        String export = referrer.get("/api/households/" + household + "/export").raw();
        // with their decimal point: digits alone could be part of an id
        assertThat(export).contains(netHigh).doesNotContain("1987.43").doesNotContain("662.48");
        List<String> rows = pricingRows();
        assertThat(rows).anyMatch(row -> row.contains(household));  // the scan does see the assignment
        assertThat(rows).noneMatch(row -> row.contains("1987.43")).noneMatch(row -> row.contains("662.48"));
    }

    /** Every row of every table of the bundle, as text. */
    private static List<String> pricingRows() throws Exception {
        DatabaseSettings db = system.running().database();
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_name like 'pricing%'")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            assertThat(tables).contains("pricing_tier", "pricing_tier_category", "pricing_assignment");
            for (String table : tables) {
                try (ResultSet row = s.executeQuery("select t::text from " + table + " t")) {
                    while (row.next()) {
                        rows.add(row.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void refusedAssessmentsAssignNothing() {
        String household = pf.fx.household(store);
        Api.Response r = assess(referrer, household, "0", "2");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(assess(referrer, household, "-300.00", "2").status()).isEqualTo(400);
        r = assess(referrer, household, "300.00", "0");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_PARTS");
        assertThat(assess(referrer, household, "300.00", "-1").code()).isEqualTo("INVALID_PARTS");
        assertThat(referrer.post("/api/pricing/assessments", Map.of("household", household, "monthlyIncome", 300,
                "householdParts", "2", "validTo", today().toString())).code()).isEqualTo("INVALID_FIELD");
        r = referrer.post("/api/pricing/assessments", Map.of("household", household, "monthlyIncome", "300.00",
                "householdParts", "2", "validTo", today().minusDays(1).toString()));
        assertThat(r.code()).isEqualTo("INVALID_PERIOD");
        r = referrer.post("/api/pricing/assessments", Map.of("household", household, "monthlyIncome", "300.00",
                "householdParts", "2"));
        assertThat(r.code()).isEqualTo("FIELD_REQUIRED");
        r = pf.fx.user("CASHIER", store).post("/api/pricing/assessments", assessment(household, "300.00", "2"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(pf.tierOf(admin, household).isMissingNode()).isTrue();
    }

    @Test
    void aHouseholdTheReferrerCannotReadIsNotFound() {
        String foreign = pf.fx.household(otherStore);
        assertThat(assess(referrer, foreign, "300.00", "2").status()).isEqualTo(404);
        assertThat(pf.tierOf(admin, foreign).isMissingNode()).isTrue();
        assertThat(assess(referrer, UUID.randomUUID().toString(), "300.00", "2").status()).isEqualTo(404);
    }
}
