package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.fee;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.offer;
import static org.vivres.activities.ActivityFixtures.product;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.sale;
import static org.vivres.activities.ActivityFixtures.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/** The till: the registration fee line, and offers priced up to the household's allowance. */
@ExtendWith(VivresSystem.class)
class TillIT {
    static Api admin;
    static Fixtures fx;
    static ActivityFixtures afx;
    static String store;
    static Api manager;
    static Api cashier;
    static String activity;
    static String today;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        afx = new ActivityFixtures(fx);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        activity = afx.activity(manager, store);
        today = session(manager, activity, noon(0), 500, "4.00");
    }

    /** A household of the store registered to {@code session}; returns {household, registration}. */
    static String[] registered(String session) {
        String household = fx.household(store);
        return new String[] {household, created(register(cashier, session, household))};
    }

    static JsonNode registrationOf(String household) {
        Api.Response r = cashier.get("/api/activities/registrations?household=" + household);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("items").get(0);
    }

    /** A product at {@code price} with stock, and an offer of {@code activityId} on it. */
    static String[] offered(String activityId, String price, String unitPrice, String max, int days) {
        String product = fx.product(price);
        fx.stock(store, product, "1000");
        return new String[] {product, offer(manager, activityId, product, unitPrice, max, days)};
    }

    @Test
    void theFeeIsChargedAtTheTillAndMarksTheRegistrationPaid() {
        String[] h = registered(today);
        String ticket = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(ticket, store, h[0], "4.00", List.of(fee(h[1]))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode line = r.json().path("lines").get(0);
        assertThat(line.path("registration").asText()).isEqualTo(h[1]);
        assertThat(line.path("quantity").asText()).isEqualTo("1.000");
        assertThat(line.path("referencePrice").asText()).isEqualTo("4.00");
        assertThat(line.path("unitPrice").asText()).isEqualTo("4.00");
        assertThat(line.path("lineAmount").asText()).isEqualTo("4.00");
        assertThat(line.path("priceRule").asText()).isEqualTo("ACTIVITY_FEE");
        assertThat(r.text("total")).isEqualTo("4.00");
        JsonNode registration = registrationOf(h[0]);
        assertThat(registration.path("paid").asBoolean()).isTrue();
        assertThat(registration.path("ticket").asText()).isEqualTo(ticket);
        assertThat(cashier.get("/api/activities/registrations?household=" + h[0] + "&unpaid=true")
                .json().path("items")).isEmpty();

        String second = UUID.randomUUID().toString();
        Api.Response again = cashier.post("/api/tickets", sale(second, store, h[0], "4.00", List.of(fee(h[1]))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REGISTRATION_ALREADY_PAID");
        assertThat(cashier.get("/api/tickets/" + second).status()).isEqualTo(404);
        assertThat(registrationOf(h[0]).path("ticket").asText()).isEqualTo(ticket);
        // The same ticket posted again is the stored one, not a second payment.
        assertThat(cashier.post("/api/tickets", sale(ticket, store, h[0], "4.00", List.of(fee(h[1])))).status())
                .isEqualTo(200);
    }

    @Test
    void aRegistrationTwiceInOneTicketIsRefusedAndNothingIsPaid() {
        String[] h = registered(today);
        String ticket = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(ticket, store, h[0], "8.00", List.of(fee(h[1]), fee(h[1]))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("REGISTRATION_TWICE_IN_TICKET");
        assertThat(cashier.get("/api/tickets/" + ticket).status()).isEqualTo(404);
        assertThat(registrationOf(h[0]).path("paid").asBoolean()).isFalse();
    }

    @Test
    void badFeeLinesAreRefusedAndTheRegistrationStaysUnpaid() {
        String[] h = registered(today);
        Api.Response two = cashier.post("/api/tickets", sale(null, store, h[0], "8.00",
                List.of(Map.of("registration", h[1], "quantity", "2"))));
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.code()).isEqualTo("REGISTRATION_QUANTITY_NOT_ONE");
        assertThat(cashier.post("/api/tickets", sale(null, store, h[0], "2.00",
                List.of(Map.of("registration", h[1], "quantity", "0.5")))).code())
                .isEqualTo("REGISTRATION_QUANTITY_NOT_ONE");
        Api.Response other = cashier.post("/api/tickets", sale(null, store, fx.household(store), "4.00",
                List.of(fee(h[1]))));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("REGISTRATION_HOUSEHOLD_MISMATCH");
        assertThat(cashier.post("/api/tickets", sale(null, store, null, "4.00", List.of(fee(h[1])))).code())
                .isEqualTo("REGISTRATION_HOUSEHOLD_MISMATCH");
        assertThat(cashier.post("/api/tickets", sale(null, store, h[0], "4.00",
                List.of(fee(UUID.randomUUID().toString())))).status()).isEqualTo(404);
        assertThat(cashier.post("/api/tickets", sale(null, store, h[0], "4.00", List.of(fee("abc")))).status())
                .isEqualTo(400);
        Api.Response elsewhere = admin.post("/api/tickets", sale(null, fx.store(), h[0], "4.00", List.of(fee(h[1]))));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.code()).isEqualTo("REGISTRATION_OTHER_STORE");
        assertThat(fx.user("CASHIER", fx.store()).post("/api/tickets", sale(null, store, h[0], "4.00",
                List.of(fee(h[1])))).status()).isEqualTo(403);
        assertThat(registrationOf(h[0]).path("paid").asBoolean()).isFalse();
    }

    @Test
    void aQuotePricesTheFeeAndPaysNothing() {
        String[] h = registered(today);
        Api.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store, "household", h[0],
                "lines", List.of(fee(h[1]))));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.json().path("lines").get(0).path("priceRule").asText()).isEqualTo("ACTIVITY_FEE");
        assertThat(quote.text("total")).isEqualTo("4.00");
        assertThat(registrationOf(h[0]).path("paid").asBoolean()).isFalse();
    }

    @Test
    void concurrentTicketsPayARegistrationOnce() throws Exception {
        String[] h = registered(today);
        List<Callable<Api.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(() -> cashier.post("/api/tickets", sale(null, store, h[0], "4.00", List.of(fee(h[1])))));
        }
        List<Api.Response> responses = RegistrationApiIT.concurrently(posts);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("REGISTRATION_ALREADY_PAID"));
        String paidBy = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().text("id");
        assertThat(registrationOf(h[0]).path("ticket").asText()).isEqualTo(paidBy);
    }

    @Test
    void anEndedOfferPricesNoFurtherTicketAndIsRefusedTwice() {
        String[] h = registered(today);
        String[] o = offered(activity, "3.00", "0.50", "5", 1);
        Map<String, Object> quote = Map.of("organization", store, "household", h[0], "lines", List.of(product(o[0], "1")));
        assertThat(cashier.post("/api/tickets/quote", quote).json().path("lines").get(0).path("priceRule").asText())
                .isEqualTo("ACTIVITY:" + o[1]);
        String path = "/api/activities/" + activity + "/offers/" + o[1];

        assertThat(cashier.delete(path).status()).as("a cashier cannot end it").isEqualTo(403);
        Api foreign = fx.user("MANAGER", fx.store());
        assertThat(foreign.delete(path).status()).as("nor another store's manager").isEqualTo(404);
        String other = afx.activity(manager, store);
        assertThat(manager.delete("/api/activities/" + other + "/offers/" + o[1]).status())
                .as("through another activity").isEqualTo(404);
        assertThat(cashier.post("/api/tickets/quote", quote).json().path("lines").get(0).path("priceRule").asText())
                .as("refusals changed nothing").isEqualTo("ACTIVITY:" + o[1]);

        Api.Response ended = manager.delete(path);

        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.text("endedAt")).isNotBlank();
        JsonNode line = cashier.post("/api/tickets/quote", quote).json().path("lines").get(0);
        assertThat(line.path("priceRule").asText()).isEqualTo("REFERENCE");
        assertThat(line.path("unitPrice").asText()).isEqualTo("3.00");
        Api.Response again = manager.delete(path);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("OFFER_ENDED");
        assertThat(again.message()).contains("déjà terminée");
        JsonNode offers = manager.get("/api/activities/" + activity).json().path("offers");
        assertThat(offers.findValues("id").stream().map(JsonNode::asText)).contains(o[1]);
        assertThat(manager.delete("/api/activities/" + activity + "/offers/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void anOfferLineBeyondTheAllowanceIsSplitAtTheOrdinaryPrice() {
        String[] h = registered(today);
        String[] o = offered(activity, "3.00", "0.50", "2", 1);
        Map<String, Object> quote = Map.of("organization", store, "household", h[0], "lines", List.of(product(o[0], "3")));
        Api.Response quoted = cashier.post("/api/tickets/quote", quote);
        Api.Response r = cashier.post("/api/tickets", sale(null, store, h[0], "4.00", List.of(product(o[0], "3"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode lines = r.json().path("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("priceRule").asText()).isEqualTo("ACTIVITY:" + o[1]);
        assertThat(lines.get(0).path("quantity").asText()).isEqualTo("2.000");
        assertThat(lines.get(0).path("referencePrice").asText()).isEqualTo("3.00");
        assertThat(lines.get(0).path("unitPrice").asText()).isEqualTo("0.50");
        assertThat(lines.get(0).path("lineAmount").asText()).isEqualTo("1.00");
        assertThat(lines.get(1).path("priceRule").asText()).isEqualTo("REFERENCE");
        assertThat(lines.get(1).path("quantity").asText()).isEqualTo("1.000");
        assertThat(lines.get(1).path("unitPrice").asText()).isEqualTo("3.00");
        assertThat(quoted.json().path("lines")).isEqualTo(lines);
        // The allowance is used up: the next ticket pays the ordinary price.
        Api.Response next = cashier.post("/api/tickets", sale(null, store, h[0], "3.00", List.of(product(o[0], "1"))));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().path("lines").get(0).path("priceRule").asText()).isEqualTo("REFERENCE");
    }

    @Test
    void earlierLinesOfTheTicketUseTheAllowanceAndAReturnGivesItBack() {
        String[] h = registered(today);
        String[] o = offered(activity, "3.00", "0.50", "2", 1);
        Api.Response r = cashier.post("/api/tickets", sale(null, store, h[0], "4.00",
                List.of(product(o[0], "1"), product(o[0], "2"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(rules(r)).containsExactly("ACTIVITY:" + o[1], "ACTIVITY:" + o[1], "REFERENCE");
        Api.Response back = cashier.post("/api/tickets/" + r.text("id") + "/returns",
                Map.of("lines", List.of(product(o[0], "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        // The cheapest part goes back first: one unit at 0.50, one unit of allowance back.
        assertThat(back.text("total")).isEqualTo("-0.50");
        Api.Response next = cashier.post("/api/tickets", sale(null, store, h[0], "3.50", List.of(product(o[0], "2"))));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(rules(next)).containsExactly("ACTIVITY:" + o[1], "REFERENCE");
    }

    @Test
    void onlyHouseholdsRegisteredNearASessionOfThisStoreGetTheOffer() {
        String nearby = afx.activity(manager, store);
        String yesterday = session(manager, nearby, noon(-1), 10, "1.00");
        String inTwoDays = session(manager, nearby, noon(2), 10, "1.00");
        String[] o = offered(nearby, "2.00", "0.20", "5", 1);
        String[] dayAfter = registered(yesterday);
        String[] tooEarly = registered(inTwoDays);
        List<Map<String, Object>> one = List.of(product(o[0], "1"));
        // Exactly one day after the session: inside the window.
        assertThat(rules(cashier.post("/api/tickets", sale(null, store, dayAfter[0], "0.20", one))))
                .containsExactly("ACTIVITY:" + o[1]);
        // Two days before the session: outside.
        assertThat(rules(cashier.post("/api/tickets", sale(null, store, tooEarly[0], "2.00", one))))
                .containsExactly("REFERENCE");
        assertThat(rules(cashier.post("/api/tickets", sale(null, store, fx.household(store), "2.00", one))))
                .containsExactly("REFERENCE");
        assertThat(rules(cashier.post("/api/tickets", sale(null, store, null, "2.00", one))))
                .containsExactly("REFERENCE");
        // Another store does not apply this store's offers.
        String other = fx.store();
        fx.stock(other, o[0], "10");
        assertThat(rules(admin.post("/api/tickets", sale(null, other, dayAfter[0], "2.00", one))))
                .containsExactly("REFERENCE");
    }

    @Test
    void eachRegistrationNearTheTicketAddsItsAllowance() {
        String weekly = afx.activity(manager, store);
        String first = session(manager, weekly, noon(0), 10, "1.00");
        String second = session(manager, weekly, noon(1), 10, "1.00");
        String[] o = offered(weekly, "2.00", "0.20", "1", 1);
        String[] h = registered(first);
        created(register(cashier, second, h[0]));
        Api.Response r = cashier.post("/api/tickets", sale(null, store, h[0], "2.40", List.of(product(o[0], "3"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(rules(r)).containsExactly("ACTIVITY:" + o[1], "REFERENCE");
        assertThat(r.json().path("lines").get(0).path("quantity").asText()).isEqualTo("2.000");
    }

    @Test
    void theCheapestOfferGoesFirstThenTheNext() {
        String cheap = afx.activity(manager, store);
        String dear = afx.activity(manager, store);
        String product = fx.product("3.00");
        fx.stock(store, product, "100");
        String cheapOffer = offer(manager, cheap, product, "0.50", "1", 0);
        String dearOffer = offer(manager, dear, product, "1.00", "1", 0);
        String household = fx.household(store);
        created(register(cashier, session(manager, cheap, noon(0), 10, "1.00"), household));
        created(register(cashier, session(manager, dear, noon(0), 10, "1.00"), household));
        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, "4.50", List.of(product(product, "3"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(rules(r)).containsExactly("ACTIVITY:" + cheapOffer, "ACTIVITY:" + dearOffer, "REFERENCE");
    }

    static List<String> rules(Api.Response ticket) {
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        List<String> rules = new ArrayList<>();
        ticket.json().path("lines").forEach(l -> rules.add(l.path("priceRule").asText()));
        return rules;
    }
}
