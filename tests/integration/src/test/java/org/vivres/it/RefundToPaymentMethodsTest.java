package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A return gives the money back the way it was paid: a card sale to the card, a mixed sale to its cash and its card in
 * proportion — so that the drawer's count at closing is what went into it and came out of it.
 */
@ExtendWith(VivresSystem.class)
class RefundToPaymentMethodsTest {
    static Fixtures fx;
    static String store;
    static Api cashier;
    static String jam;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        jam = fx.product("3.33");
        fx.stock(store, jam, "100");
    }

    static Api.Response sell(String quantity, List<Map<String, Object>> payments) {
        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", jam, "quantity", quantity)), "payments", payments));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    static Api.Response giveBack(String sale, String quantity) {
        Api.Response r = cashier.post("/api/tickets/" + sale + "/returns", Map.of("lines",
                List.of(Map.of("product", jam, "quantity", quantity))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    static Map<String, BigDecimal> byMethod(JsonNode ticket) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        ticket.path("payments").forEach(p -> amounts.merge(p.path("method").asText(),
                new BigDecimal(p.path("amount").asText()), BigDecimal::add));
        return amounts;
    }

    @Test
    void aCardSaleReturnedIsRefundedToTheCardNotInCash() {
        String sale = sell("2", List.of(Map.of("method", "CARD", "amount", "6.66"))).text("id");
        JsonNode back = giveBack(sale, "1").json();
        assertThat(back.path("payments")).hasSize(1);
        assertThat(back.path("payments").get(0).path("method").asText()).isEqualTo("CARD");
        assertThat(back.path("payments").get(0).path("amount").asText()).isEqualTo("-3.33");
    }

    @Test
    void aMixedSaleReturnedInTwoPartsGivesBackToEachMethodExactlyWhatItPaid() {
        // a store of its own: its journal is this sale's and its returns'
        String own = fx.store();
        Api till = fx.user("CASHIER", own);
        fx.stock(own, jam, "10");
        // 3 × 3.33 = 9.99: 2.00 in cash, 7.99 by card
        Api.Response sold = till.post("/api/tickets", Map.of("organization", own,
                "lines", List.of(Map.of("product", jam, "quantity", "3")),
                "payments", List.of(Map.of("method", "CASH", "amount", "2.00"),
                        Map.of("method", "CARD", "amount", "7.99"))));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        String sale = sold.text("id");
        Api.Response one = till.post("/api/tickets/" + sale + "/returns", Map.of("lines",
                List.of(Map.of("product", jam, "quantity", "1"))));
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        Map<String, BigDecimal> first = byMethod(one.json());
        // 3.33 in proportion to 2.00 and 7.99: 0.6667 and 2.6633 → 0.67 + 2.66
        assertThat(first).containsOnlyKeys("CASH", "CARD");
        assertThat(first.get("CASH")).isEqualByComparingTo("-0.67");
        assertThat(first.get("CARD")).isEqualByComparingTo("-2.66");
        Api.Response two = till.post("/api/tickets/" + sale + "/returns", Map.of("lines",
                List.of(Map.of("product", jam, "quantity", "2"))));
        assertThat(two.status()).as(two.toString()).isEqualTo(201);
        Map<String, BigDecimal> second = byMethod(two.json());
        assertThat(first.get("CASH").add(second.get("CASH"))).isEqualByComparingTo("-2.00");
        assertThat(first.get("CARD").add(second.get("CARD"))).isEqualByComparingTo("-7.99");

        // the day's journal nets each method: what the drawer and the card terminal took came back out of them
        JsonNode journal = till.get("/api/tickets/journal?organization=" + own).json();
        assertThat(journal.path("payments").toString()).isEqualTo("[{\"method\":\"CARD\",\"amount\":\"0.00\","
                + "\"tickets\":3},{\"method\":\"CASH\",\"amount\":\"0.00\",\"tickets\":3}]");
    }
}
