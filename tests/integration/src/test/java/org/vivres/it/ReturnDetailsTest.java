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
 * What the till shows before a return: for the chosen sale, each item sold, what was already returned and what is
 * left ({@code GET /api/tickets/{id}/returnable}); for the quantities chosen, the refund and the methods it goes back
 * to ({@code POST /api/tickets/{id}/returns/quote}) — the same as the return then gives; and a refusal that names the
 * ticket and the product, never an id.
 */
@ExtendWith(VivresSystem.class)
class ReturnDetailsTest {
    static Fixtures fx;
    static Api admin;
    static String store;
    static Api cashier;
    static String jam;
    static String carrots;
    static String jamName;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        jamName = fx.unique("Confiture d'abricots");
        Api.Response p = admin.post("/api/products", Map.of("sku", fx.unique("CONF"), "name", jamName,
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", "3.33", "vatRate", "5.5"));
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        jam = p.text("id");
        carrots = fx.product("LEGUMES", "2.40", "KG", List.of(), 20);
        fx.stock(store, jam, "100");
        fx.stock(store, carrots, "100");
    }

    static Map<String, Object> line(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    /** 3 jams (9.99) and 1.5 kg of carrots (3.60): 13.59, 3.59 in cash and 10.00 by card. */
    static JsonNode sell() {
        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(line(jam, "3"), line(carrots, "1.5")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.59"), Map.of("method", "CARD", "amount", "10.00"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static Map<String, JsonNode> byProduct(JsonNode returnable) {
        Map<String, JsonNode> items = new HashMap<>();
        returnable.path("lines").forEach(l -> items.put(l.path("product").asText(), l));
        return items;
    }

    static Map<String, BigDecimal> amounts(JsonNode list, String field) {
        Map<String, BigDecimal> m = new HashMap<>();
        list.forEach(p -> m.merge(p.path("method").asText(), new BigDecimal(p.path(field).asText()), BigDecimal::add));
        return m;
    }

    @Test
    void theSaleShowsWhatWasSoldWhatWasReturnedAndWhatIsLeft() {
        JsonNode sale = sell();
        String id = sale.path("id").asText();
        Map<String, JsonNode> before = byProduct(cashier.get("/api/tickets/" + id + "/returnable").json());
        assertThat(before.get(jam).path("name").asText()).isEqualTo(jamName);
        assertThat(before.get(jam).path("uom").asText()).isEqualTo("UNIT");
        assertThat(before.get(jam).path("sold").asText()).isEqualTo("3.000");
        assertThat(before.get(jam).path("returned").asText()).isEqualTo("0.000");
        assertThat(before.get(carrots).path("left").asText()).isEqualTo("1.500");

        Api.Response back = cashier.post("/api/tickets/" + id + "/returns", Map.of("lines",
                List.of(line(jam, "1"), line(carrots, "0.5"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        JsonNode after = cashier.get("/api/tickets/" + id + "/returnable").json();
        assertThat(after.path("documentNo").asText()).isEqualTo(sale.path("documentNo").asText());
        Map<String, JsonNode> items = byProduct(after);
        assertThat(new BigDecimal(items.get(jam).path("returned").asText())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(items.get(jam).path("left").asText())).isEqualByComparingTo("2");
        assertThat(new BigDecimal(items.get(carrots).path("left").asText())).isEqualByComparingTo("1");
        assertThat(after.path("returns")).hasSize(1);
        assertThat(after.path("returns").get(0).path("documentNo").asText()).isEqualTo(back.text("documentNo"));
    }

    @Test
    void theQuoteAnnouncesTheRefundPerMethodThatTheReturnThenGivesAndWritesNothing() {
        String id = sell().path("id").asText();
        String stock = fx.onHand(store, jam);
        Map<String, Object> body = Map.of("lines", List.of(line(jam, "2")));
        Api.Response quote = cashier.post("/api/tickets/" + id + "/returns/quote", body);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.text("total")).isEqualTo("-6.66");
        Map<String, BigDecimal> announced = amounts(quote.json().path("refund"), "amount");
        // pro rata of what each paid: 6.66 × 3.59 / 13.59 and 6.66 × 10 / 13.59
        assertThat(announced.get("CASH").add(announced.get("CARD"))).isEqualByComparingTo("6.66");
        assertThat(announced.get("CARD")).isEqualByComparingTo("4.90");
        assertThat(fx.onHand(store, jam)).isEqualTo(stock);
        assertThat(byProduct(cashier.get("/api/tickets/" + id + "/returnable").json()).get(jam)
                .path("returned").asText()).isEqualTo("0.000");

        Api.Response done = cashier.post("/api/tickets/" + id + "/returns", body);
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        Map<String, BigDecimal> given = amounts(done.json().path("payments"), "amount");
        announced.forEach((method, amount) -> assertThat(given.get(method)).isEqualByComparingTo(amount.negate()));
    }

    @Test
    void aRefusedReturnNamesTheTicketAndTheProductAndWhatIsLeftNeverAnId() {
        JsonNode sale = sell();
        String id = sale.path("id").asText();
        assertThat(cashier.post("/api/tickets/" + id + "/returns", Map.of("lines", List.of(line(jam, "2"))))
                .status()).isEqualTo(201);
        for (String path : List.of("/returns", "/returns/quote")) {
            Api.Response tooMuch = cashier.post("/api/tickets/" + id + path, Map.of("lines", List.of(line(jam, "2"))));
            assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
            assertThat(tooMuch.code()).isEqualTo("RETURN_EXCEEDS_SALE");
            assertThat(tooMuch.message()).contains(sale.path("documentNo").asText(), jamName, "1")
                    .doesNotContain(jam);
        }
        Api.Response english = cashier.english().post("/api/tickets/" + id + "/returns",
                Map.of("lines", List.of(line(jam, "5"))));
        assertThat(english.message()).contains("ticket " + sale.path("documentNo").asText(), jamName);
    }

    @Test
    void aReturnCannotBeQuotedOrDetailedByAnotherStore() {
        String id = sell().path("id").asText();
        Api other = fx.user("CASHIER", fx.store());
        assertThat(other.get("/api/tickets/" + id + "/returnable").status()).isEqualTo(404);
        assertThat(other.post("/api/tickets/" + id + "/returns/quote", Map.of("lines", List.of(line(jam, "1"))))
                .status()).isEqualTo(404);
        String ret = cashier.post("/api/tickets/" + id + "/returns", Map.of("lines", List.of(line(jam, "1"))))
                .text("id");
        Api.Response notASale = cashier.post("/api/tickets/" + ret + "/returns/quote",
                Map.of("lines", List.of(line(jam, "1"))));
        assertThat(notASale.status()).isEqualTo(422);
        assertThat(notASale.code()).isEqualTo("NOT_A_SALE");
    }
}
