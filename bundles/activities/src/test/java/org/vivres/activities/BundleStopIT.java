package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.offer;
import static org.vivres.activities.ActivityFixtures.product;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.sale;
import static org.vivres.activities.ActivityFixtures.session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * A return recorded while the activities bundle is stopped runs no hook: the offer's running totals missed it.
 * Started again, the bundle counts the recent days again from the tickets, so the allowance comes back.
 */
@ExtendWith(VivresSystem.class)
class BundleStopIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String TOTAL = "select coalesce(sum(quantity), 0) from activities_offer_day"
            + " where household_id = ? and price_rule = ?";
    private static final String LINES = "select coalesce(sum(l.quantity), 0) from erp_ticket t join erp_ticket_line l"
            + " on l.ticket_id = t.id where t.household_id = ? and l.price_rule = ?";

    @Test
    void aReturnMadeWhileTheBundleIsStoppedGivesTheAllowanceBackOnceItStarts(VivresSystem system) throws Exception {
        Api admin = system.admin();
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        String activity = new ActivityFixtures(fx).activity(manager, store);
        String household = fx.household(store);
        created(register(cashier, session(manager, activity, noon(0), 10, "4.00"), household));
        String veg = fx.product("3.00");
        fx.stock(store, veg, "100");
        String rule = "ACTIVITY:" + offer(manager, activity, veg, "0.50", "2", 1);
        // The allowance of 2 spent: a third veg pays the ordinary price.
        Api.Response sold = cashier.post("/api/tickets", sale(null, store, household, "1.00", List.of(product(veg, "2"))));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        assertThat(rules(quote(cashier, store, household, veg, "1"))).containsExactly("REFERENCE");

        Bundle activities = Arrays.stream(system.running().framework().getBundleContext().getBundles())
                .filter(b -> "org.vivres.activities".equals(b.getSymbolicName())).findFirst().orElseThrow();
        activities.stop();
        try {
            Api.Response back = cashier.post("/api/tickets/" + sold.text("id") + "/returns",
                    Map.of("lines", List.of(product(veg, "2"))));
            assertThat(back.status()).as(back.toString()).isEqualTo(201);
        } finally {
            activities.start();
        }
        awaitUp(admin);
        try (Connection db = connect(system)) {
            assertThat(sum(db, TOTAL, household, rule)).isEqualByComparingTo(sum(db, LINES, household, rule))
                    .isEqualByComparingTo("0");
        }
        assertThat(rules(quote(cashier, store, household, veg, "2"))).containsExactly(rule);
    }

    private static Api.Response quote(Api cashier, String store, String household, String veg, String quantity) {
        return cashier.post("/api/tickets/quote", Map.of("organization", store, "household", household,
                "lines", List.of(product(veg, quantity))));
    }

    private static List<String> rules(Api.Response ticket) {
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(200);
        List<String> rules = new ArrayList<>();
        ticket.json().path("lines").forEach(l -> rules.add(l.path("priceRule").asText()));
        return rules;
    }

    /** Until health says UP (every bundle's tables in service) and the bundle answers its own routes. */
    private static void awaitUp(Api as) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline && (as.get("/api/health").status() != 200
                || as.get("/api/activities").status() != 200)) {
            Thread.sleep(100);
        }
        assertThat(as.get("/api/health").status()).as("the system back within " + DEADLINE).isEqualTo(200);
    }

    private static Connection connect(VivresSystem system) throws Exception {
        var settings = system.running().database();
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static BigDecimal sum(Connection db, String sql, String household, String rule) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(household));
            s.setString(2, rule);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getBigDecimal(1);
            }
        }
    }
}
