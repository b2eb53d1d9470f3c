package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/stock/counts}: the stocktake sets each counted product's level to what was counted, through
 * adjustments (the differences), even while the tills sell.
 */
@ExtendWith(VivresSystem.class)
class StockCountTest {
    static Fixtures fx;
    static String store;
    static Api manager;
    static Api cashier;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
    }

    static Api.Response count(Object... productAndCounted) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (int i = 0; i < productAndCounted.length; i += 2) {
            counts.add(Map.of("product", productAndCounted[i], "counted", productAndCounted[i + 1]));
        }
        return manager.post("/api/stock/counts", Map.of("organization", store, "counts", counts));
    }

    @Test
    void theCountBecomesTheLevelAndTheDifferencesAreAdjustments() {
        String rice = fx.product("2.00");
        String flour = fx.product("1.50");
        String never = fx.product("3.00");
        fx.stock(store, rice, "12");
        fx.stock(store, flour, "5");
        Api.Response r = count(rice, "10", flour, "5", never, "4");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        Map<String, JsonNode> byProduct = new java.util.HashMap<>();
        r.json().path("items").forEach(i -> byProduct.put(i.path("product").asText(), i));
        assertThat(byProduct.get(rice).path("before").asText()).isEqualTo("12.000");
        assertThat(byProduct.get(rice).path("difference").asText()).isEqualTo("-2.000");
        assertThat(byProduct.get(flour).path("difference").asText()).isEqualTo("0.000");
        assertThat(byProduct.get(never).path("before").asText()).isEqualTo("0.000");
        assertThat(fx.onHand(store, rice)).isEqualTo("10.000");
        assertThat(fx.onHand(store, flour)).isEqualTo("5.000");
        assertThat(fx.onHand(store, never)).isEqualTo("4.000");
    }

    @Test
    void aBadCountIsRefusedAndChangesNothing() {
        String oil = fx.product("4.00");
        fx.stock(store, oil, "3");
        assertThat(count(oil, "-1").code()).isEqualTo("INVALID_QUANTITY");
        assertThat(count(oil, "1.5").code()).as("sold by the unit").isEqualTo("INVALID_QUANTITY");
        Api.Response twice = count(oil, "1", oil, "2");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.code()).isEqualTo("PRODUCT_COUNTED_TWICE");
        assertThat(count(oil, "1", java.util.UUID.randomUUID().toString(), "2").status()).isEqualTo(404);
        assertThat(cashier.post("/api/stock/counts", Map.of("organization", store, "counts",
                List.of(Map.of("product", oil, "counted", "1")))).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(fx.user("MANAGER", fx.store()).post("/api/stock/counts", Map.of("organization", store, "counts",
                List.of(Map.of("product", oil, "counted", "1")))).status()).isEqualTo(403);
        assertThat(fx.onHand(store, oil)).isEqualTo("3.000");
    }

    @Test
    void salesDuringTheCountAreTakenFromItNeverLost() throws Exception {
        String soap = fx.product("1.00");
        fx.stock(store, soap, "100");
        ExecutorService tills = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            work.add(() -> cashier.post("/api/tickets", Map.of("organization", store,
                    "lines", List.of(Map.of("product", soap, "quantity", "1")),
                    "payments", List.of(Map.of("method", "CASH", "amount", "1.00")))).status());
        }
        AtomicReference<Api.Response> counting = new AtomicReference<>();
        work.add(10, () -> {
            counting.set(count(soap, "50"));
            return counting.get().status();
        });
        List<Future<Integer>> done = tills.invokeAll(work);
        tills.shutdown();
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(201);
        }
        // What the count found tells which sales it saw (100 − before); the others are taken from the 50 counted:
        // a sale read stale, lost or applied twice would break the equality.
        int before = new BigDecimal(counting.get().json().path("items").get(0).path("before").asText()).intValue();
        int unseen = 20 - (100 - before);
        assertThat(fx.onHand(store, soap)).isEqualTo((50 - unseen) + ".000");
    }
}
