package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.priced;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** A tier's terms change (the yearly revision): the next tickets use them, the past ones keep their prices. */
@ExtendWith(VivresSystem.class)
class TierChangeIT {
    static PricingFixtures pf;
    static Api admin;
    static String store;
    static Api manager;
    static Api cashier;
    static String bread;
    static String apple;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        pf = new PricingFixtures(admin);
        store = pf.fx.store();
        manager = pf.fx.user("MANAGER", store);
        cashier = pf.fx.user("CASHIER", store);
        bread = pf.fx.product("3.40");
        apple = pf.fx.product("FRUITS", "1.00", "UNIT", List.of(), 20);
    }

    static Map<String, Object> change(String name, String percent, Map<String, String> categories) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "percentOfReference", percent,
                "categoryPercents", categories));
        return body;
    }

    @Test
    void theNextTicketsUseTheNewTermsAndThePastOnesKeepTheirPrices() {
        String tier = pf.tier(store, "30", Map.of("FRUITS", "20"), null, null);
        String household = pf.householdWith(store, tier);
        Api.Response before = pf.sell(cashier, store, household, List.of(line(bread, "1"), line(apple, "1")));
        assertThat(priced(before, 0)).containsExactly("1.02", "1.02", "TIER:" + tier);
        assertThat(priced(before, 1)).containsExactly("0.20", "0.20", "TIER:" + tier);

        Api.Response r = manager.put("/api/pricing/tiers/" + tier, change("Solidaire 2027", "40", Map.of("legumes", "25")));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("name")).isEqualTo("Solidaire 2027");
        assertThat(r.text("percentOfReference")).isEqualTo("40");
        assertThat(r.json().path("categoryPercents").has("FRUITS")).as("replaced, not merged").isFalse();
        assertThat(r.json().path("categoryPercents").path("LEGUMES").asText()).isEqualTo("25");
        Api.Response after = pf.quote(cashier, store, household, List.of(line(bread, "1"), line(apple, "1")));
        assertThat(priced(after, 0)).containsExactly("1.36", "1.36", "TIER:" + tier);
        assertThat(priced(after, 1)).as("FRUITS now at the tier's 40 %").containsExactly("0.40", "0.40", "TIER:" + tier);
        JsonNode stored = admin.get("/api/tickets/" + before.text("id")).json();
        assertThat(stored.path("lines").get(0).path("unitPrice").asText()).isEqualTo("1.02");
        assertThat(pf.tierOf(cashier, household).path("percentOfReference").asText()).isEqualTo("40");
    }

    @Test
    void onlyTheTiersOwnerChangesItAndRefusalsChangeNothing() {
        String tier = pf.tier(store, "30");
        String network = pf.tier(null, "70");
        Map<String, Object> ok = change("Nouveau", "35", Map.of());

        assertThat(cashier.put("/api/pricing/tiers/" + tier, ok).status()).isEqualTo(403);
        assertThat(pf.fx.user("MANAGER", pf.fx.store()).put("/api/pricing/tiers/" + tier, ok).status())
                .as("another store's manager does not see it").isEqualTo(404);
        Api.Response networkTier = manager.put("/api/pricing/tiers/" + network, ok);
        assertThat(networkTier.status()).isEqualTo(403);
        assertThat(networkTier.code()).isEqualTo("NETWORK_TIER_FORBIDDEN");
        assertThat(manager.put("/api/pricing/tiers/NOPE-" + System.nanoTime(), ok).status()).isEqualTo(404);
        assertThat(manager.put("/api/pricing/tiers/" + tier, change("Nouveau", "-1", Map.of())).status()).isEqualTo(400);
        assertThat(manager.put("/api/pricing/tiers/" + tier, change("Nouveau", "1001", Map.of())).status())
                .isEqualTo(400);
        Map<String, Object> withCode = change("Nouveau", "35", Map.of());
        withCode.put("code", "AUTRE");
        assertThat(manager.put("/api/pricing/tiers/" + tier, withCode).status()).as("the code does not change")
                .isEqualTo(400);
        assertThat(manager.put("/api/pricing/tiers/" + tier, change("", "35", Map.of())).status()).isEqualTo(400);

        JsonNode listed = null;
        for (JsonNode t : manager.get("/api/pricing/tiers?limit=500").json().path("items")) {
            if (t.path("code").asText().equals(tier)) {
                listed = t;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("percentOfReference").asText()).isEqualTo("30");
        assertThat(admin.put("/api/pricing/tiers/" + network, ok).status()).as("the network admin may").isEqualTo(200);
    }
}
