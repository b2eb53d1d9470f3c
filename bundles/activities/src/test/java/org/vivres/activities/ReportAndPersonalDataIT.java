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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/** The activity report for funders, and the household's data in export and erasure. */
@ExtendWith(VivresSystem.class)
class ReportAndPersonalDataIT {
    static Fixtures fx;
    static ActivityFixtures afx;
    static String store;
    static Api manager;
    static Api cashier;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        afx = new ActivityFixtures(fx);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
    }

    private static void attend(String session, String household) {
        created(cashier.post("/api/activities/sessions/" + session + "/attendance", Map.of("household", household)));
    }

    private static void pay(String household, String registration, String amount) {
        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, amount, List.of(fee(registration))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void theReportShowsSessionsFeesAndWhatTheOffersGave() {
        String activity = afx.activity(manager, store);
        String first = session(manager, activity, noon(0), 3, "4.00");
        String later = session(manager, activity, noon(30), 8, "2.50");
        String leeks = fx.product("LEGUMES", "3.20", "KG", List.of("LOCAL"), 15);
        fx.stock(store, leeks, "100");
        String offerId = offer(manager, activity, leeks, "0.40", "1.5", 0);
        String a = fx.household(store);
        String b = fx.household(store);
        String c = fx.household(store);
        String regA = created(register(cashier, first, a));
        String regB = created(register(cashier, first, b));
        created(register(cashier, first, c));
        created(register(cashier, later, a));
        attend(first, a);
        attend(first, b);
        pay(a, regA, "4.00");
        pay(b, regB, "4.00");
        // a: 1.5 kg at 0.40 (0.60) then 0.5 kg at 3.20 (1.60); b: 1.25 kg at 0.40 (0.50).
        Api.Response sale = cashier.post("/api/tickets", sale(null, store, a, "2.20", List.of(product(leeks, "2"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().path("lines").get(0).path("priceRule").asText()).isEqualTo("ACTIVITY:" + offerId);
        assertThat(cashier.post("/api/tickets", sale(null, store, b, "0.50", List.of(product(leeks, "1.25")))).status())
                .isEqualTo(201);

        Api.Response r = manager.get("/api/activities/" + activity + "/report");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("activity").path("id").asText()).isEqualTo(activity);
        JsonNode sessions = r.json().path("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).path("id").asText()).isEqualTo(first);
        assertThat(sessions.get(0).path("capacity").asInt()).isEqualTo(3);
        assertThat(sessions.get(0).path("registrations").asInt()).isEqualTo(3);
        assertThat(sessions.get(0).path("attendance").asInt()).isEqualTo(2);
        assertThat(sessions.get(0).path("feesCollected").asText()).isEqualTo("8.00");
        assertThat(sessions.get(1).path("registrations").asInt()).isEqualTo(1);
        assertThat(sessions.get(1).path("attendance").asInt()).isZero();
        assertThat(sessions.get(1).path("feesCollected").asText()).isEqualTo("0.00");
        JsonNode sold = r.json().path("productsSold");
        assertThat(sold).hasSize(1);
        assertThat(sold.get(0).path("product").asText()).isEqualTo(leeks);
        assertThat(sold.get(0).path("quantity").asText()).isEqualTo("2.750");
        assertThat(sold.get(0).path("amount").asText()).isEqualTo("1.10");
        assertThat(sold.get(0).path("referenceValue").asText()).isEqualTo("8.80");
        assertThat(sold.get(0).path("valueGiven").asText()).isEqualTo("7.70");

        assertThat(fx.user("MANAGER", fx.store()).get("/api/activities/" + activity + "/report").status())
                .isEqualTo(404);
        assertThat(cashier.get("/api/activities/" + activity + "/report").status()).isEqualTo(403);
        assertThat(manager.get("/api/activities/" + UUID.randomUUID() + "/report").status()).isEqualTo(404);
    }

    @Test
    void anExportShowsTheHouseholdsActivitiesAndErasureDetachesThemKeepingTheCounts() {
        String activity = afx.activity(manager, store);
        String session = session(manager, activity, noon(0), 5, "3.00");
        String household = fx.household(store);
        String registration = created(register(cashier, session, household));
        attend(session, household);
        pay(household, registration, "3.00");
        created(register(cashier, session, fx.household(store)));

        Api.Response export = manager.get("/api/households/" + household + "/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        JsonNode section = export.json().path("activities");
        assertThat(section.path("registrations")).hasSize(1);
        JsonNode reg = section.path("registrations").get(0);
        assertThat(reg.path("id").asText()).isEqualTo(registration);
        assertThat(reg.path("session").asText()).isEqualTo(session);
        assertThat(reg.path("activity").asText()).isEqualTo(activity);
        assertThat(reg.path("fee").asText()).isEqualTo("3.00");
        assertThat(reg.path("paid").asBoolean()).isTrue();
        assertThat(section.path("attendance")).hasSize(1);
        assertThat(section.path("attendance").get(0).path("registration").asText()).isEqualTo(registration);

        assertThat(manager.delete("/api/households/" + household).status()).isEqualTo(204);
        JsonNode after = manager.get("/api/households/" + household + "/export").json().path("activities");
        assertThat(after.path("registrations")).isEmpty();
        assertThat(after.path("attendance")).isEmpty();
        for (JsonNode r : ActivityFixtures.registrations(manager, session)) {
            assertThat(r.path("household").asText()).isNotEqualTo(household);
        }
        JsonNode line = manager.get("/api/activities/" + activity + "/report").json().path("sessions").get(0);
        assertThat(line.path("registrations").asInt()).isEqualTo(2);
        assertThat(line.path("attendance").asInt()).isEqualTo(1);
        assertThat(line.path("feesCollected").asText()).isEqualTo("3.00");
        Api.Response erased = register(cashier, session, household);
        assertThat(erased.status()).isEqualTo(422);
        assertThat(erased.code()).isEqualTo("HOUSEHOLD_ERASED");
    }
}
