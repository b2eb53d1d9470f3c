package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.eur;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Concurrent tickets can never spend the same euro of a member twice. */
@ExtendWith(VivresSystem.class)
class CaisseConcurrencyIT {
    private static final int TICKETS = 25;

    @Test
    void concurrentTicketsSpendEachEuroOnce(Api admin) throws Exception {
        CaisseFixtures cx = new CaisseFixtures(admin);
        String store = cx.fx.store();
        String fund = cx.fund("100.00", "1.00", null);
        cx.convention(fund, store);
        String household = cx.fx.household(store);
        String member = cx.member(fund, household, "1.00");
        cx.openPeriod(fund, "2026-12");
        String basket = cx.fx.product("EPICERIE", "12.00", "UNIT", List.of(), 10);
        cx.fx.stock(store, basket, "100");
        Api cashier = cx.fx.user("CASHIER", store);

        ExecutorService pool = Executors.newFixedThreadPool(TICKETS);
        CountDownLatch go = new CountDownLatch(1);
        List<String> ids = new ArrayList<>();
        List<Future<Api.Response>> posts = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            // Half pay it all with the caisse, half with the caisse and cash together.
            Map<String, Object> body = i % 2 == 0
                    ? ticket(store, household, List.of(line(basket, "1")), List.of(pay("CAISSE", "12.00")))
                    : ticket(store, household, List.of(line(basket, "2")),
                            List.of(pay("CAISSE", "12.00"), pay("CASH", "12.00")));
            body.put("id", id);
            Callable<Api.Response> post = () -> {
                go.await();
                return cashier.post("/api/tickets", body);
            };
            posts.add(pool.submit(post));
        }
        go.countDown();
        int accepted = 0;
        for (int i = 0; i < TICKETS; i++) {
            Api.Response r = posts.get(i).get();
            if (r.status() == 201) {
                accepted++;
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(422);
                assertThat(r.code()).isEqualTo("CAISSE_INSUFFICIENT_BALANCE");
                assertThat(cashier.get("/api/tickets/" + ids.get(i)).status()).isEqualTo(404);
            }
        }
        pool.shutdown();

        // 100.00 covers 8 payments of 12.00, never a 9th.
        assertThat(accepted).isEqualTo(8);
        BigDecimal balance = cx.balance(member);
        BigDecimal debited = cx.ledgerSum(member, "DEBIT");
        assertThat(balance).isEqualByComparingTo("4.00");
        assertThat(debited).isEqualByComparingTo(new BigDecimal("12.00").multiply(BigDecimal.valueOf(accepted)));
        assertThat(debited).isLessThanOrEqualTo(new BigDecimal("100.00"));
        assertThat(balance).isEqualByComparingTo(cx.ledgerBalance(member));
        List<JsonNode> ledger = cx.ledger(member);
        assertThat(ledger).allSatisfy(e -> assertThat(eur(e.path("balanceAfter"))).isNotNegative());
        assertThat(ledger.stream().filter(e -> e.path("kind").asText().equals("DEBIT"))
                .map(e -> e.path("ticket").asText()).distinct()).hasSize(accepted);
        assertThat(ledger.stream().filter(e -> e.path("kind").asText().equals("DEBIT"))
                .map(e -> eur(e.path("balanceAfter"))).distinct()).hasSize(accepted);
    }
}
