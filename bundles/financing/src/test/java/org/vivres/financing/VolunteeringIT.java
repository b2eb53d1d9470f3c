package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * Volunteer hours: recorded by a manager or a cashier, at most 24 a day for one volunteer, on an activity's session
 * when spent on an activity, valued at the network's hourly rate (12.02 € unless etc/org.vivres.financing.cfg says
 * otherwise) and totalled per month, task, session and organization.
 */
@ExtendWith(VivresSystem.class)
class VolunteeringIT {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.now(PARIS);

    static Api admin;
    static VivresSystem system;
    static Fixtures fx;
    static String store;
    static Api manager;
    static Api cashier;
    static Api foreignManager;

    @BeforeAll
    static void setUp(Api adminApi, VivresSystem vivres) {
        admin = adminApi;
        system = vivres;
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        foreignManager = fx.user("MANAGER", fx.store());
    }

    static Map<String, Object> hours(String org, String volunteer, LocalDate date, String hours, String task) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", org, "volunteer", volunteer,
                "date", date.toString(), "hours", hours, "task", task));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Api.Response record(Api api, Map<String, Object> body) {
        return api.post("/api/volunteering", body);
    }

    static void expect(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.message()).as(r.toString()).isNotBlank();
    }

    /** A session of an activity of {@code org}, tomorrow at noon. */
    static String session(String org) {
        Api.Response activity = admin.post("/api/activities", Map.of("name", fx.unique("Atelier cuisine"),
                "kind", "COOKING_WORKSHOP", "organization", org));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
        Api.Response session = admin.post("/api/activities/" + activity.text("id") + "/sessions", Map.of(
                "startsAt", TODAY.plusDays(1).atTime(LocalTime.NOON).atZone(PARIS).toOffsetDateTime().toString(),
                "capacity", 10, "fee", "2.00"));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        return session.text("id");
    }

    @Test
    void hoursAreValuedAtTheHourlyRateAndTotalledPerMonthTaskAndSession() {
        String shop = fx.store();
        Api shopManager = fx.user("MANAGER", shop);
        String workshop = session(shop);
        LocalDate lastMonth = TODAY.minusMonths(1).withDayOfMonth(1);
        Api.Response till = record(fx.user("CASHIER", shop), hours(shop, "Marie", TODAY, "3.5", "TILL"));
        assertThat(till.status()).as(till.toString()).isEqualTo(201);
        assertThat(till.text("hours")).isEqualTo("3.50");
        assertThat(till.text("hourlyRate")).isEqualTo("12.02");
        assertThat(till.text("value")).isEqualTo("42.07");
        assertThat(record(shopManager, hours(shop, "Karim", lastMonth, "2", "LOGISTICS")).status()).isEqualTo(201);
        Api.Response activity = record(shopManager, with(hours(shop, "Lou", TODAY, "1.25", "ACTIVITY"),
                "activitySession", workshop));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
        assertThat(activity.text("activitySession")).isEqualTo(workshop);

        JsonNode all = shopManager.get("/api/volunteering?organization=" + shop).json();
        assertThat(all.path("items")).hasSize(3);
        assertThat(all.path("hourlyRate").asText()).isEqualTo("12.02");
        assertThat(all.path("totalHours").asText()).isEqualTo("6.75");
        // 42.07 + 24.04 + 15.03 (1.25 × 12.02 = 15.025, half up): each record's value, added up
        assertThat(all.path("totalValue").asText()).isEqualTo("81.14");
        assertThat(all.path("byMonth")).hasSize(2);
        assertThat(all.path("byMonth").get(0).path("month").asText()).isEqualTo(lastMonth.toString().substring(0, 7));
        assertThat(all.path("byMonth").get(0).path("value").asText()).isEqualTo("24.04");
        assertThat(all.path("byMonth").get(1).path("hours").asText()).isEqualTo("4.75");
        assertThat(all.path("byTask").toString()).contains("\"task\":\"TILL\",\"hours\":\"3.50\",\"value\":\"42.07\"");
        assertThat(all.path("byActivitySession")).hasSize(1);
        assertThat(all.path("byActivitySession").get(0).path("activitySession").asText()).isEqualTo(workshop);
        assertThat(all.path("byActivitySession").get(0).path("value").asText()).isEqualTo("15.03");
        assertThat(all.path("byOrganization").get(0).path("organization").asText()).isEqualTo(shop);

        JsonNode thisMonth = shopManager.get("/api/volunteering?organization=" + shop + "&from="
                + TODAY.withDayOfMonth(1) + "&to=" + TODAY).json();
        assertThat(thisMonth.path("items")).hasSize(2);
        assertThat(thisMonth.path("totalHours").asText()).isEqualTo("4.75");
        assertThat(shopManager.get("/api/volunteering?organization=" + shop + "&task=LOGISTICS").json()
                .path("totalValue").asText()).isEqualTo("24.04");
        // another store's staff sees none of it
        assertThat(foreignManager.get("/api/volunteering?organization=" + shop).status()).isEqualTo(403);
        JsonNode foreign = foreignManager.get("/api/volunteering").json();
        assertThat(foreign.toString()).doesNotContain(shop);
        assertThat(foreign.path("totalHours").asText()).isEqualTo("0.00");
    }

    @Test
    void aVolunteerHasAtMost24HoursADayWhateverTheWayTheNameIsTyped() {
        LocalDate day = TODAY.minusDays(2);
        assertThat(record(manager, hours(store, "Jeanne", day, "20", "DISTRIBUTION")).status()).isEqualTo(201);
        assertThat(record(cashier, hours(store, " jeanne ", day, "4", "TILL")).status()).isEqualTo(201);
        expect(record(manager, hours(store, "JEANNE", day, "0.25", "OTHER")), 422, "VOLUNTEER_DAY_OVER_24_HOURS");
        // another day, another person, another store: their own 24 hours
        assertThat(record(manager, hours(store, "Jeanne", day.minusDays(1), "8", "TILL")).status()).isEqualTo(201);
        assertThat(record(manager, hours(store, "Jeannette", day, "8", "TILL")).status()).isEqualTo(201);
        assertThat(record(admin, hours(fx.store(), "Jeanne", day, "24", "TILL")).status()).isEqualTo(201);
        JsonNode that = manager.get("/api/volunteering?organization=" + store + "&from=" + day + "&to=" + day).json();
        assertThat(that.path("totalHours").asText()).isEqualTo("32.00");
    }

    @Test
    void twoTillsRecordingTheSameVolunteerAtOnceCannotPass24HoursTogether() throws Exception {
        String shop = fx.store();
        Api first = fx.user("CASHIER", shop);
        Api second = fx.user("MANAGER", shop);
        LocalDate day = TODAY.minusDays(3);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Api.Response>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Api api = i % 2 == 0 ? first : second;
                posts.add(pool.submit(() -> record(api, hours(shop, "Nour", day, "5", "DISTRIBUTION"))));
            }
            int accepted = 0;
            for (java.util.concurrent.Future<Api.Response> post : posts) {
                Api.Response r = post.get();
                if (r.status() == 201) {
                    accepted++;
                } else {
                    expect(r, 422, "VOLUNTEER_DAY_OVER_24_HOURS");
                }
            }
            assertThat(accepted).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        JsonNode that = admin.get("/api/volunteering?organization=" + shop).json();
        assertThat(that.path("items")).hasSize(4);
        assertThat(that.path("totalHours").asText()).isEqualTo("20.00");
    }

    @Test
    void badHoursTasksAndSessionsAreRefusedAndNothingIsWritten() {
        String shop = fx.store();
        Api shopManager = fx.user("MANAGER", shop);
        Map<String, Object> good = hours(shop, "Paul", TODAY, "2", "TILL");
        for (String bad : new String[] {"0", "-1", "24.5", "1.234"}) {
            expect(record(shopManager, with(good, "hours", bad)), 400, "INVALID_HOURS");
        }
        expect(record(shopManager, with(good, "date", TODAY.plusDays(1).toString())), 422, "DATE_IN_FUTURE");
        expect(record(shopManager, with(good, "task", "COOKING")), 400, "INVALID_VALUE");
        expect(record(shopManager, with(good, "volunteer", "  ")), 400, "FIELD_REQUIRED");
        expect(record(shopManager, with(good, "task", "ACTIVITY")), 422, "ACTIVITY_SESSION_REQUIRED");
        expect(record(shopManager, with(with(good, "task", "ACTIVITY"), "activitySession", UUID.randomUUID().toString())),
                422, "UNKNOWN_ACTIVITY_SESSION");
        // a session another store runs is not this store's activity, even for a network admin
        String elsewhere = session(store);
        expect(record(admin, with(with(good, "task", "ACTIVITY"), "activitySession", elsewhere)), 422,
                "UNKNOWN_ACTIVITY_SESSION");
        expect(record(shopManager, with(good, "activitySession", session(shop))), 422,
                "ACTIVITY_SESSION_ONLY_FOR_ACTIVITY");
        expect(record(foreignManager, good), 403, "ORGANIZATION_FORBIDDEN");
        expect(record(fx.user("REFERRER", shop), good), 403, "ROLE_FORBIDDEN");
        assertThat(shopManager.anonymous().post("/api/volunteering", good).status()).isEqualTo(401);
        JsonNode none = admin.get("/api/volunteering?organization=" + shop).json();
        assertThat(none.path("items")).isEmpty();
        assertThat(none.path("totalHours").asText()).isEqualTo("0.00");
        // and the refused hours took nothing of Paul's day
        assertThat(record(shopManager, with(good, "hours", "24")).status()).isEqualTo(201);
    }

    @Test
    void theNetworkSetsTheHourlyRateAndPastHoursKeepTheirs() throws Exception {
        String shop = fx.store();
        Api shopManager = fx.user("MANAGER", shop);
        assertThat(record(shopManager, hours(shop, "Inès", TODAY, "2", "TILL")).text("value")).isEqualTo("24.04");
        Path cfg = system.running().etcDir().resolve("org.vivres.financing.cfg");
        try {
            Files.writeString(cfg, "hourlyRate = 15.50\n");
            awaitRate(shopManager, shop, "15.50");
            Api.Response later = record(shopManager, hours(shop, "Inès", TODAY, "2", "TILL"));
            assertThat(later.text("hourlyRate")).isEqualTo("15.50");
            assertThat(later.text("value")).isEqualTo("31.00");
            assertThat(shopManager.get("/api/volunteering?organization=" + shop).json().path("totalValue").asText())
                    .isEqualTo("55.04");
        } finally {
            Files.deleteIfExists(cfg);
        }
        awaitRate(shopManager, shop, "12.02");
    }

    private static void awaitRate(Api api, String org, String rate) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        String seen = null;
        while (System.nanoTime() < until) {
            seen = api.get("/api/volunteering?organization=" + org).json().path("hourlyRate").asText();
            if (rate.equals(seen)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(seen).as("hourly rate after the configuration changed").isEqualTo(rate);
    }
}
