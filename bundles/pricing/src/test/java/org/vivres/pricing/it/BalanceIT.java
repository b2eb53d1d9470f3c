package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.today;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** {@code GET /api/pricing/balance}: what solidarity tiers gave, what support tiers collected, per store and period. */
@ExtendWith(VivresSystem.class)
class BalanceIT {
    static PricingFixtures pf;
    static Api admin;
    static String store;
    static Api manager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        pf = new PricingFixtures(admin);
        store = pf.fx.store();
        manager = pf.fx.user("MANAGER", store);
        Api cashier = pf.fx.user("CASHIER", store);
        String bread = pf.fx.product("3.40");
        String carrots = pf.fx.product("LEGUMES", "2.45", "KG", List.of(), 20);
        String low = pf.householdWith(store, pf.tier(store, "50"));
        String high = pf.householdWith(store, pf.tier(store, "125"));
        // 2 × 1.70 = 3.40 against 6.80: 3.40 given
        Api.Response sale = pf.sell(cashier, store, low, List.of(line(bread, "2")));
        // 2.45 × 50 % = 1.225 → 1.23; × 1.333 = 1.64 against 2.45 × 1.333 = 3.26585 → 3.27: 1.63 given
        pf.sell(cashier, store, low, List.of(line(carrots, "1.333")));
        // 4.25 against 3.40: 0.85 collected
        pf.sell(cashier, store, high, List.of(line(bread, "1")));
        // reference sales count for nothing
        pf.sell(cashier, store, null, List.of(line(bread, "3")));
        pf.sell(cashier, store, pf.fx.household(store), List.of(line(bread, "1")));
        // returning one tier-priced bread takes back the 1.70 its sale gave
        Api.Response ret = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(bread, "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);
        // another store's tier sales are not this store's
        String elsewhere = pf.fx.store();
        pf.sell(admin, elsewhere, pf.householdWith(elsewhere, pf.tier(elsewhere, "10")), List.of(line(bread, "5")));
    }

    private static Api.Response balance(Api as, String query) {
        return as.get("/api/pricing/balance?" + query);
    }

    @Test
    void discountsGivenAndSupportCollectedOverThePeriod() {
        Api.Response r = balance(manager, "organization=" + store + "&from=" + today() + "&to=" + today());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        // 3.40 + 1.63 − 1.70 = 3.33 given, 0.85 collected
        assertThat(r.text("discountGiven")).isEqualTo("3.33");
        assertThat(r.text("supportCollected")).isEqualTo("0.85");
        assertThat(r.text("net")).isEqualTo("-2.48");
        Api.Response open = balance(admin, "organization=" + store);
        assertThat(open.text("discountGiven")).isEqualTo("3.33");
        assertThat(open.text("net")).isEqualTo("-2.48");
    }

    @Test
    void aPeriodWithoutTicketsBalancesToZero() {
        Api.Response r = balance(manager, "organization=" + store + "&from=" + today().plusDays(1));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("discountGiven")).isEqualTo("0.00");
        assertThat(r.text("supportCollected")).isEqualTo("0.00");
        assertThat(r.text("net")).isEqualTo("0.00");
        assertThat(balance(manager, "organization=" + store + "&to=" + today().minusDays(1)).text("net"))
                .isEqualTo("0.00");
    }

    @Test
    void onlyTheStoresManagerOrANetworkAdminMayAsk() {
        Api.Response r = balance(pf.fx.user("MANAGER", pf.fx.store()), "organization=" + store);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ORGANIZATION_FORBIDDEN");
        for (String role : List.of("CASHIER", "REFERRER")) {
            r = balance(pf.fx.user(role, store), "organization=" + store);
            assertThat(r.status()).as(role).isEqualTo(403);
            assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
        }
    }

    @Test
    void badQueriesAreRefused() {
        Api.Response r = balance(manager, "from=" + today());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("FIELD_REQUIRED");
        assertThat(balance(manager, "organization=abc").code()).isEqualTo("INVALID_PARAMETER");
        r = balance(manager, "organization=" + store + "&from=" + today() + "&to=" + today().minusDays(1));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_PERIOD");
        r = balance(manager, "organization=" + store + "&from=2026-02-30");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_DATE");
        assertThat(balance(admin, "organization=" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
