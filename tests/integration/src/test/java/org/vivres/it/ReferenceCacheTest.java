package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A checkout reads its products and its store from the node's memory while their tables have not changed: a change
 * made anywhere else — by hand in SQL, as another node of the network would make it — must price the very next
 * ticket, and a change rolled back must leave nothing behind.
 */
@ExtendWith(VivresSystem.class)
class ReferenceCacheTest {

    private static Api.Response sale(Api cashier, String store, String product, String quantity, String paid) {
        return cashier.post("/api/tickets", Map.of("organization", store, "id", UUID.randomUUID().toString(),
                "lines", List.of(Map.of("product", product, "quantity", quantity)),
                "payments", List.of(Map.of("method", "CASH", "amount", paid))));
    }

    @Test
    void aPriceAndARateChangedBehindTheApplicationApplyToTheNextTicket(Api admin, VivresSystem system)
            throws Exception {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String rice = fx.product("2.00");
        fx.stock(store, rice, "100");
        Api cashier = fx.user("CASHIER", store);
        assertThat(sale(cashier, store, rice, "1", "2.00").status()).isEqualTo(201);

        try (Connection db = FiscalDb.owner(system)) {
            FiscalDb.execute(db, "update erp_product set reference_price = 2.50, vat_rate = 20.00 where id = ?",
                    UUID.fromString(rice));
        }
        Api.Response after = sale(cashier, store, rice, "2", "5.00");
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(after.json().path("lines").get(0).path("unitPrice").asText()).isEqualTo("2.50");
        assertThat(after.json().path("lines").get(0).path("vatRate").asText()).isEqualTo("20.00");
        // The old terms are refused: the total is 5.00, not 4.00.
        assertThat(sale(cashier, store, rice, "2", "4.00").code()).isEqualTo("PAYMENTS_DO_NOT_MATCH_TOTAL");
    }

    @Test
    void aChangeRolledBackIsNeverServedAndTheNextCommittedOneIs(Api admin, VivresSystem system) throws Exception {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String oil = fx.product("4.00");
        fx.stock(store, oil, "100");
        Api cashier = fx.user("CASHIER", store);
        assertThat(sale(cashier, store, oil, "1", "4.00").status()).isEqualTo(201);

        try (Connection db = FiscalDb.owner(system)) {
            db.setAutoCommit(false);
            FiscalDb.execute(db, "update erp_product set reference_price = 9.99 where id = ?", UUID.fromString(oil));
            // While the change is not committed, tills go on at the committed price.
            assertThat(sale(cashier, store, oil, "1", "4.00").status()).isEqualTo(201);
            db.rollback();
            assertThat(sale(cashier, store, oil, "1", "4.00").status()).isEqualTo(201);
            FiscalDb.execute(db, "update erp_product set reference_price = 4.20 where id = ?", UUID.fromString(oil));
            db.commit();
        }
        Api.Response after = sale(cashier, store, oil, "1", "4.20");
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
    }
}
