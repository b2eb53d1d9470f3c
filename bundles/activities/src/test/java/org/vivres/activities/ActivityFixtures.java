package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;

/** Activities, sessions, registrations and tickets built through the API for the ITs. */
final class ActivityFixtures {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Fixtures fx;

    ActivityFixtures(Fixtures fx) {
        this.fx = fx;
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    /** Noon (Paris) {@code days} days from today's date in Paris, as an ISO instant with offset. */
    static String noon(int days) {
        return LocalDate.now(PARIS).plusDays(days).atTime(LocalTime.NOON).atZone(PARIS).toOffsetDateTime().toString();
    }

    String activity(Api api, String store) {
        return created(api.post("/api/activities", Map.of("name", fx.unique("Légumes à cuisiner"),
                "kind", "COOKING_WORKSHOP", "organization", store)));
    }

    static String session(Api api, String activity, String startsAt, int capacity, String fee) {
        return created(api.post("/api/activities/" + activity + "/sessions", Map.of("startsAt", startsAt,
                "capacity", capacity, "fee", fee)));
    }

    static Api.Response register(Api api, String session, String household) {
        return api.post("/api/activities/sessions/" + session + "/registrations", Map.of("household", household));
    }

    static String offer(Api api, String activity, String product, String unitPrice, String max, int days) {
        return created(api.post("/api/activities/" + activity + "/offers", Map.of("product", product,
                "unitPrice", unitPrice, "maxQuantityPerHousehold", max, "validDaysAroundSession", days)));
    }

    /** The registrations of a session, as listed to the store's staff. */
    static List<com.fasterxml.jackson.databind.JsonNode> registrations(Api api, String session) {
        Api.Response r = api.get("/api/activities/sessions/" + session + "/registrations");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
        r.json().path("items").forEach(items::add);
        return items;
    }

    /** A sale paid in cash; {@code id} may be null. */
    static Map<String, Object> sale(String id, String store, String household, String cash, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("organization", store);
        if (household != null) {
            body.put("household", household);
        }
        if (id != null) {
            body.put("id", id);
        }
        body.put("lines", lines);
        body.put("payments", List.of(Map.of("method", "CASH", "amount", cash)));
        return body;
    }

    static Map<String, Object> product(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    static Map<String, Object> fee(String registration) {
        return Map.of("registration", registration, "quantity", "1");
    }
}
