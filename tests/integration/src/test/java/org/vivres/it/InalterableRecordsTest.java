package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database itself refuses to change or remove a recorded ticket, its lines, payments and VAT rows, and the
 * journal's events — even to its owner, who would have to disable the triggers first (which the seals then show).
 */
@ExtendWith(VivresSystem.class)
class InalterableRecordsTest {
    @Test
    void noUpdateDeleteOrTruncateOfASealedRowEvenAsTheOwner(VivresSystem system, Api admin) throws SQLException {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String product = fx.product("2.50");
        fx.stock(store, product, "100");
        Api.Response sale = fx.user("CASHIER", store).post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", product, "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        UUID ticket = UUID.fromString(sale.text("id"));
        try (Connection db = FiscalDb.owner(system)) {
            for (String sql : List.of("update erp_ticket_line set line_amount = 0.01 where ticket_id = ?",
                    "update erp_ticket set total = 0.01 where id = ?",
                    "update erp_payment set amount = 0.01 where ticket_id = ?",
                    "update erp_ticket_vat set vat = 0 where ticket_id = ?",
                    "delete from erp_payment where ticket_id = ?",
                    "delete from erp_ticket_line where ticket_id = ?")) {
                assertThatThrownBy(() -> FiscalDb.execute(db, sql, ticket)).as(sql)
                        .hasMessageContaining("sealed till records are written once");
            }
            for (String table : List.of("erp_ticket_vat", "erp_event", "erp_till_z", "erp_closing")) {
                assertThatThrownBy(() -> FiscalDb.execute(db, "truncate " + table + " cascade")).as(table)
                        .hasMessageContaining("sealed till records are written once");
            }
        }
        Api.Response again = admin.get("/api/tickets/" + ticket);
        assertThat(again.json().get("total").asText()).isEqualTo("5.00");
        assertThat(again.json().get("lines").get(0).get("lineAmount").asText()).isEqualTo("5.00");
    }
}
