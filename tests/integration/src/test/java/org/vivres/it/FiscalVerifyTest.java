package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that try to cheat, as the database's owner who first disables the triggers: a changed amount, a removed
 * ticket, two seals swapped — each time the check says BROKEN and where. Each test cheats in a store of its own.
 */
@ExtendWith(VivresSystem.class)
class FiscalVerifyTest {
    private record Shop(String store, Api manager, List<String> tickets) {
    }

    private static Shop shopWithTickets(Api admin, int count) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String product = fx.product("1.50");
        fx.stock(store, product, "100");
        Api cashier = fx.user("CASHIER", store);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Response r = cashier.post("/api/tickets", Map.of("organization", store,
                    "lines", List.of(Map.of("product", product, "quantity", "2")),
                    "payments", List.of(Map.of("method", "CASH", "amount", "3.00"))));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            tickets.add(r.text("id"));
        }
        return new Shop(store, fx.user("MANAGER", store), tickets);
    }

    private static JsonNode verify(Shop shop) {
        Api.Response r = shop.manager().get("/api/fiscal/verify?organization=" + shop.store());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static void withoutTriggers(VivresSystem system, List<String> tables, String... statements)
            throws SQLException {
        try (Connection db = FiscalDb.owner(system)) {
            for (String t : tables) {
                FiscalDb.execute(db, "alter table " + t + " disable trigger user");
            }
            try {
                for (String sql : statements) {
                    FiscalDb.execute(db, sql);
                }
            } finally {
                for (String t : tables) {
                    FiscalDb.execute(db, "alter table " + t + " enable trigger user");
                }
            }
        }
    }

    @Test
    void anIntactStoreIsIntactAndAnotherStoresManagerCannotCheckIt(Api admin) {
        Shop shop = shopWithTickets(admin, 2);
        JsonNode result = verify(shop);
        assertThat(result.get("status").asText()).isEqualTo("INTACT");
        assertThat(result.get("records").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(result.get("firstBroken").isNull()).isTrue();
        Shop other = shopWithTickets(admin, 0);
        assertThat(other.manager().get("/api/fiscal/verify?organization=" + shop.store()).status()).isEqualTo(403);
        assertThat(shop.manager().get("/api/fiscal/verify").status()).isEqualTo(400);
    }

    @Test
    void aLineWhoseAmountWasChangedBreaksTheChainAtItsTicket(VivresSystem system, Api admin) throws SQLException {
        Shop shop = shopWithTickets(admin, 3);
        withoutTriggers(system, List.of("erp_ticket_line"), "update erp_ticket_line set line_amount = 0.30 "
                + "where ticket_id = '" + shop.tickets().get(1) + "'");
        JsonNode result = verify(shop);
        assertThat(result.get("status").asText()).isEqualTo("BROKEN");
        assertThat(result.get("firstBroken").get("chain").asText()).isEqualTo("TILL-0-" + shop.store());
        assertThat(result.get("firstBroken").get("sequence").asLong()).isEqualTo(2);
        assertThat(result.get("firstBroken").get("reason").asText()).isEqualTo("CHANGED line.amount");
    }

    @Test
    void aTicketRemovedWithItsSealLeavesAGap(VivresSystem system, Api admin) throws SQLException {
        Shop shop = shopWithTickets(admin, 3);
        removeWithItsSeal(system, shop.tickets().get(1));
        JsonNode broken = verify(shop).get("firstBroken");
        assertThat(broken.get("sequence").asLong()).isEqualTo(2);
        assertThat(broken.get("reason").asText()).isEqualTo("MISSING");
    }

    @Test
    void theLastTicketRemovedWithItsSealShowsAgainstTheChainsHead(VivresSystem system, Api admin)
            throws SQLException {
        Shop shop = shopWithTickets(admin, 2);
        removeWithItsSeal(system, shop.tickets().get(1));
        JsonNode broken = verify(shop).get("firstBroken");
        assertThat(broken.get("sequence").asLong()).isEqualTo(2);
        assertThat(broken.get("reason").asText()).isEqualTo("MISSING");
    }

    /** As the database owner, triggers off: a ticket gone with everything that names it, its seal included. */
    private static void removeWithItsSeal(VivresSystem system, String ticket) throws SQLException {
        String t = "'" + ticket + "'";
        withoutTriggers(system, List.of("erp_ticket_line", "erp_ticket_vat", "erp_payment", "erp_ticket", "erp_seal"),
                "delete from erp_ticket_line where ticket_id = " + t,
                "delete from erp_ticket_vat where ticket_id = " + t,
                "delete from erp_payment where ticket_id = " + t,
                "delete from erp_stock_movement where ticket_id = " + t,
                "delete from erp_till_ticket where id = " + t,
                "delete from erp_ticket where id = " + t,
                "delete from erp_seal where record_id = " + t);
    }

    @Test
    void twoSwappedTicketsAreOutOfOrder(VivresSystem system, Api admin) throws SQLException {
        Shop shop = shopWithTickets(admin, 3);
        String chain = "'TILL-0-" + shop.store() + "'";
        withoutTriggers(system, List.of("erp_seal"),
                "update erp_seal set sequence = 1000000 where chain = " + chain + " and sequence = 1",
                "update erp_seal set sequence = 1 where chain = " + chain + " and sequence = 2",
                "update erp_seal set sequence = 2 where chain = " + chain + " and sequence = 1000000");
        JsonNode broken = verify(shop).get("firstBroken");
        assertThat(broken.get("sequence").asLong()).isEqualTo(1);
        assertThat(broken.get("reason").asText()).isEqualTo("REORDERED");
    }

    @Test
    void everyCheckIsAnEventAndABrokenChainOneMore(VivresSystem system, Api admin) throws SQLException {
        Shop shop = shopWithTickets(admin, 1);
        verify(shop);
        withoutTriggers(system, List.of("erp_ticket"), "update erp_ticket set total = 0.01 where id = '"
                + shop.tickets().get(0) + "'");
        verify(shop);
        JsonNode events = shop.manager().get("/api/fiscal/events?organization=" + shop.store()).json().get("items");
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsSubsequence("FISCAL_VERIFICATION", "FISCAL_VERIFICATION", "FISCAL_CHAIN_BROKEN");
        assertThat(system.running().baseUrl()).isNotNull();
        Api.Response health = admin.anonymous().get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("fiscal").asText()).isEqualTo("BROKEN");
        // where, for the back office's banner: to the network admin only
        assertThat(health.json().has("fiscalBroken")).isFalse();
        JsonNode where = admin.get("/api/health").json().path("fiscalBroken");
        assertThat(where.path("chain").asText()).isNotEmpty();
        assertThat(where.path("reason").asText()).isNotEmpty();
        // the events chain itself stays intact
        UUID.fromString(shop.store());
    }
}
