package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.priced;
import static org.vivres.pricing.it.PricingFixtures.today;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * The till prices a household with its tier kept in the node's memory: whatever changes the tier or the household's
 * assignment — the back office, or a change made by hand in SQL behind the application, as another node would make
 * it — prices the very next ticket, and a change rolled back is never used.
 */
@ExtendWith(VivresSystem.class)
class TierReferenceCacheIT {
    static VivresSystem system;
    static PricingFixtures pf;
    static String store;
    static Api manager;
    static Api cashier;
    static String bread;
    static String apple;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        pf = new PricingFixtures(vivres.admin());
        store = pf.fx.store();
        manager = pf.fx.user("MANAGER", store);
        cashier = pf.fx.user("CASHIER", store);
        bread = pf.fx.product("3.40");
        apple = pf.fx.product("FRUITS", "1.00", "UNIT", List.of(), 20);
    }

    /** A statement run as the database's owner, committed unless {@code db} is in a transaction. */
    private static int sql(Connection db, String statement, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    private static Connection owner() throws SQLException {
        DatabaseSettings db = system.running().database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static Api.Response sell(String household) {
        return pf.sell(cashier, store, household, List.of(line(bread, "1"), line(apple, "1")));
    }

    @Test
    void aTierChangedThroughTheApiOrByHandPricesTheNextTicket() throws Exception {
        String tier = pf.tier(store, "30", Map.of("FRUITS", "20"), null, null);
        String household = pf.householdWith(store, tier);
        Api.Response first = sell(household);
        assertThat(priced(first, 0)).containsExactly("1.02", "1.02", "TIER:" + tier);
        assertThat(priced(first, 1)).containsExactly("0.20", "0.20", "TIER:" + tier);

        Api.Response changed = manager.put("/api/pricing/tiers/" + tier, Map.of("name", "Solidaire 2027",
                "percentOfReference", "40", "categoryPercents", Map.of()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Api.Response afterApi = sell(household);
        assertThat(priced(afterApi, 0)).containsExactly("1.36", "1.36", "TIER:" + tier);
        assertThat(priced(afterApi, 1)).as("FRUITS' own percent removed").containsExactly("0.40", "0.40", "TIER:" + tier);

        try (Connection db = owner()) {
            assertThat(sql(db, "update pricing_tier set percent_of_reference = 50 where code = ?", tier)).isEqualTo(1);
            assertThat(priced(sell(household), 0)).as("the tier's percent changed by hand")
                    .containsExactly("1.70", "1.70", "TIER:" + tier);

            sql(db, """
                    insert into pricing_tier_category (id, organization_id, created_at, created_by, updated_at,
                        updated_by, tier_id, category, percent)
                    select ?, organization_id, now(), 'sql', now(), 'sql', id, 'FRUITS', 10 from pricing_tier
                     where code = ?""", UUID.randomUUID(), tier);
            Api.Response afterCategory = sell(household);
            assertThat(priced(afterCategory, 0)).containsExactly("1.70", "1.70", "TIER:" + tier);
            assertThat(priced(afterCategory, 1)).as("a category percent added by hand")
                    .containsExactly("0.10", "0.10", "TIER:" + tier);
            assertThat(pf.tierOf(cashier, household).path("categoryPercents").path("FRUITS").asText())
                    .as("the till's household list shows it too").isEqualTo("10");

            db.setAutoCommit(false);
            sql(db, "update pricing_tier set percent_of_reference = 90 where code = ?", tier);
            assertThat(priced(sell(household), 0)).as("not committed: the tills go on at the committed terms")
                    .containsExactly("1.70", "1.70", "TIER:" + tier);
            db.rollback();
            assertThat(priced(sell(household), 0)).as("rolled back: never used")
                    .containsExactly("1.70", "1.70", "TIER:" + tier);
        }
        assertThat(pf.tierOf(cashier, household).path("percentOfReference").asText()).isEqualTo("50");
    }

    @Test
    void aHouseholdMovedToAnotherTierIsPricedAtItFromTheNextTicket() throws Exception {
        String first = pf.tier(store, "30");
        String second = pf.tier(store, "60");
        String network = pf.tier(null, "80");
        String household = pf.householdWith(store, first);
        assertThat(priced(sell(household), 0)).containsExactly("1.02", "1.02", "TIER:" + first);

        pf.assign(household, second, today().minusDays(1), today().plusDays(30));
        assertThat(priced(sell(household), 0)).as("moved through the API")
                .containsExactly("2.04", "2.04", "TIER:" + second);

        try (Connection db = owner()) {
            assertThat(sql(db, "update pricing_assignment set tier_id = (select id from pricing_tier where code = ?)"
                    + " where household_id = ?", network, UUID.fromString(household))).isEqualTo(1);
            assertThat(priced(sell(household), 0)).as("moved by hand")
                    .containsExactly("2.72", "2.72", "TIER:" + network);

            sql(db, "update pricing_assignment set valid_from = ?, valid_to = ? where household_id = ?",
                    today().minusDays(10), today().minusDays(1), UUID.fromString(household));
            assertThat(priced(sell(household), 0)).as("its assignment ended by hand")
                    .containsExactly("3.40", "3.40", "REFERENCE");

            sql(db, "update pricing_assignment set valid_to = ? where household_id = ?", today().plusDays(30),
                    UUID.fromString(household));
            assertThat(priced(sell(household), 0)).containsExactly("2.72", "2.72", "TIER:" + network);
        }
        Api.Response removed = pf.admin.delete("/api/households/" + household + "/tier");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(priced(sell(household), 0)).as("its tier removed through the API")
                .containsExactly("3.40", "3.40", "REFERENCE");
    }
}
