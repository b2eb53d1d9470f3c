package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket the till sold while it could not reach the server ({@code soldOffline}) was paid at the till's prices: when
 * the server prices it otherwise (here: the price changed during the outage), it is recorded with the difference as an
 * {@code OFFLINE_GAP} line instead of refused, and a return gives back in cash no more than was paid.
 */
@ExtendWith(VivresSystem.class)
class OfflineGapTest {
    static Fixtures fx;
    static String store;
    static Api cashier;
    static String oil;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        oil = fx.product("5.00");
        fx.stock(store, oil, "100");
    }

    static Map<String, Object> sale(String id, String quantity, String cash, Boolean offline) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "organization", store,
                "lines", List.of(Map.of("product", oil, "quantity", quantity)),
                "payments", List.of(Map.of("method", "CASH", "amount", cash))));
        if (offline != null) {
            body.put("soldOffline", offline);
        }
        return body;
    }

    static JsonNode payment(JsonNode ticket, String method) {
        for (JsonNode p : ticket.path("payments")) {
            if (method.equals(p.path("method").asText())) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aTicketSoldOfflineAtAnOldPriceIsRecordedWithItsGap() {
        // 2 × 5.00 on the server; the till, offline, still had 4.00 and took 8.00
        String id = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(id, "2", "8.00", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("total")).isEqualTo("10.00");
        assertThat(payment(r.json(), "CASH").path("amount").asText()).isEqualTo("8.00");
        assertThat(payment(r.json(), "OFFLINE_GAP").path("amount").asText()).isEqualTo("2.00");
        // sent again by the outbox: the same ticket, nothing twice
        Api.Response again = cashier.post("/api/tickets", sale(id, "2", "8.00", true));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("payments")).hasSize(2);
        // it shows in the day's journal
        JsonNode journal = cashier.get("/api/tickets/journal?organization=" + store).json();
        assertThat(journal.path("payments").toString()).contains("OFFLINE_GAP");

        // a return of one of the two: 5.00 back, of which 1.00 was never paid: 4.00 in cash
        Api.Response back = cashier.post("/api/tickets/" + id + "/returns", Map.of("lines",
                List.of(Map.of("product", oil, "quantity", "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(payment(back.json(), "CASH").path("amount").asText()).isEqualTo("-4.00");
        assertThat(payment(back.json(), "OFFLINE_GAP").path("amount").asText()).isEqualTo("-1.00");
        Api.Response rest = cashier.post("/api/tickets/" + id + "/returns", Map.of("lines",
                List.of(Map.of("product", oil, "quantity", "1"))));
        assertThat(payment(rest.json(), "CASH").path("amount").asText()).isEqualTo("-4.00");
        assertThat(payment(rest.json(), "OFFLINE_GAP").path("amount").asText()).isEqualTo("-1.00");
    }

    @Test
    void aTillThatOverchargedOfflineOwesTheDifference() {
        Api.Response r = cashier.post("/api/tickets", sale(UUID.randomUUID().toString(), "1", "6.00", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(payment(r.json(), "OFFLINE_GAP").path("amount").asText()).isEqualTo("-1.00");
    }

    @Test
    void onlineTheTotalMustStillMatchAndNobodyWritesTheGapButTheServer() {
        Api.Response online = cashier.post("/api/tickets", sale(UUID.randomUUID().toString(), "1", "4.00", null));
        assertThat(online.status()).isEqualTo(422);
        assertThat(online.code()).isEqualTo("PAYMENTS_DO_NOT_MATCH_TOTAL");
        Api.Response nothingPaid = cashier.post("/api/tickets", Map.of("organization", store, "soldOffline", true,
                "lines", List.of(Map.of("product", oil, "quantity", "1")), "payments", List.of()));
        assertThat(nothingPaid.code()).isEqualTo("PAYMENTS_DO_NOT_MATCH_TOTAL");
        Api.Response forged = cashier.post("/api/tickets", Map.of("organization", store, "soldOffline", true,
                "lines", List.of(Map.of("product", oil, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "1.00"),
                        Map.of("method", "OFFLINE_GAP", "amount", "4.00"))));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.code()).isEqualTo("PAYMENT_METHOD_RESERVED");
        assertThat(forged.message()).contains("serveur");
    }
}
