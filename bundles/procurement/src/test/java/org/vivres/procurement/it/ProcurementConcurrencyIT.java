package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.procurement.it.RoundFixture.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Concurrent requests on one round: needs, closing and allocation never interleave wrongly. */
@ExtendWith(VivresSystem.class)
class ProcurementConcurrencyIT {
    static RoundFixture f;
    static ExecutorService pool;

    @BeforeAll
    static void setUp(Api admin) {
        f = new RoundFixture(admin);
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    /** Runs the calls at once (as nearly as threads allow) and returns their responses in order. */
    private static List<Api.Response> together(List<Callable<Api.Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (Callable<Api.Response> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }

    @Test
    void concurrentReplacementsOfOneNeedLeaveExactlyOneNeed() throws Exception {
        String round = f.round(f.s1);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String quantity = Integer.toString(i);
            calls.add(() -> f.need(f.m1, round, f.s1, f.apples, quantity));
        }
        assertThat(together(calls)).extracting(Api.Response::status).containsOnly(200);
        JsonNode needs = f.read(round).path("needs");
        assertThat(needs).hasSize(1);
        assertThat(new BigDecimal(needs.get(0).path("quantity").asText())).isBetween(BigDecimal.ONE, new BigDecimal(8));
    }

    @Test
    void aNeedRacingTheCloseIsEitherOrderedOrRefused() throws Exception {
        String product = f.offeredProduct("UNIT", "1", "2.00");
        String round = f.round(f.s1, f.s2);
        f.need(f.m2, round, f.s2, product, "10");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String quantity = Integer.toString(i);
            calls.add(() -> f.need(f.m1, round, f.s1, product, quantity));
        }
        calls.add(3, () -> f.close(f.hubManager, round));
        List<Api.Response> responses = together(calls);
        assertThat(responses.get(3).status()).as(responses.get(3).toString()).isEqualTo(200);
        responses.remove(3);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 422));

        JsonNode after = f.read(round);
        BigDecimal needed = BigDecimal.ZERO;
        for (JsonNode n : after.path("needs")) {
            needed = needed.add(new BigDecimal(n.path("quantity").asText()));
        }
        JsonNode line = after.path("purchaseOrders").get(0).path("lines").get(0);
        assertThat(new BigDecimal(line.path("needed").asText())).isEqualByComparingTo(needed);
        assertThat(new BigDecimal(line.path("quantity").asText())).isEqualByComparingTo(needed);
    }

    @Test
    void concurrentAllocationsAllocateAndMoveStockOnce() throws Exception {
        String product = f.offeredProduct("KG", "2.5", "6.00");
        String round = f.round(f.s1, f.s2);
        f.need(f.m1, round, f.s1, product, "3");
        f.need(f.m2, round, f.s2, product, "1.5");
        f.close(f.hubManager, round);
        f.receive(f.hubManager, round, product, "4");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> f.allocate(f.hubManager, round, cost("Transport", "9.00", "QUANTITY")));
        }
        List<Api.Response> responses = together(calls);
        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("ROUND_ALREADY_ALLOCATED"));
        // 4 kg for 4.5 needed as 3 and 1.5: 2.667 and 1.333.
        assertThat(f.fx.onHand(f.s1, product)).isEqualTo("2.667");
        assertThat(f.fx.onHand(f.s2, product)).isEqualTo("1.333");
        assertThat(f.fx.onHand(f.hub, product)).isEqualTo("0.000");
        assertThat(f.read(round).path("costs")).hasSize(1);
    }
}
