package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The till's core: quotes, sales, idempotency, returns and their refusals. */
@ExtendWith(VivresSystem.class)
class TicketApiTest {
    static Api admin;
    static Fixtures fx;
    static String store;
    static String bread;
    static String carrots;
    static Api cashier;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        bread = fx.product("3.40");
        carrots = fx.product("LEGUMES", "2.45", "KG", List.of("ORGANIC"), 20);
        fx.stock(store, bread, "100");
        fx.stock(store, carrots, "50");
        cashier = fx.user("CASHIER", store);
    }

    private static Map<String, Object> sale(String id, String amount, Map<String, Object>... lines) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", store, "lines", List.of(lines),
                "payments", List.of(Map.of("method", "CASH", "amount", amount))));
        if (id != null) {
            body.put("id", id);
        }
        return body;
    }

    private static Map<String, Object> line(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    @Test
    void aQuoteShowsThePricesOfTheRecordedTicketAndStoresNothing() {
        String before = fx.onHand(store, carrots);
        Api.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store,
                "lines", List.of(line(bread, "2"), line(carrots, "1.333"))));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        // 2 × 3.40 + 1.333 × 2.45 = 6.80 + 3.27 (3.26585 half-up)
        assertThat(quote.text("total")).isEqualTo("10.07");
        assertThat(fx.onHand(store, carrots)).isEqualTo(before);
        Api.Response ticket = cashier.post("/api/tickets", sale(null, "10.07", line(bread, "2"), line(carrots, "1.333")));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        assertThat(ticket.json().path("lines")).isEqualTo(quote.json().path("lines"));
        assertThat(ticket.text("documentNo")).startsWith("T");
        var first = ticket.json().path("lines").get(0);
        assertThat(first.path("referencePrice").asText()).isEqualTo("3.40");
        assertThat(first.path("unitPrice").asText()).isEqualTo("3.40");
        assertThat(first.path("lineAmount").asText()).isEqualTo("6.80");
        assertThat(first.path("priceRule").asText()).isEqualTo("REFERENCE");
        assertThat(ticket.json().path("lines").get(1).path("quantity").asText()).isEqualTo("1.333");
        assertThat(cashier.get("/api/tickets/" + ticket.text("id")).json().path("total").asText()).isEqualTo("10.07");
    }

    @Test
    void paymentsMustMatchTheTotalAndARefusedTicketChangesNothing() {
        String before = fx.onHand(store, bread);
        String id = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(id, "3.00", line(bread, "1")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("PAYMENTS_DO_NOT_MATCH_TOTAL");
        assertThat(fx.onHand(store, bread)).isEqualTo(before);
        assertThat(cashier.get("/api/tickets/" + id).status()).isEqualTo(404);
    }

    @Test
    void splitPaymentsInCashAndCard() {
        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store, "lines", List.of(line(bread, "3")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00"), Map.of("method", "CARD", "amount", "5.20"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("payments")).hasSize(2);
    }

    @Test
    void badTicketsAreRefused() {
        assertThat(cashier.post("/api/tickets", sale(null, "0.00", line(bread, "0"))).code()).isEqualTo("INVALID_QUANTITY");
        assertThat(cashier.post("/api/tickets", sale(null, "3.40", line(bread, "-1"))).code()).isEqualTo("INVALID_QUANTITY");
        assertThat(cashier.post("/api/tickets", sale(null, "1.70", line(bread, "0.5"))).code()).isEqualTo("INVALID_QUANTITY");
        assertThat(cashier.post("/api/tickets", sale(null, "1.00", line(UUID.randomUUID().toString(), "1"))).status())
                .isEqualTo(404);
        assertThat(cashier.post("/api/tickets", Map.of("organization", store, "lines", List.of(Map.of("product", bread,
                "quantity", 1)), "payments", List.of())).code()).isEqualTo("INVALID_FIELD");
        assertThat(cashier.post("/api/tickets", "{\"lines\": [").code()).isEqualTo("MALFORMED_JSON");
        assertThat(cashier.post("/api/tickets", "[1,2]").code()).isEqualTo("INVALID_FIELD");
        assertThat(cashier.post("/api/tickets", Map.of("organization", store, "lines", List.of(line(bread, "1")),
                "payments", List.of(Map.of("method", "BITCOIN", "amount", "3.40")))).code())
                .isEqualTo("UNKNOWN_PAYMENT_METHOD");
        Api foreigner = fx.user("CASHIER", fx.store());
        assertThat(foreigner.post("/api/tickets", sale(null, "3.40", line(bread, "1"))).status()).isEqualTo(403);
    }

    @Test
    void aHouseholdOfAnotherStoreMayShopHere() {
        String household = fx.household(fx.store());
        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store, "household", household,
                "lines", List.of(line(bread, "1")), "payments", List.of(Map.of("method", "CASH", "amount", "3.40"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("household")).isEqualTo(household);
    }

    @Test
    void anotherStoreCannotReadATicket() {
        Api.Response t = cashier.post("/api/tickets", sale(null, "3.40", line(bread, "1")));
        Api foreigner = fx.user("MANAGER", fx.store());
        assertThat(foreigner.get("/api/tickets/" + t.text("id")).status()).isEqualTo(404);
        Api.Response list = foreigner.get("/api/tickets");
        assertThat(list.raw()).doesNotContain(t.text("id"));
    }

    @Test
    void postingTheSameTicketAgainReturnsTheStoredOneAndADifferentBodyIsAConflict() {
        String id = UUID.randomUUID().toString();
        String before = fx.onHand(store, bread);
        Api.Response first = cashier.post("/api/tickets", sale(id, "6.80", line(bread, "2")));
        assertThat(first.status()).isEqualTo(201);
        Api.Response again = cashier.post("/api/tickets", sale(id, "6.80", line(bread, "2")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("documentNo")).isEqualTo(first.text("documentNo"));
        Api.Response other = cashier.post("/api/tickets", sale(id, "3.40", line(bread, "1")));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("TICKET_ID_REUSED");
        assertThat(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal(fx.onHand(store, bread))))
                .isEqualByComparingTo("2");
    }

    @Test
    void aTicketSentAgainAfterItsPriceChangedIsTheStoredOneBeforeAnyRefusal() {
        String jam = fx.product("2.00");
        fx.stock(store, jam, "10");
        String id = UUID.randomUUID().toString();
        Api.Response first = cashier.post("/api/tickets", sale(id, "4.00", line(jam, "2")));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Response repriced = admin.put("/api/products/" + jam, Map.of("name", "Confiture", "category", "EPICERIE",
                "referencePrice", "2.50", "vatRate", "5.5"));
        assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
        // priced now, the same basket no longer adds up to what was paid: a new ticket is refused so
        Api.Response fresh = cashier.post("/api/tickets", sale(null, "4.00", line(jam, "2")));
        assertThat(fresh.code()).isEqualTo("PAYMENTS_DO_NOT_MATCH_TOTAL");
        // but the one recorded, sent again by a till that lost its answer, is the stored one
        Api.Response again = cashier.post("/api/tickets", sale(id, "4.00", line(jam, "2")));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        // and another request under its id is told so, before what would refuse it as a new ticket
        Api.Response other = cashier.post("/api/tickets", sale(id, "4.00", line(jam, "1")));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("TICKET_ID_REUSED");
        assertThat(new java.math.BigDecimal(fx.onHand(store, jam))).isEqualByComparingTo("8");
        assertThat(cashier.get("/api/tickets?documentNo=" + first.text("documentNo")).json().path("items"))
                .hasSize(1);
    }

    @Test
    void tenConcurrentPostsOfOneTicketRecordItOnceAndMoveStockOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String before = fx.onHand(store, carrots);
        Map<String, Object> body = sale(id, "4.90", line(carrots, "2"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<Api.Response> post = () -> {
                go.await();
                return cashier.post("/api/tickets", body);
            };
            posts.add(pool.submit(post));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (Future<Api.Response> f : posts) {
            Api.Response r = f.get();
            statuses.add(r.status());
            documents.add(r.text("documentNo"));
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(documents).containsOnly(documents.get(0));
        assertThat(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal(fx.onHand(store, carrots))))
                .isEqualByComparingTo("2");
    }

    @Test
    void aReturnGivesBackAtThePricePaidPutsStockBackAndCannotExceedTheSale() {
        Api.Response sale = cashier.post("/api/tickets", sale(null, "10.20", line(bread, "3")));
        String before = fx.onHand(store, bread);
        String returnId = UUID.randomUUID().toString();
        Map<String, Object> ret = Map.of("id", returnId, "lines", List.of(line(bread, "2")));
        Api.Response r = cashier.post("/api/tickets/" + sale.text("id") + "/returns", ret);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("total")).isEqualTo("-6.80");
        assertThat(r.json().path("lines").get(0).path("quantity").asText()).isEqualTo("-2.000");
        assertThat(r.json().path("payments").get(0).path("method").asText()).isEqualTo("CASH");
        assertThat(r.json().path("payments").get(0).path("amount").asText()).isEqualTo("-6.80");
        assertThat(cashier.post("/api/tickets/" + sale.text("id") + "/returns", ret).status()).isEqualTo(200);
        assertThat(new java.math.BigDecimal(fx.onHand(store, bread)).subtract(new java.math.BigDecimal(before)))
                .isEqualByComparingTo("2");
        Api.Response tooMuch = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(bread, "2"))));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("RETURN_EXCEEDS_SALE");
        assertThat(cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(line(bread, "1")))).status()).isEqualTo(201);
    }

    @Test
    void ticketsAreListedByStoreAndDate() {
        cashier.post("/api/tickets", sale(null, "3.40", line(bread, "1")));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        Api.Response list = cashier.get("/api/tickets?organization=" + store + "&from=" + today + "&to=" + today);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").size()).isGreaterThanOrEqualTo(1);
        assertThat(cashier.get("/api/tickets?from=hier").code()).isEqualTo("INVALID_DATE");
    }

    @Test
    void aTicketIsFoundByItsNumberWithItsLinesAndPayments() {
        Api.Response sold = cashier.post("/api/tickets", sale(null, "3.40", line(bread, "1")));
        cashier.post("/api/tickets", sale(null, "3.40", line(bread, "1")));
        String number = sold.text("documentNo");
        var items = cashier.get("/api/tickets?organization=" + store + "&documentNo=" + number.toLowerCase())
                .json().path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("id").asText()).isEqualTo(sold.text("id"));
        assertThat(items.get(0).path("lines")).hasSize(1);
        assertThat(items.get(0).path("payments").get(0).path("amount").asText()).isEqualTo("3.40");
        assertThat(cashier.get("/api/tickets?organization=" + store + "&documentNo=T99999999").json()
                .path("items")).isEmpty();
    }
}
