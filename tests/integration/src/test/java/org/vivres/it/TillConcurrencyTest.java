package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tills selling at once while one of them closes and opens again: every ticket accepted is in exactly one Z
 * (counted once, in the session it was accepted in), every ticket refused is in none, and nothing is lost.
 */
@ExtendWith(VivresSystem.class)
class TillConcurrencyTest {

    record Sold(String till, BigDecimal total, boolean accepted) {
    }

    @Test
    void everyTicketAcceptedWhileATillClosesIsInExactlyOneZ(Api admin) throws Exception {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String bread = fx.product("2.11");
        fx.stock(store, bread, "100000");
        Api manager = fx.user("MANAGER", store);
        List<String> tills = new ArrayList<>();
        for (String name : List.of("Caisse 1", "Caisse 2")) {
            String till = manager.post("/api/tills", Map.of("organization", store, "name", name)).text("id");
            assertThat(manager.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "0.00")).status())
                    .isEqualTo(201);
            tills.add(till);
        }
        List<Api> cashiers = List.of(fx.user("CASHIER", store), fx.user("CASHIER", store), fx.user("CASHIER", store),
                fx.user("CASHIER", store));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch halfway = new CountDownLatch(4);
        AtomicInteger other = new AtomicInteger();
        List<Future<List<Sold>>> work = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Api cashier = cashiers.get(c);
            String till = tills.get(c % 2);
            int seed = c;
            work.add(pool.submit(() -> {
                List<Sold> sold = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    if (i == 10) {
                        halfway.countDown();
                    }
                    int quantity = 1 + (i * 7 + seed) % 9;
                    Api.Response r = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                            "lines", List.of(Map.of("product", bread, "quantity", Integer.toString(quantity))),
                            "payments", List.of(Map.of("method", "CASH", "amount",
                                    new BigDecimal("2.11").multiply(BigDecimal.valueOf(quantity)).toPlainString()))));
                    if (r.status() == 201) {
                        sold.add(new Sold(till, new BigDecimal(r.text("total")), true));
                    } else if ("TILL_NOT_OPEN".equals(r.code())) {
                        sold.add(new Sold(till, BigDecimal.ZERO, false));
                    } else {
                        other.incrementAndGet();
                    }
                }
                return sold;
            }));
        }
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        String first = tills.get(0);
        List<JsonNode> zs = new ArrayList<>();
        Api.Response z1 = manager.post("/api/tills/" + first + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "0.00")));
        assertThat(z1.status()).as(z1.toString()).isEqualTo(200);
        zs.add(z1.json());
        Thread.sleep(200);
        assertThat(manager.post("/api/tills/" + first + "/sessions", Map.of("openingFloat", "0.00")).status())
                .isEqualTo(201);
        List<Sold> all = new ArrayList<>();
        for (Future<List<Sold>> f : work) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(other.get()).isZero();
        for (String till : tills) {
            Api.Response z = manager.post("/api/tills/" + till + "/sessions/current/close",
                    Map.of("counted", Map.of("CASH", "0.00")));
            assertThat(z.status()).as(z.toString()).isEqualTo(200);
            zs.add(z.json());
        }
        for (String till : tills) {
            List<Sold> accepted = all.stream().filter(s -> s.till().equals(till) && s.accepted()).toList();
            BigDecimal sold = accepted.stream().map(Sold::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            int inZ = 0;
            BigDecimal zTotal = BigDecimal.ZERO;
            BigDecimal zCash = BigDecimal.ZERO;
            for (JsonNode z : zs) {
                if (z.path("till").asText().equals(till)) {
                    inZ += z.path("tickets").asInt();
                    zTotal = zTotal.add(new BigDecimal(z.path("total").asText()));
                    zCash = zCash.add(new BigDecimal(z.path("byMethod").get(0).path("expected").asText()));
                }
            }
            assertThat(inZ).as("tickets of " + till).isEqualTo(accepted.size());
            assertThat(zTotal).isEqualByComparingTo(sold);
            assertThat(zCash).isEqualByComparingTo(sold);
        }
        long acceptedAll = all.stream().filter(Sold::accepted).count();
        JsonNode listed = manager.get("/api/tickets?organization=" + store + "&limit=500").json().path("items");
        assertThat(listed).hasSize((int) acceptedAll);
        assertThat(zs.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(zs.get(1).path("number").asInt()).isEqualTo(2);
        assertThat(zs.get(2).path("number").asInt()).isEqualTo(1);
    }
}
