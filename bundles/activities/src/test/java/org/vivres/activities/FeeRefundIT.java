package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.fee;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.sale;
import static org.vivres.activities.ActivityFixtures.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * A household that paid its registration and cannot come gets the fee back by a return of the sale, as for a product:
 * the registration is unpaid again (then cancelled to free the place, or paid again). Not once it attended.
 */
@ExtendWith(VivresSystem.class)
class FeeRefundIT {
    static Fixtures fx;
    static String store;
    static Api cashier;
    static Api manager;
    static String activityName;
    static String session;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        String activity = new ActivityFixtures(fx).activity(manager, store);
        activityName = manager.get("/api/activities/" + activity).text("name");
        // 18:30 in Paris in three days: the label prints the stores' time, whatever the server's zone
        String startsAt = LocalDate.now(ActivityFixtures.PARIS).plusDays(3).atTime(LocalTime.of(18, 30))
                .atZone(ActivityFixtures.PARIS).toOffsetDateTime().toString();
        session = session(manager, activity, startsAt, 50, "4.00");
    }

    /** {household, registration, sale}: a household registered and its fee paid in cash with a product line. */
    static String[] paid() {
        String household = fx.household(store);
        String registration = created(register(cashier, session, household));
        String product = fx.product("2.50");
        fx.stock(store, product, "10");
        String ticket = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(ticket, store, household, "6.50",
                List.of(fee(registration), Map.of("product", product, "quantity", "1"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {household, registration, ticket};
    }

    static JsonNode registration(String household) {
        return cashier.get("/api/activities/registrations?household=" + household).json().path("items").get(0);
    }

    static Api.Response giveBack(String sale, Map<String, Object> line) {
        return cashier.post("/api/tickets/" + sale + "/returns", Map.of("id", UUID.randomUUID().toString(),
                "lines", List.of(line)));
    }

    @Test
    void theFeeComesBackInCashAndThePlaceCanBeFreed() {
        String[] h = paid();
        JsonNode sold = cashier.get("/api/tickets/" + h[2]).json().path("lines").get(0);
        String when = LocalDate.now(ActivityFixtures.PARIS).plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(sold.path("label").asText()).isEqualTo(activityName + " — " + when + " 18:30");

        Api.Response back = giveBack(h[2], fee(h[1]));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        JsonNode line = back.json().path("lines").get(0);
        assertThat(back.json().path("lines")).hasSize(1);
        assertThat(line.path("registration").asText()).isEqualTo(h[1]);
        assertThat(line.path("quantity").asText()).isEqualTo("-1.000");
        assertThat(line.path("lineAmount").asText()).isEqualTo("-4.00");
        assertThat(line.path("label").asText()).startsWith(activityName);
        assertThat(back.text("total")).isEqualTo("-4.00");
        assertThat(back.json().path("payments")).hasSize(1);
        assertThat(back.json().path("payments").get(0).path("method").asText()).isEqualTo("CASH");
        assertThat(back.json().path("payments").get(0).path("amount").asText()).isEqualTo("-4.00");
        assertThat(registration(h[0]).path("paid").asBoolean()).isFalse();

        Api.Response twice = giveBack(h[2], fee(h[1]));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("RETURN_EXCEEDS_SALE");
        assertThat(cashier.delete("/api/activities/registrations/" + h[1]).status()).isEqualTo(204);
        assertThat(cashier.get("/api/activities/registrations?household=" + h[0]).json().path("items")).isEmpty();
    }

    @Test
    void aRefundedFeeCanBePaidAgain() {
        String[] h = paid();
        assertThat(giveBack(h[2], fee(h[1])).status()).isEqualTo(201);
        String again = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets", sale(again, store, h[0], "4.00", List.of(fee(h[1]))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(registration(h[0]).path("ticket").asText()).isEqualTo(again);
    }

    @Test
    void afterAttendingTheFeeIsNotRefundedAndNothingIsWritten() {
        String[] h = paid();
        Api.Response attended = cashier.post("/api/activities/sessions/" + session + "/attendance",
                Map.of("household", h[0]));
        assertThat(attended.status()).as(attended.toString()).isEqualTo(201);
        String id = UUID.randomUUID().toString();
        Api.Response r = cashier.post("/api/tickets/" + h[2] + "/returns", Map.of("id", id, "lines",
                List.of(fee(h[1]))));
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("REGISTRATION_ATTENDED");
        assertThat(r.message()).contains("participé");
        assertThat(cashier.get("/api/tickets/" + id).status()).isEqualTo(404);
        assertThat(registration(h[0]).path("ticket").asText()).isEqualTo(h[2]);
    }

    @Test
    void onlyWhatTheSalePaidComesBack() {
        String[] h = paid();
        String[] other = paid();
        Api.Response notThisSale = giveBack(h[2], fee(other[1]));
        assertThat(notThisSale.status()).as(notThisSale.toString()).isEqualTo(422);
        assertThat(notThisSale.code()).isEqualTo("RETURN_EXCEEDS_SALE");
        Api.Response unknownKind = giveBack(h[2], Map.of("voucher", h[1], "quantity", "1"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(registration(h[0]).path("paid").asBoolean()).isTrue();
        assertThat(registration(other[0]).path("paid").asBoolean()).isTrue();
    }
}
