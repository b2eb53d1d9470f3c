package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What controllers look for in the event journal is there, written with what it records: a cashier's login, a
 * till opened and closed, a closing, users created, deactivated and their password reset, a price and VAT change —
 * ids, codes and amounts, never a name or a password — and the chains still verify.
 */
@ExtendWith(VivresSystem.class)
class EventJournalTest {
    private static List<JsonNode> events(Api who, String query) {
        Api.Response r = who.get("/api/fiscal/events?" + query + "&limit=500");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("items").spliterator(), false).toList();
    }

    private static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> e.path("type").asText().equals(type)).toList();
    }

    @Test
    void tillsClosingsLoginsAndUsersAreJournaledWithIdsOnly(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        Api manager = fx.user("MANAGER", store);
        String cashierName = fx.unique("caissiere");
        Api.Response created = manager.post("/api/users", Map.of("username", cashierName,
                "password", "Vivres-Caisse-2026!", "roles", List.of("CASHIER"), "organization", store));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api cashier = admin.login(cashierName, "Vivres-Caisse-2026!");
        String cashierId = created.text("id");
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse E")).text("id");
        String session = cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "15.00")).text("id");
        Api.Response z = cashier.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "15.00")));
        assertThat(z.status()).as(z.toString()).isEqualTo(200);
        assertThat(manager.post("/api/closings", Map.of("organization", store, "kind", "MONTH", "period", "2001-02"))
                .status()).isEqualTo(201);
        assertThat(manager.put("/api/users/" + cashierId + "/password", Map.of("password", "Autre-Secret-2027!"))
                .status()).isEqualTo(204);
        assertThat(manager.put("/api/users/" + cashierId + "/active", Map.of("active", false)).status())
                .isEqualTo(200);
        // a refused change journals nothing
        int before = events(manager, "organization=" + store).size();
        assertThat(manager.put("/api/users/" + cashierId + "/password", Map.of("password", "court")).status())
                .isEqualTo(400);
        assertThat(manager.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "1.00"))).status()).isEqualTo(404);

        List<JsonNode> events = events(manager, "organization=" + store);
        assertThat(events).hasSize(before);
        JsonNode login = ofType(events, "TILL_LOGIN").get(0);
        assertThat(login.path("user").asText()).isEqualTo(cashierId);
        JsonNode opened = ofType(events, "TILL_OPENED").get(0);
        assertThat(opened.path("details").path("till").asText()).isEqualTo(till);
        assertThat(opened.path("details").path("session").asText()).isEqualTo(session);
        assertThat(opened.path("details").path("openingFloat").asText()).isEqualTo("15.00");
        assertThat(opened.path("user").asText()).isEqualTo(cashierId);
        JsonNode closed = ofType(events, "TILL_CLOSED").get(0);
        assertThat(closed.path("details").path("z").asText()).isEqualTo(z.text("id"));
        assertThat(closed.path("details").path("number").asInt()).isEqualTo(1);
        assertThat(ofType(events, "CLOSING_MADE").get(0).path("details").path("period").asText())
                .isEqualTo("2001-02");
        assertThat(ofType(events, "USER_CREATED")).anySatisfy(e -> {
            assertThat(e.path("subject").asText()).isEqualTo(cashierId);
            assertThat(e.path("details").path("roles").toString()).isEqualTo("[\"CASHIER\"]");
        });
        assertThat(ofType(events, "USER_PASSWORD_RESET").get(0).path("subject").asText()).isEqualTo(cashierId);
        assertThat(ofType(events, "USER_ACTIVE_CHANGED").get(0).path("details").path("active").asBoolean())
                .isFalse();
        String all = events.toString();
        assertThat(all).doesNotContain(cashierName).doesNotContain("Vivres-Caisse-2026!")
                .doesNotContain("Autre-Secret-2027!");
        // a manager's login is not a till's
        assertThat(ofType(events, "TILL_LOGIN")).hasSize(1);
        assertThat(manager.get("/api/fiscal/verify?organization=" + store).json().path("status").asText())
                .isEqualTo("INTACT");
    }

    @Test
    void aPriceOrVatChangeIsANetworkEventWithOldAndNewFigures(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String product = fx.product("2.00");
        JsonNode p = admin.get("/api/products/" + product).json();
        Map<String, Object> terms = new java.util.HashMap<>(Map.of("name", p.path("name").asText(),
                "category", p.path("category").asText(), "referencePrice", "2.40", "vatRate", "20.00"));
        Api.Response changed = admin.put("/api/products/" + product, terms);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        terms.put("name", "Renommé sans changer de prix");
        assertThat(admin.put("/api/products/" + product, terms).status()).isEqualTo(200);

        List<JsonNode> mine = new ArrayList<>(ofType(events(admin, "from=2000-01-01&to=2100-01-01"), "PRICE_CHANGED")
                .stream().filter(e -> e.path("subject").asText().equals(product)).toList());
        assertThat(mine).hasSize(1);
        JsonNode d = mine.get(0).path("details");
        assertThat(d.path("oldPrice").asText()).isEqualTo(p.path("referencePrice").asText());
        assertThat(d.path("newPrice").asText()).isEqualTo("2.40");
        assertThat(d.path("oldVatRate").asText()).isEqualTo(p.path("vatRate").asText());
        assertThat(d.path("newVatRate").asText()).isEqualTo("20.00");
        // only a network admin reads the network's events
        Api manager = fx.user("MANAGER", fx.store());
        assertThat(manager.get("/api/fiscal/events").status()).isEqualTo(400);
    }
}
