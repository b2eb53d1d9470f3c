package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Eight real tills, each opened by its cashier, selling at once, then closed: every till's chain (tickets, then its
 * Z) and the store's events chain are gapless, each ticket sealed once, and the store's check says INTACT.
 */
@ExtendWith(VivresSystem.class)
class EightTillsSealTest {
    private static final int TILLS = 8;
    private static final int TICKETS = 15;

    @Test
    void eightTillsSellingAtOnceLeaveEveryChainGaplessAndIntact(VivresSystem system, Api admin) throws Exception {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String product = fx.product("0.85");
        fx.stock(store, product, "100000");
        Api manager = fx.user("MANAGER", store);
        List<String> tills = new ArrayList<>();
        List<Api> cashiers = new ArrayList<>();
        for (int i = 0; i < TILLS; i++) {
            String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse " + i)).text("id");
            Api cashier = fx.user("CASHIER", store);
            assertThat(cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "10.00")).status())
                    .isEqualTo(201);
            tills.add(till);
            cashiers.add(cashier);
        }
        ExecutorService pool = Executors.newFixedThreadPool(TILLS);
        List<Future<List<String>>> work = new ArrayList<>();
        try {
            for (int t = 0; t < TILLS; t++) {
                Api cashier = cashiers.get(t);
                String till = tills.get(t);
                work.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < TICKETS; i++) {
                        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                                "lines", List.of(Map.of("product", product, "quantity", "2")),
                                "payments", List.of(Map.of("method", "CARD", "amount", "1.70"))));
                        assertThat(r.status()).as(r.toString()).isEqualTo(201);
                        assertThat(r.json().path("seal").path("chain").asText()).isEqualTo("TILL-" + till);
                        ids.add(r.text("id"));
                    }
                    Api.Response z = cashier.post("/api/tills/" + till + "/sessions/current/close",
                            Map.of("counted", Map.of("CASH", "10.00")));
                    assertThat(z.status()).as(z.toString()).isEqualTo(200);
                    assertThat(z.json().path("seal").path("sequence").asLong()).isEqualTo(TICKETS + 1);
                    return ids;
                }));
            }
            for (Future<List<String>> f : work) {
                assertThat(f.get()).hasSize(TICKETS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = FiscalDb.owner(system); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select chain, count(*), min(sequence), max(sequence) from erp_seal "
                    + "where organization_id = '" + store + "' group by chain")) {
                int chains = 0;
                while (r.next()) {
                    chains++;
                    assertThat(r.getLong(3)).as(r.getString(1)).isEqualTo(1);
                    assertThat(r.getLong(4)).as(r.getString(1) + " gapless").isEqualTo(r.getLong(2));
                    if (r.getString(1).startsWith("TILL-")) {
                        assertThat(r.getLong(2)).isEqualTo(TICKETS + 1);
                    }
                }
                assertThat(chains).isEqualTo(TILLS + 1); // the tills' and the store's events
            }
            try (ResultSet r = s.executeQuery("select count(*), count(distinct s.record_id) from erp_ticket t "
                    + "join erp_seal s on s.record_id = t.id where t.organization_id = '" + store + "'")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo((long) TILLS * TICKETS);
                assertThat(r.getLong(2)).isEqualTo((long) TILLS * TICKETS);
            }
        }
        Api.Response check = manager.get("/api/fiscal/verify?organization=" + store);
        assertThat(check.json().path("status").asText()).as(check.toString()).isEqualTo("INTACT");
    }
}
