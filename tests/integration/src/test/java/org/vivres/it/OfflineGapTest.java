package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket the till sold while it could not reach the server ({@code soldOffline}, {@code soldAt}) was paid at the
 * till's prices: when the server prices it otherwise (here: the price changed during the outage), it is recorded with
 * the difference as an {@code OFFLINE_GAP} line instead of refused, and a return gives back no more than was paid. The
 * gap is bounded by what the till could have known; a gap above the network's threshold waits for a manager; every
 * gap is an event of the journal.
 */
@ExtendWith(VivresSystem.class)
class OfflineGapTest {
    static Api admin;
    static Fixtures fx;
    static String store;
    static Api cashier;
    static String oil;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        // the till had 4.00 in its cache; the network's price is now 5.00
        oil = fx.product("4.00");
        reprice(oil, "5.00");
        fx.stock(store, oil, "100");
    }

    static void reprice(String product, String price) {
        Api.Response r = admin.put("/api/products/" + product, Map.of("name", fx.unique("Produit"),
                "category", "EPICERIE", "referencePrice", price, "vatRate", "5.5"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    static String now() {
        return OffsetDateTime.now().toString();
    }

    static Map<String, Object> sale(String id, String quantity, String cash, Boolean offline) {
        return sale(store, oil, id, quantity, cash, offline);
    }

    static Map<String, Object> sale(String org, String product, String id, String quantity, String cash,
            Boolean offline) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "organization", org,
                "lines", List.of(Map.of("product", product, "quantity", quantity)),
                "payments", List.of(Map.of("method", "CASH", "amount", cash))));
        if (offline != null) {
            body.put("soldOffline", offline);
            body.put("soldAt", now());
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

    /** A store of its own, so that its journal and its gaps are the test's alone. */
    record Shop(String id, Api cashier, Api manager, String product) {
        static Shop open(String cachedPrice, String price) {
            String id = fx.store();
            String product = fx.product(cachedPrice);
            reprice(product, price);
            fx.stock(id, product, "1000");
            return new Shop(id, fx.user("CASHIER", id), fx.user("MANAGER", id), product);
        }

        Api.Response sellOffline(String quantity, String cash) {
            return cashier.post("/api/tickets", sale(id, product, UUID.randomUUID().toString(), quantity, cash, true));
        }

        JsonNode journal() {
            Api.Response r = manager.get("/api/tickets/journal?organization=" + id);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            return r.json();
        }

        List<String> gaps(String status) {
            Api.Response r = manager.get("/api/tickets/offline-gaps?organization=" + id + "&status=" + status);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            List<String> tickets = new ArrayList<>();
            r.json().path("items").forEach(i -> tickets.add(i.path("ticket").asText()));
            return tickets;
        }

        /** The store's journal of offline gaps and their decisions (it also holds logins, users created, ...). */
        JsonNode events() {
            Api.Response r = manager.get("/api/fiscal/events?organization=" + id);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            ArrayNode gaps = JsonNodeFactory.instance.arrayNode();
            r.json().path("items").forEach(e -> {
                if (e.path("type").asText().startsWith("OFFLINE_GAP")) {
                    gaps.add(e);
                }
            });
            return gaps;
        }
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
        // sent again by the outbox (a later soldAt changes nothing): the same ticket, nothing twice
        Api.Response again = cashier.post("/api/tickets", sale(id, "2", "8.00", true));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("payments")).hasSize(2);
        // it shows in the day's journal: 20 % of the ticket, it waits for a manager
        JsonNode journal = cashier.get("/api/tickets/journal?organization=" + store).json();
        assertThat(journal.path("offlineGapsPending").path("total").asText()).isNotEqualTo("0.00");

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
                "soldAt", now(), "lines", List.of(Map.of("product", oil, "quantity", "1")), "payments", List.of()));
        assertThat(nothingPaid.code()).isEqualTo("PAYMENTS_DO_NOT_MATCH_TOTAL");
        Api.Response forged = cashier.post("/api/tickets", Map.of("organization", store, "soldOffline", true,
                "soldAt", now(), "lines", List.of(Map.of("product", oil, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "1.00"),
                        Map.of("method", "OFFLINE_GAP", "amount", "4.00"))));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.code()).isEqualTo("PAYMENT_METHOD_RESERVED");
        assertThat(forged.message()).contains("serveur");
    }

    @Test
    void aTicketPaidBelowAnyPriceTheTillCouldHaveKnownIsRefusedAndNothingIsRecorded() {
        String wine = fx.product("34.00");
        fx.stock(store, wine, "10");
        String before = fx.onHand(store, wine);
        String id = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(store, wine, id, "1", "0.01", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("OFFLINE_GAP_UNEXPLAINED");
        assertThat(r.message()).startsWith("Le ticket hors ligne a été payé moins que les prix connus de la caisse")
                .contains("0.01", "34.00");
        assertThat(cashier.english().post("/api/tickets", sale(store, wine, id, "1", "0.01", true)).message())
                .contains("less than the prices the till knew");
        assertThat(cashier.get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(fx.onHand(store, wine)).isEqualTo(before);
        // the price the till knew: 1 × 4.00 for the oil now at 5.00 is explained, 3.99 is not
        assertThat(cashier.post("/api/tickets", sale(UUID.randomUUID().toString(), "1", "3.99", true)).code())
                .isEqualTo("OFFLINE_GAP_UNEXPLAINED");
    }

    @Test
    void aTillMustSayWhenItSoldNotInTheFutureNorLongerAgoThanItsOutboxKeepsTickets() {
        Map<String, Object> missing = sale(UUID.randomUUID().toString(), "1", "4.00", true);
        missing.remove("soldAt");
        Api.Response none = cashier.post("/api/tickets", missing);
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.code()).isEqualTo("SOLD_AT_REQUIRED");

        Map<String, Object> future = sale(UUID.randomUUID().toString(), "1", "4.00", true);
        future.put("soldAt", OffsetDateTime.now().plusMinutes(10).toString());
        Api.Response ahead = cashier.post("/api/tickets", future);
        assertThat(ahead.status()).isEqualTo(422);
        assertThat(ahead.code()).isEqualTo("SOLD_AT_IN_FUTURE");

        String oldId = UUID.randomUUID().toString();
        Map<String, Object> old = sale(oldId, "1", "4.00", true);
        old.put("soldAt", OffsetDateTime.now().minusHours(73).toString());
        Api.Response tooOld = cashier.post("/api/tickets", old);
        assertThat(tooOld.status()).isEqualTo(422);
        assertThat(tooOld.code()).isEqualTo("SOLD_AT_TOO_OLD");
        assertThat(tooOld.message()).contains("72");
        assertThat(cashier.get("/api/tickets/" + oldId).status()).isEqualTo(404);

        // a clock a minute ahead of the server's is a till's, not a claim
        Map<String, Object> skewed = sale(UUID.randomUUID().toString(), "1", "4.00", true);
        skewed.put("soldAt", OffsetDateTime.now().plusMinutes(1).toString());
        assertThat(cashier.post("/api/tickets", skewed).status()).isEqualTo(201);
    }

    @Test
    void aLargeGapWaitsForTheStoresManagerWhoApprovesItThenItCounts() {
        Shop shop = Shop.open("4.00", "5.00");
        Api.Response sold = shop.sellOffline("2", "8.00");
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        String ticket = sold.text("id");
        assertThat(payment(sold.json(), "OFFLINE_GAP").path("amount").asText()).isEqualTo("2.00");
        assertThat(shop.gaps("PENDING")).containsExactly(ticket);
        JsonNode pending = shop.journal();
        assertThat(pending.path("offlineGapsPending").path("count").asInt()).isEqualTo(1);
        assertThat(pending.path("offlineGapsPending").path("total").asText()).isEqualTo("2.00");
        assertThat(pending.path("payments").toString()).doesNotContain("OFFLINE_GAP");

        String decision = "/api/tickets/" + ticket + "/offline-gap/decision";
        Map<String, Object> approve = Map.of("decision", "APPROVED", "comment", "Prix ancien en caisse");
        Api.Response byCashier = shop.cashier().post(decision, approve);
        assertThat(byCashier.status()).isEqualTo(403);
        assertThat(byCashier.code()).isEqualTo("ROLE_FORBIDDEN");
        Api.Response byAnotherStore = fx.user("MANAGER", fx.store()).post(decision, approve);
        assertThat(byAnotherStore.status()).isIn(403, 404);
        assertThat(fx.user("MANAGER", fx.store()).get("/api/tickets/offline-gaps?organization=" + shop.id()).status())
                .isEqualTo(403);
        assertThat(shop.manager().post(decision, Map.of("decision", "MAYBE")).status()).isEqualTo(400);
        assertThat(shop.gaps("PENDING")).as("refused decisions change nothing").containsExactly(ticket);

        Api.Response approved = shop.manager().post(decision, approve);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.json().path("decision").path("comment").asText()).isEqualTo("Prix ancien en caisse");
        Api.Response twice = shop.manager().post(decision, Map.of("decision", "REJECTED"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("OFFLINE_GAP_ALREADY_DECIDED");

        assertThat(shop.gaps("PENDING")).isEmpty();
        assertThat(shop.gaps("APPROVED")).containsExactly(ticket);
        JsonNode counted = shop.journal();
        assertThat(counted.path("offlineGapsPending").path("count").asInt()).isZero();
        assertThat(counted.path("payments").toString()).contains("{\"method\":\"OFFLINE_GAP\",\"amount\":\"2.00\"");
        // the ticket itself never changed
        assertThat(shop.cashier().get("/api/tickets/" + ticket).json().path("payments").toString())
                .isEqualTo(sold.json().path("payments").toString());

        JsonNode events = shop.events();
        assertThat(events).hasSize(2);
        JsonNode gap = events.get(0);
        assertThat(gap.path("type").asText()).isEqualTo("OFFLINE_GAP");
        assertThat(gap.path("subject").asText()).isEqualTo(ticket);
        assertThat(gap.path("details").path("amount").asText()).isEqualTo("2.00");
        assertThat(gap.path("details").path("status").asText()).isEqualTo("PENDING");
        assertThat(gap.path("user").asText()).isNotBlank();
        JsonNode decided = events.get(1);
        assertThat(decided.path("type").asText()).isEqualTo("OFFLINE_GAP_DECISION");
        assertThat(decided.path("details").path("decision").asText()).isEqualTo("APPROVED");
        assertThat(decided.toString()).as("no free text in the journal").doesNotContain("Prix ancien");
        assertThat(shop.cashier().get("/api/fiscal/events?organization=" + shop.id()).status()).isEqualTo(403);
        assertThat(fx.user("MANAGER", fx.store()).get("/api/fiscal/events?organization=" + shop.id()).status())
                .isEqualTo(403);
    }

    @Test
    void aRejectedGapStaysApartFromTheTakings() {
        Shop shop = Shop.open("4.00", "5.00");
        String ticket = shop.sellOffline("1", "4.00").text("id");
        Api.Response rejected = shop.manager().post("/api/tickets/" + ticket + "/offline-gap/decision",
                Map.of("decision", "REJECTED"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        assertThat(shop.gaps("REJECTED")).containsExactly(ticket);
        JsonNode journal = shop.journal();
        assertThat(journal.path("offlineGapsRejected").path("total").asText()).isEqualTo("1.00");
        assertThat(journal.path("payments").toString()).doesNotContain("OFFLINE_GAP");
    }

    @Test
    void aSmallGapCountsAtOnceAndAboveTenEurosOneWaitsWhateverTheTotal() {
        Shop shop = Shop.open("4.95", "5.00");
        // 10 × 5.00 paid 49.50: 0.50 ≤ 5 % of 50.00
        Api.Response small = shop.sellOffline("10", "49.50");
        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        assertThat(shop.gaps("PENDING")).isEmpty();
        JsonNode journal = shop.journal();
        assertThat(journal.path("payments").toString()).contains("{\"method\":\"OFFLINE_GAP\",\"amount\":\"0.50\"");
        assertThat(journal.path("offlineGapsPending").path("count").asInt()).isZero();
        JsonNode event = shop.events().get(0);
        assertThat(event.path("type").asText()).isEqualTo("OFFLINE_GAP");
        assertThat(event.path("details").path("status").asText()).isEqualTo("COUNTED");

        // 300 × 5.00 = 1 500.00 paid 1 485.00: 15.00 is 1 % of the ticket but above 10.00
        Api.Response large = shop.sellOffline("300", "1485.00");
        assertThat(large.status()).as(large.toString()).isEqualTo(201);
        assertThat(shop.gaps("PENDING")).containsExactly(large.text("id"));
        assertThat(shop.events()).hasSize(2);
    }
}
