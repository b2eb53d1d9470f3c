package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.offer;
import static org.vivres.activities.ActivityFixtures.product;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.sale;
import static org.vivres.activities.ActivityFixtures.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * The till keeps a store's offers and the sessions a household is registered to in memory between tickets: a change
 * through the API, or by hand in the database behind the application (as another node would), prices the very next
 * ticket.
 */
@ExtendWith(VivresSystem.class)
class OfferReferenceIT {
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

    @Test
    void anOfferCreatedOrEndedThroughTheApiPricesTheNextTicket() {
        String activity = afx.activity(manager, store);
        String household = registeredHousehold(activity);
        String veg = stocked("3.00");
        // Read once with no offer on the product: the store's offers are kept.
        assertPriced(household, veg, "3.00", "REFERENCE");

        String rule = "ACTIVITY:" + offer(manager, activity, veg, "0.50", "10", 1);
        assertPriced(household, veg, "0.50", rule);
        assertPriced(household, veg, "0.50", rule);

        Api.Response ended = manager.delete("/api/activities/" + activity + "/offers/" + rule.substring(9));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertPriced(household, veg, "3.00", "REFERENCE");
    }

    @Test
    void anOfferChangedOrEndedByHandPricesTheVeryNextTicket(VivresSystem system) throws Exception {
        String activity = afx.activity(manager, store);
        String household = registeredHousehold(activity);
        String veg = stocked("3.00");
        String offer = offer(manager, activity, veg, "0.50", "10", 1);
        assertPriced(household, veg, "0.50", "ACTIVITY:" + offer);

        sql(system, "update activities_offer set unit_price = 0.30 where id = ?", offer);
        assertPriced(household, veg, "0.30", "ACTIVITY:" + offer);

        sql(system, "update activities_offer set ended_at = now() where id = ?", offer);
        assertPriced(household, veg, "3.00", "REFERENCE");

        sql(system, "update activities_offer set ended_at = null where id = ?", offer);
        assertPriced(household, veg, "0.30", "ACTIVITY:" + offer);
    }

    @Test
    void aHouseholdRegisteredOrUnregisteredThroughTheApiPricesTheNextTicket() {
        String activity = afx.activity(manager, store);
        String today = session(manager, activity, noon(0), 10, "1.00");
        String veg = stocked("2.00");
        String rule = "ACTIVITY:" + offer(manager, activity, veg, "0.20", "10", 1);
        String household = fx.household(store);
        // Not registered yet: its (lack of) sessions are kept.
        assertPriced(household, veg, "2.00", "REFERENCE");

        String registration = created(register(cashier, today, household));
        assertPriced(household, veg, "0.20", rule);

        Api.Response cancelled = cashier.delete("/api/activities/registrations/" + registration);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        assertPriced(household, veg, "2.00", "REFERENCE");
    }

    @Test
    void aRegistrationOrSessionChangedByHandPricesTheVeryNextTicket(VivresSystem system) throws Exception {
        String activity = afx.activity(manager, store);
        String today = session(manager, activity, noon(0), 10, "1.00");
        String veg = stocked("2.00");
        String rule = "ACTIVITY:" + offer(manager, activity, veg, "0.20", "10", 1);
        String household = fx.household(store);
        String registration = created(register(cashier, today, household));
        assertPriced(household, veg, "0.20", rule);

        // The session moved a week later: no longer near today.
        sql(system, "update activities_session set starts_at = starts_at + interval '7 days' where id = ?", today);
        assertPriced(household, veg, "2.00", "REFERENCE");
        sql(system, "update activities_session set starts_at = starts_at - interval '7 days' where id = ?", today);
        assertPriced(household, veg, "0.20", rule);

        sql(system, "delete from activities_registration where id = ?", registration);
        assertPriced(household, veg, "2.00", "REFERENCE");
    }

    /** A household of the store registered to a session of {@code activity} today. */
    private static String registeredHousehold(String activity) {
        String household = fx.household(store);
        created(register(cashier, session(manager, activity, noon(0), 10, "1.00"), household));
        return household;
    }

    private static String stocked(String price) {
        String product = fx.product(price);
        fx.stock(store, product, "100");
        return product;
    }

    /** Sells one {@code product} to {@code household}: one line at {@code unitPrice} under {@code rule}. */
    private static void assertPriced(String household, String product, String unitPrice, String rule) {
        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, unitPrice,
                List.of(product(product, "1"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode lines = r.json().path("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("priceRule").asText()).isEqualTo(rule);
        assertThat(lines.get(0).path("unitPrice").asText()).isEqualTo(unitPrice);
    }

    /** A change behind the application, on a connection of its own, committed. */
    private static void sql(VivresSystem system, String statement, String id) throws Exception {
        var settings = system.running().database();
        try (Connection db = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                PreparedStatement s = db.prepareStatement(statement)) {
            s.setObject(1, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
