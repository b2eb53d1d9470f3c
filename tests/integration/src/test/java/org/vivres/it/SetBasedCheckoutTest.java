package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A checkout writes its rows set-based and moves the stock levels last, just before its seal: the rows must still be
 * what a save through the session wrote (audited, version 0), every level must still be its stock plus the sum of its
 * movements after tills sold the same hot products at once, and every chain must stay intact.
 */
@ExtendWith(VivresSystem.class)
class SetBasedCheckoutTest {
    private static final List<String> TABLES = List.of("erp_ticket_line", "erp_payment", "erp_ticket_vat",
            "erp_stock_movement", "erp_till_ticket");

    @Test
    void levelsEqualTheirMovementsAfterTillsSellTheSameHotProductsAtOnce(VivresSystem system, Api admin)
            throws Exception {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String bread = fx.product("1.10");
        String milk = fx.product("0.95");
        List<String> others = List.of(fx.product("2.00"), fx.product("3.10"), fx.product("0.50"));
        for (String p : List.of(bread, milk)) {
            fx.stock(store, p, "1000");
        }
        Api manager = fx.user("MANAGER", store);
        List<String> tills = new ArrayList<>();
        for (String name : List.of("Caisse 1", "Caisse 2")) {
            String till = manager.post("/api/tills", Map.of("organization", store, "name", name)).text("id");
            assertThat(manager.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "0.00")).status())
                    .isEqualTo(201);
            tills.add(till);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> work = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Api cashier = fx.user("CASHIER", store);
            String till = tills.get(c % 2);
            int seed = c;
            work.add(pool.submit(() -> {
                List<String> sold = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    // the hot products on every ticket, in either order, one of them on two lines
                    String other = others.get((i + seed) % others.size());
                    List<Map<String, String>> lines = (i + seed) % 2 == 0
                            ? List.of(line(bread, "2"), line(other, "1"), line(milk, "1"), line(bread, "1"))
                            : List.of(line(milk, "3"), line(bread, "1"), line(other, "2"));
                    Api.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store,
                            "lines", lines));
                    Api.Response r = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                            "lines", lines, "payments", List.of(Map.of("method", "CASH", "amount",
                                    quote.text("total")))));
                    assertThat(r.status()).as(r.toString()).isEqualTo(201);
                    sold.add(r.text("id"));
                }
                return sold;
            }));
        }
        List<String> sold = new ArrayList<>();
        for (Future<List<String>> f : work) {
            sold.addAll(f.get(180, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Api.Response back = manager.post("/api/tickets/" + sold.get(0) + "/returns",
                Map.of("lines", List.of(line(bread, "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        try (Connection db = FiscalDb.owner(system)) {
            for (String product : concat(List.of(bread, milk), others)) {
                BigDecimal moved = number(db, "select coalesce(sum(quantity), 0) from erp_stock_movement "
                        + "where organization_id = ?::uuid and product_id = ?::uuid", store, product);
                assertThat(new BigDecimal(fx.onHand(store, product))).as(product).isEqualByComparingTo(moved);
            }
            assertThat(number(db, "select count(*) from erp_stock_movement where ticket_id is not null "
                    + "and organization_id = ?::uuid", store)).isEqualByComparingTo(number(db,
                    "select count(*) from erp_ticket_line where product_id is not null and organization_id = ?::uuid",
                    store));
            assertThat(number(db, "select count(*) from erp_ticket where organization_id = ?::uuid", store))
                    .isEqualByComparingTo(BigDecimal.valueOf(sold.size() + 1L));
            for (String table : TABLES) {
                // as the session wrote them: by the ticket's cashier, never updated, version 0
                String ticketColumn = table.equals("erp_till_ticket") ? "id" : "ticket_id";
                assertThat(number(db, "select count(*) from " + table + " r join erp_ticket t on t.id = r."
                        + ticketColumn + " where t.organization_id = ?::uuid and (r.created_by <> t.created_by "
                        + "or r.updated_by <> r.created_by or r.updated_at <> r.created_at or r.version <> 0 "
                        + "or r.created_at < t.created_at or r.organization_id <> t.organization_id)", store))
                        .as(table).isZero();
                assertThat(number(db, "select count(*) from " + table + " r join erp_ticket t on t.id = r."
                        + ticketColumn + " where t.organization_id = ?::uuid", store)).as(table).isPositive();
            }
            assertThat(number(db, "select count(*) from erp_ticket where organization_id = ?::uuid and "
                    + "(created_by not like 'cashier%' and created_by not like 'manager%' or version <> 0)", store))
                    .isZero();
        }
        Api.Response verified = manager.get("/api/fiscal/verify?organization=" + store);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("INTACT");
        assertThat(verified.json().path("records").asLong()).isGreaterThanOrEqualTo(sold.size() + 1L);
    }

    @Test
    void theAnswerReadsAsTheTicketReadBackLater(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String bread = fx.product("1.10");
        Api cashier = fx.user("CASHIER", store);
        Api.Response sold = cashier.post("/api/tickets", Map.of("id", UUID.randomUUID().toString(),
                "organization", store, "lines", List.of(line(bread, "2"), line(bread, "1")),
                "payments", List.of(Map.of("method", "CARD", "amount", "1.00"),
                        Map.of("method", "CASH", "amount", "2.30"))));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        Api.Response read = cashier.get("/api/tickets/" + sold.text("id"));
        assertThat(read.status()).isEqualTo(200);
        // the payments in the order made, the lines as written: the answer was built from the same objects
        assertThat(read.json()).isEqualTo(sold.json());
        assertThat(new BigDecimal(fx.onHand(store, bread))).isEqualByComparingTo("-3");
    }

    @Test
    void theNumberTheInsertDrawsIsTheAnswersTheSealsAndTheReadBacks(VivresSystem system, Api admin)
            throws SQLException {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String bread = fx.product("1.10");
        Api cashier = fx.user("CASHIER", store);
        Api.Response sale = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(line(bread, "2")), "payments", List.of(Map.of("method", "CASH", "amount", "2.20"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Api.Response back = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(bread, "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(sale.text("documentNo")).matches("T\\d{8}");
        assertThat(back.text("documentNo")).matches("T\\d{8}");
        // numbered in the order recorded, from the one sequence sales and returns share
        assertThat(Long.parseLong(back.text("documentNo").substring(1)))
                .isGreaterThan(Long.parseLong(sale.text("documentNo").substring(1)));
        try (Connection db = FiscalDb.owner(system)) {
            for (Api.Response r : List.of(sale, back)) {
                assertThat(cashier.get("/api/tickets/" + r.text("id")).text("documentNo"))
                        .isEqualTo(r.text("documentNo"));
                // the seal was made from the row's number: the one the answer shows
                assertThat(number(db, "select count(*) from erp_seal s join erp_ticket t on t.id = s.record_id "
                        + "where s.record_id = ?::uuid and t.document_no = ? and s.text like '%' || ? || '%'",
                        r.text("id"), r.text("documentNo"), r.text("documentNo"))).isEqualByComparingTo("1");
            }
        }
    }

    private static Map<String, String> line(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static BigDecimal number(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBigDecimal(1);
            }
        }
    }
}
