package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A store's tills: the manager declares them, a cashier opens one with the float in its drawer, sells and takes
 * returns on it, puts cash in and takes it out, counts the drawer and closes it; the Z shows what was expected, what
 * was counted and the difference, per method and per VAT rate, reconciled with its tickets to the cent.
 */
@ExtendWith(VivresSystem.class)
class TillSessionTest {
    static Fixtures fx;
    static Api admin;

    @BeforeAll
    static void setUp(Api api) {
        admin = api;
        fx = new Fixtures(api);
    }

    record Store(String id, Api manager, Api cashier, String bread, String wine) {
    }

    static Store store() {
        String id = fx.store();
        String bread = product("2.11", "5.5");
        String wine = product("7.20", "20");
        fx.stock(id, bread, "100000");
        fx.stock(id, wine, "100000");
        return new Store(id, fx.user("MANAGER", id), fx.user("CASHIER", id), bread, wine);
    }

    static String product(String price, String rate) {
        Api.Response r = admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", fx.unique("Produit"),
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", price, "vatRate", rate));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    static String till(Store s, String name) {
        Api.Response r = s.manager().post("/api/tills", Map.of("organization", s.id(), "name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    static JsonNode open(Api who, String till, String openingFloat) {
        Api.Response r = who.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", openingFloat));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static Api.Response sell(Store s, String till, String product, String quantity, String method, String amount) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organization", s.id(),
                "lines", List.of(Map.of("product", product, "quantity", quantity)),
                "payments", List.of(Map.of("method", method, "amount", amount))));
        if (till != null) {
            body.put("till", till);
        }
        return s.cashier().post("/api/tickets", body);
    }

    @Test
    void theManagerDeclaresNumberedTillsBesideTheApisTillZero() {
        Store s = store();
        String one = till(s, "Caisse 1");
        Api.Response two = s.manager().post("/api/tills", Map.of("organization", s.id(), "name", "Caisse 2"));
        assertThat(two.json().path("number").asInt()).isEqualTo(2);
        assertThat(two.text("organization")).isEqualTo(s.id());
        assertThat(two.text("name")).isEqualTo("Caisse 2");
        JsonNode listed = s.cashier().get("/api/tills?organization=" + s.id()).json().path("items");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).path("number").asInt()).isZero();
        assertThat(listed.get(0).path("name").asText()).isEqualTo("API");
        assertThat(listed.get(1).path("id").asText()).isEqualTo(one);
        // refusals change nothing
        Api.Response same = s.manager().post("/api/tills", Map.of("organization", s.id(), "name", "caisse 1"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.code()).isEqualTo("TILL_NAME_TAKEN");
        assertThat(s.cashier().post("/api/tills", Map.of("organization", s.id(), "name", "Caisse 3")).code())
                .isEqualTo("ROLE_FORBIDDEN");
        Store other = store();
        assertThat(other.manager().post("/api/tills", Map.of("organization", s.id(), "name", "Caisse 9")).status())
                .isEqualTo(403);
        assertThat(other.cashier().get("/api/tills?organization=" + s.id()).status()).isEqualTo(403);
        assertThat(s.manager().post("/api/tills", Map.of("organization", s.id())).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(s.cashier().get("/api/tills?organization=" + s.id()).json().path("items")).hasSize(3);
        // numbers are per store
        assertThat(till(other, "Caisse 1")).isNotEqualTo(one);
        assertThat(other.cashier().get("/api/tills?organization=" + other.id()).json().path("items").get(1)
                .path("number").asInt()).isEqualTo(1);
    }

    @Test
    void aTillOpensOnceWithItsFloatAndSellsOnlyWhileOpen() {
        Store s = store();
        String till = till(s, "Caisse 1");
        String onHand = fx.onHand(s.id(), s.bread());
        Api.Response closed = sell(s, till, s.bread(), "1", "CASH", "2.11");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("TILL_NOT_OPEN");
        assertThat(fx.onHand(s.id(), s.bread())).isEqualTo(onHand);
        assertThat(s.cashier().get("/api/tickets?organization=" + s.id()).json().path("items")).isEmpty();
        Api.Response none = s.cashier().get("/api/tills/" + till + "/sessions/current");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.code()).isEqualTo("TILL_NOT_OPEN");
        assertThat(s.cashier().post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "0.00"))).code()).isEqualTo("TILL_NOT_OPEN");
        assertThat(s.cashier().post("/api/tills/" + till + "/sessions/current/movements",
                Map.of("type", "CASH_IN", "amount", "5.00", "reason", "apport")).code()).isEqualTo("TILL_NOT_OPEN");

        assertThat(s.cashier().post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "-1")).code())
                .isEqualTo("INVALID_AMOUNT");
        Api.Response other = store().cashier().post("/api/tills/" + till + "/sessions",
                Map.of("openingFloat", "10.00"));
        assertThat(other.status()).isIn(403, 404);
        JsonNode session = open(s.cashier(), till, "150.00");
        assertThat(session.path("status").asText()).isEqualTo("OPEN");
        assertThat(session.path("till").asText()).isEqualTo(till);
        assertThat(session.path("openingFloat").asText()).isEqualTo("150.00");
        assertThat(session.path("openedAt").asText()).isNotBlank();
        Api.Response again = s.manager().post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "1.00"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("TILL_ALREADY_OPEN");
        String apiTill = s.cashier().get("/api/tills?organization=" + s.id()).json().path("items").get(0).path("id")
                .asText();
        assertThat(s.cashier().post("/api/tills/" + apiTill + "/sessions", Map.of("openingFloat", "1.00")).code())
                .isEqualTo("TILL_WITHOUT_DRAWER");
        assertThat(s.cashier().get("/api/tills/" + till + "/sessions").json().path("items")).hasSize(1);
        assertThat(sell(s, till, s.bread(), "1", "CASH", "2.11").status()).isEqualTo(201);
        // without a till, or on till 0, a ticket is the API's as before
        assertThat(sell(s, null, s.bread(), "1", "CASH", "2.11").status()).isEqualTo(201);
        assertThat(sell(s, apiTill, s.bread(), "1", "CASH", "2.11").status()).isEqualTo(201);
        // another store's till is not this store's
        Store elsewhere = store();
        String foreign = till(elsewhere, "Caisse 1");
        open(elsewhere.cashier(), foreign, "0.00");
        assertThat(sell(s, foreign, s.bread(), "1", "CASH", "2.11").status()).isEqualTo(404);
        JsonNode current = s.cashier().get("/api/tills/" + till + "/sessions/current").json();
        assertThat(current.path("tickets").asInt()).isEqualTo(1);
        assertThat(current.path("expected").path("CASH").asText()).isEqualTo("152.11");
    }

    @Test
    void theZShowsExpectedCountedAndDifferenceAndReconcilesWithItsTickets() {
        Store s = store();
        String till = till(s, "Caisse 1");
        open(s.cashier(), till, "50.00");
        List<JsonNode> tickets = new ArrayList<>();
        tickets.add(sell(s, till, s.bread(), "3", "CASH", "6.33").json());
        tickets.add(sell(s, till, s.wine(), "2", "CARD", "14.40").json());
        Api.Response mixed = s.cashier().post("/api/tickets", Map.of("organization", s.id(), "till", till,
                "lines", List.of(Map.of("product", s.bread(), "quantity", "1"), Map.of("product", s.wine(),
                        "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00"), Map.of("method", "CARD",
                        "amount", "4.31"))));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(201);
        tickets.add(mixed.json());
        Api.Response back = s.cashier().post("/api/tickets/" + tickets.get(0).path("id").asText() + "/returns",
                Map.of("till", till, "lines", List.of(Map.of("product", s.bread(), "quantity", "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        tickets.add(back.json());
        // a ticket of the API till is not this till's
        sell(s, null, s.wine(), "1", "CASH", "7.20");
        assertThat(s.cashier().post("/api/tills/" + till + "/sessions/current/movements", Map.of("type", "CASH_OUT",
                "amount", "20.00", "reason", "dépôt en banque")).status()).isEqualTo(201);
        Api.Response in = s.cashier().post("/api/tills/" + till + "/sessions/current/movements", Map.of("type",
                "CASH_IN", "amount", "10.00", "reason", "apport"));
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.text("type")).isEqualTo("CASH_IN");
        assertThat(s.cashier().post("/api/tills/" + till + "/sessions/current/movements", Map.of("type", "GIFT",
                "amount", "1.00", "reason", "?")).code()).isEqualTo("INVALID_VALUE");
        assertThat(s.cashier().post("/api/tills/" + till + "/sessions/current/movements", Map.of("type", "CASH_IN",
                "amount", "0", "reason", "rien")).code()).isEqualTo("INVALID_AMOUNT");

        // expected cash = 50 float + 6.33 + 5.00 − 2.11 refunded − 20 out + 10 in = 49.22; card 14.40 + 4.31
        JsonNode current = s.cashier().get("/api/tills/" + till + "/sessions/current").json();
        assertThat(current.path("expected").path("CASH").asText()).isEqualTo("49.22");
        assertThat(current.path("expected").path("CARD").asText()).isEqualTo("18.71");
        assertThat(s.cashier().post("/api/tills/" + till + "/sessions/current/close", Map.of("counted",
                Map.of("CARD", "18.71"))).code()).isEqualTo("FIELD_REQUIRED");

        Api.Response closed = s.cashier().post("/api/tills/" + till + "/sessions/current/close", Map.of("counted",
                Map.of("CASH", "47.22", "CARD", "18.71")));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode z = closed.json();
        assertThat(z.path("number").asInt()).isEqualTo(1);
        assertThat(z.path("till").asText()).isEqualTo(till);
        assertThat(z.path("tickets").asInt()).isEqualTo(3);
        assertThat(z.path("returns").asInt()).isEqualTo(1);
        assertThat(z.path("openedAt").asText()).isNotBlank();
        assertThat(z.path("closedAt").asText()).isNotBlank();
        assertThat(z.path("byMethod").toString()).isEqualTo("[{\"method\":\"CASH\",\"expected\":\"49.22\","
                + "\"counted\":\"47.22\",\"difference\":\"-2.00\"},{\"method\":\"CARD\",\"expected\":\"18.71\","
                + "\"counted\":\"18.71\",\"difference\":\"0.00\"}]");
        assertThat(z.path("cashMovements")).hasSize(2);
        assertThat(z.path("cashMovements").get(0).path("reason").asText()).isEqualTo("dépôt en banque");
        assertThat(z.path("lateTickets")).isEmpty();
        // the Z is its tickets, to the cent: totals and the VAT table summed from the tickets' own tables
        BigDecimal total = BigDecimal.ZERO;
        Map<BigDecimal, BigDecimal[]> vat = new TreeMap<>();
        for (JsonNode t : tickets) {
            total = total.add(new BigDecimal(t.path("total").asText()));
            for (JsonNode row : t.path("vat")) {
                BigDecimal[] sum = vat.computeIfAbsent(new BigDecimal(row.path("rate").asText()), k -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(new BigDecimal(row.path("base").asText()));
                sum[1] = sum[1].add(new BigDecimal(row.path("vat").asText()));
                sum[2] = sum[2].add(new BigDecimal(row.path("total").asText()));
            }
        }
        assertThat(z.path("total").asText()).isEqualTo(total.toPlainString());
        assertThat(z.path("byVatRate")).hasSize(vat.size());
        int i = 0;
        for (Map.Entry<BigDecimal, BigDecimal[]> e : vat.entrySet()) {
            JsonNode row = z.path("byVatRate").get(i++);
            assertThat(row.path("rate").asText()).isEqualTo(e.getKey().toPlainString());
            assertThat(row.path("base").asText()).isEqualTo(e.getValue()[0].toPlainString());
            assertThat(row.path("vat").asText()).isEqualTo(e.getValue()[1].toPlainString());
            assertThat(row.path("total").asText()).isEqualTo(e.getValue()[2].toPlainString());
        }
        // closed: no more sales on it, and the list shows the Z as it was made
        assertThat(sell(s, till, s.bread(), "1", "CASH", "2.11").code()).isEqualTo("TILL_NOT_OPEN");
        JsonNode listed = s.manager().get("/api/tills/" + till + "/sessions").json().path("items").get(0);
        assertThat(listed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(listed.path("z")).isEqualTo(z);
        // the next session's Z is number 2 and starts from nothing
        open(s.cashier(), till, "47.22");
        JsonNode second = s.cashier().post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "47.22"))).json();
        assertThat(second.path("number").asInt()).isEqualTo(2);
        assertThat(second.path("tickets").asInt()).isZero();
        assertThat(second.path("byMethod").toString()).isEqualTo("[{\"method\":\"CASH\",\"expected\":\"47.22\","
                + "\"counted\":\"47.22\",\"difference\":\"0.00\"}]");
        assertThat(second.path("total").asText()).isEqualTo("0.00");
    }

    @Test
    void aTicketSoldOfflineIsNeverRefusedForArrivingLateAndTheNextZShowsIt() {
        Store s = store();
        String till = till(s, "Caisse 1");
        open(s.cashier(), till, "0.00");
        s.cashier().post("/api/tills/" + till + "/sessions/current/close", Map.of("counted", Map.of("CASH", "0.00")));
        Api.Response late = s.cashier().post("/api/tickets", Map.of("organization", s.id(), "till", till,
                "soldOffline", true, "soldAt", java.time.OffsetDateTime.now().toString(),
                "lines", List.of(Map.of("product", s.bread(), "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "4.22"))));
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        open(s.cashier(), till, "10.00");
        assertThat(sell(s, till, s.bread(), "1", "CASH", "2.11").status()).isEqualTo(201);
        JsonNode z = s.cashier().post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "16.33"))).json();
        assertThat(z.path("tickets").asInt()).isEqualTo(2);
        assertThat(z.path("total").asText()).isEqualTo("6.33");
        assertThat(z.path("lateTickets")).hasSize(1);
        assertThat(z.path("lateTickets").get(0).path("documentNo").asText()).isEqualTo(late.text("documentNo"));
        assertThat(z.path("byMethod").get(0).path("difference").asText()).isEqualTo("0.00");
        // and only that Z: the next one does not count it again
        open(s.cashier(), till, "0.00");
        JsonNode next = s.cashier().post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "0.00"))).json();
        assertThat(next.path("tickets").asInt()).isZero();
        assertThat(next.path("lateTickets")).isEmpty();
    }
}
