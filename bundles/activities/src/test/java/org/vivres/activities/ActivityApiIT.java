package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.noon;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/** Activities, sessions and offers: who may create them, what is refused, who sees them. */
@ExtendWith(VivresSystem.class)
class ActivityApiIT {
    static Api admin;
    static Fixtures fx;
    static ActivityFixtures afx;
    static String store;
    static Api manager;
    static Api foreignManager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        afx = new ActivityFixtures(fx);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        foreignManager = fx.user("MANAGER", fx.store());
    }

    @Test
    void aManagerCreatesAnActivityOfHisStoreThatOnlyHisStoreSees() {
        String name = fx.unique("Repas partagé");
        Api.Response r = manager.post("/api/activities", Map.of("name", name, "kind", "SHARED_MEAL",
                "organization", store));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("name")).isEqualTo(name);
        assertThat(r.text("kind")).isEqualTo("SHARED_MEAL");
        assertThat(r.text("organization")).isEqualTo(store);
        String id = r.text("id");
        assertThat(manager.get("/api/activities").raw()).contains(id);
        assertThat(manager.get("/api/activities?organization=" + store + "&kind=SHARED_MEAL").raw()).contains(id);
        assertThat(manager.get("/api/activities?kind=FARM_VISIT").raw()).doesNotContain(id);
        assertThat(fx.user("CASHIER", store).get("/api/activities/" + id).text("name")).isEqualTo(name);
        assertThat(foreignManager.get("/api/activities").raw()).doesNotContain(id);
        assertThat(foreignManager.get("/api/activities/" + id).status()).isEqualTo(404);
        assertThat(foreignManager.get("/api/activities?organization=" + store).status()).isEqualTo(403);
    }

    @Test
    void badOrForbiddenActivitiesAreRefusedAndNothingIsWritten() {
        String name = fx.unique("Refusée");
        Map<String, Object> good = Map.of("name", name, "kind", "FARM_VISIT", "organization", store);
        Api.Response badKind = manager.post("/api/activities", with(good, "kind", "PICNIC"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.code()).isEqualTo("INVALID_VALUE");
        assertThat(manager.post("/api/activities", with(good, "name", " ")).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post("/api/activities", with(good, "organization", null)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post("/api/activities", with(good, "organization", UUID.randomUUID().toString())).status())
                .isEqualTo(403);
        assertThat(admin.post("/api/activities", with(good, "organization", UUID.randomUUID().toString())).status())
                .isEqualTo(404);
        Api.Response foreign = foreignManager.post("/api/activities", good);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("ORGANIZATION_FORBIDDEN");
        assertThat(fx.user("CASHIER", store).post("/api/activities", good).status()).isEqualTo(403);
        assertThat(fx.user("REFERRER", store).post("/api/activities", good).status()).isEqualTo(403);
        assertThat(manager.anonymous().post("/api/activities", good).status()).isEqualTo(401);
        assertThat(manager.get("/api/activities?limit=500").raw()).doesNotContain(name);
    }

    @Test
    void aSessionHasACapacityAndAFee() {
        String activity = afx.activity(manager, store);
        String startsAt = "2026-12-05T14:00:00+01:00";
        Api.Response r = manager.post("/api/activities/" + activity + "/sessions", Map.of("startsAt", startsAt,
                "capacity", 12, "fee", "3"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("fee")).isEqualTo("3.00");
        assertThat(r.json().path("capacity").asInt()).isEqualTo(12);
        assertThat(r.json().path("tierFees")).isEmpty();
        assertThat(r.json().path("registrations").asInt()).isZero();
        Api.Response read = manager.get("/api/activities/" + activity);
        assertThat(read.json().path("sessions")).hasSize(1);
        var session = read.json().path("sessions").get(0);
        assertThat(session.path("id").asText()).isEqualTo(r.text("id"));
        assertThat(java.time.OffsetDateTime.parse(session.path("startsAt").asText()))
                .isAtSameInstantAs(java.time.OffsetDateTime.parse(startsAt));
    }

    /** Fees per tier are checked against pricing's tiers (see ActivitiesWithPricingIT); without pricing, refused. */
    @Test
    void withoutPricingFeesPerTierAreRefusedAndNothingIsWritten() {
        String activity = afx.activity(manager, store);
        Api.Response r = manager.post("/api/activities/" + activity + "/sessions", Map.of("startsAt", noon(2),
                "capacity", 12, "fee", "3", "tierFees", Map.of("SOLIDAIRE", "0.50", "SOUTIEN", "6.00")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("TIERS_UNAVAILABLE");
        assertThat(r.message()).contains("tarifs");
        assertThat(manager.get("/api/activities/" + activity).json().path("sessions")).isEmpty();
    }

    @Test
    void badSessionsAreRefusedAndNothingIsWritten() {
        String activity = afx.activity(manager, store);
        String path = "/api/activities/" + activity + "/sessions";
        Map<String, Object> good = Map.of("startsAt", noon(3), "capacity", 10, "fee", "2.00");
        Api.Response zero = manager.post(path, with(good, "capacity", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.code()).isEqualTo("INVALID_CAPACITY");
        assertThat(manager.post(path, with(good, "capacity", -3)).code()).isEqualTo("INVALID_CAPACITY");
        assertThat(manager.post(path, with(good, "capacity", null)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post(path, with(good, "fee", "-1.00")).code()).isEqualTo("INVALID_AMOUNT");
        assertThat(manager.post(path, with(good, "fee", "1.234")).code()).isEqualTo("INVALID_AMOUNT");
        assertThat(manager.post(path, with(good, "fee", 2)).status()).isEqualTo(400);
        assertThat(manager.post(path, with(good, "startsAt", null)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post(path, with(good, "startsAt", "demain")).status()).isEqualTo(400);
        assertThat(manager.post(path, with(good, "tierFees", Map.of("SOLIDAIRE", "-1"))).code())
                .isEqualTo("INVALID_AMOUNT");
        assertThat(manager.post(path, with(good, "tierFees", Map.of(" ", "1.00"))).code())
                .isEqualTo("INVALID_TIER_CODE");
        assertThat(manager.post("/api/activities/" + UUID.randomUUID() + "/sessions", good).status()).isEqualTo(404);
        assertThat(foreignManager.post(path, good).status()).isEqualTo(404);
        assertThat(fx.user("CASHIER", store).post(path, good).status()).isEqualTo(403);
        assertThat(manager.get("/api/activities/" + activity).json().path("sessions")).isEmpty();
    }

    @Test
    void anOfferAttachesAProductPriceToAnActivity() {
        String activity = afx.activity(manager, store);
        String carrots = fx.product("LEGUMES", "2.80", "KG", java.util.List.of("LOCAL"), 30);
        Api.Response r = manager.post("/api/activities/" + activity + "/offers", Map.of("product", carrots,
                "unitPrice", "0.50", "maxQuantityPerHousehold", "1.5", "validDaysAroundSession", 2));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("unitPrice")).isEqualTo("0.50");
        assertThat(r.text("maxQuantityPerHousehold")).isEqualTo("1.500");
        assertThat(r.json().path("validDaysAroundSession").asInt()).isEqualTo(2);
        assertThat(r.text("priceRule")).isEqualTo("ACTIVITY:" + r.text("id"));
        assertThat(manager.get("/api/activities/" + activity).json().path("offers").get(0).path("id").asText())
                .isEqualTo(r.text("id"));
        // A free offer is an offer.
        String bread = fx.product("1.20");
        assertThat(created(manager.post("/api/activities/" + activity + "/offers", Map.of("product", bread,
                "unitPrice", "0.00", "maxQuantityPerHousehold", "1", "validDaysAroundSession", 0)))).isNotNull();
    }

    @Test
    void badOffersAreRefusedAndNothingIsWritten() {
        String activity = afx.activity(manager, store);
        String path = "/api/activities/" + activity + "/offers";
        String bread = fx.product("1.20");
        Map<String, Object> good = Map.of("product", bread, "unitPrice", "0.30", "maxQuantityPerHousehold", "2",
                "validDaysAroundSession", 1);
        Api.Response negative = manager.post(path, with(good, "unitPrice", "-0.01"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(manager.post(path, with(good, "unitPrice", null)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post(path, with(good, "maxQuantityPerHousehold", "0")).code()).isEqualTo("INVALID_QUANTITY");
        assertThat(manager.post(path, with(good, "maxQuantityPerHousehold", "-2")).code()).isEqualTo("INVALID_QUANTITY");
        // Bread is sold by the unit.
        assertThat(manager.post(path, with(good, "maxQuantityPerHousehold", "1.5")).code()).isEqualTo("INVALID_QUANTITY");
        Api.Response days = manager.post(path, with(good, "validDaysAroundSession", -1));
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.code()).isEqualTo("INVALID_DAYS");
        assertThat(manager.post(path, with(good, "product", UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(foreignManager.post(path, good).status()).isEqualTo(404);
        assertThat(fx.user("CASHIER", store).post(path, good).status()).isEqualTo(403);
        assertThat(manager.get("/api/activities/" + activity).json().path("offers")).isEmpty();
        created(manager.post(path, good));
        Api.Response twice = manager.post(path, with(good, "unitPrice", "0.10"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("OFFER_ALREADY_EXISTS");
        assertThat(manager.get("/api/activities/" + activity).json().path("offers")).hasSize(1);
    }

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() {
        String activity = afx.activity(manager, store);
        Map<String, Object> body = Map.of("startsAt", noon(1), "capacity", 0, "fee", "1.00");
        assertThat(manager.post("/api/activities/" + activity + "/sessions", body).message()).contains("places");
        assertThat(manager.english().post("/api/activities/" + activity + "/sessions", body).message())
                .contains("number of places");
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
