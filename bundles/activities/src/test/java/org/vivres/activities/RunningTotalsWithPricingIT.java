package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.PARIS;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.offer;
import static org.vivres.activities.ActivityFixtures.product;
import static org.vivres.activities.ActivityFixtures.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * The running totals the tier cap and the offer allowance read (kept by the bundles' ticket hooks) equal, after
 * sales, returns, an offline sale and tickets dated in the next store day, the sums over the ticket lines that the
 * till computed before; and the till prices and refuses as those sums say.
 */
@ExtendWith(VivresSystem.class)
class RunningTotalsWithPricingIT {
    private static final String OLD_MONTHS = """
            select t.household_id, date_trunc('month', t.ticket_date)::date, sum(l.line_amount)
              from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
             where t.household_id = any(?) and l.price_rule like 'TIER:%'
             group by 1, 2""";
    private static final String NEW_MONTHS =
            "select household_id, month, tier_amount from pricing_tier_month where household_id = any(?)";
    private static final String OLD_DAYS = """
            select t.household_id, l.price_rule, t.ticket_date, sum(l.quantity)
              from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
             where t.household_id = any(?) and l.price_rule like 'ACTIVITY:%'
             group by 1, 2, 3""";
    private static final String NEW_DAYS = "select household_id, price_rule, day, quantity from activities_offer_day"
            + " where household_id = any(?)";

    @Test
    void theTotalsEqualTheSumsOfTheTicketLinesAndPriceAsThoseSums(VivresSystem system) throws Exception {
        Fixtures fx = new Fixtures(system.admin());
        ActivityFixtures afx = new ActivityFixtures(fx);
        String store = fx.store();
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        String tier = fx.unique("T").replace('-', '_');
        assertThat(manager.post("/api/pricing/tiers", Map.of("code", tier, "name", tier, "organization", store,
                "percentOfReference", "50", "monthlyCap", "20.00")).status()).isEqualTo(201);
        String bread = fx.product("4.00");
        String veg = fx.product("2.00");
        fx.stock(store, bread, "1000");
        fx.stock(store, veg, "1000");
        String activity = afx.activity(manager, store);
        String today = sessionOn(manager, activity, 0);
        String later = sessionOn(manager, activity, 2);
        // Priced today, the window of one day around a session holds today's session only: an allowance of 2.
        String rule = "ACTIVITY:" + offer(manager, activity, veg, "0.50", "2", 1);
        String h1 = household(fx, manager, store, tier);
        String h2 = household(fx, manager, store, null);
        created(register(cashier, today, h1));
        created(register(cashier, later, h1));
        created(register(cashier, today, h2));
        List<String> households = List.of(h1, h2);

        try (Connection db = connect(system)) {
            // 2 veg at the offer, the third at the tier (1.00); 3 bread at the tier (6.00): the month is at 7.00.
            JsonNode s1 = sell(cashier, store, h1, List.of(product(veg, "3"), product(bread, "3")));
            assertThat(rules(s1)).containsExactly(rule, "TIER:" + tier, "TIER:" + tier);
            same(db, households);
            // The cheapest sold part goes back first: the offer's 2 veg, whose allowance comes back.
            giveBack(cashier, s1, Map.of(veg, "2"));
            same(db, households);
            // Sold offline (the till saw neither the cap nor the allowance): priced here as the sums say, the gap
            // recorded, and counted on the day it is recorded in. 2 veg at the offer, 3 at the tier: the month at 10.00.
            JsonNode offline = sellOffline(cashier, store, h1, "22.50", List.of(product(veg, "5"), product(bread, "10")));
            assertThat(rules(offline)).containsExactly(rule, "TIER:" + tier, "REFERENCE");
            assertThat(ticketDate(db, offline)).isEqualTo(LocalDate.now(PARIS).toString());
            same(db, households);
            // 5 bread reach the cap exactly; the allowance is spent and the tier would pass the cap: reference.
            assertThat(rules(sell(cashier, store, h1, List.of(product(bread, "5"), product(veg, "1")))))
                    .containsExactly("TIER:" + tier, "REFERENCE");
            assertThat(rules(sell(cashier, store, h1, List.of(product(bread, "1"))))).containsExactly("REFERENCE");
            same(db, households);
            // The offline veg back, offer's first: the month at 17.00 and nothing bought through the offer.
            giveBack(cashier, offline, Map.of(bread, "10", veg, "5"));
            same(db, households);
            JsonNode s4 = sell(cashier, store, h1, List.of(product(bread, "1"), product(veg, "3")));
            assertThat(rules(s4)).containsExactly("TIER:" + tier, rule, "TIER:" + tier);
            assertThat(rules(sell(cashier, store, h1, List.of(product(bread, "1"))))).containsExactly("REFERENCE");
            JsonNode s5 = sell(cashier, store, h2, List.of(product(veg, "3")));
            assertThat(rules(s5)).containsExactly(rule, "REFERENCE");
            same(db, households);

            // Today closed, tickets count in the next store day (the next month when today is the month's last).
            Api.Response closing = manager.post("/api/closings", Map.of("organization", store, "kind", "DAY",
                    "period", LocalDate.now(PARIS).toString()));
            assertThat(closing.status()).as(closing.toString()).isEqualTo(201);
            giveBack(cashier, s4, Map.of(bread, "1", veg, "1"));
            giveBack(cashier, s5, Map.of(veg, "1"));
            same(db, households);
            BigDecimal spent = oldMonth(db, h1, LocalDate.now(PARIS));
            boolean room = spent.add(new BigDecimal("2.00")).compareTo(new BigDecimal("20.00")) <= 0;
            JsonNode s6 = sell(cashier, store, h1, List.of(product(bread, "1")));
            assertThat(rules(s6)).containsExactly(room ? "TIER:" + tier : "REFERENCE");
            assertThat(ticketDate(db, s6)).isEqualTo(LocalDate.now(PARIS).plusDays(1).toString());
            // h2 gave one of its 2 offer veg back: one left at the offer.
            assertThat(rules(sell(cashier, store, h2, List.of(product(veg, "2"))))).containsExactly(rule, "REFERENCE");
            same(db, households);
        }
    }

    private static String sessionOn(Api manager, String activity, int days) {
        return created(manager.post("/api/activities/" + activity + "/sessions", Map.of("startsAt", noon(days),
                "capacity", 10, "fee", "4.00")));
    }

    private static String household(Fixtures fx, Api manager, String store, String tier) {
        String household = fx.household(store);
        if (tier != null) {
            LocalDate today = LocalDate.now(PARIS);
            Api.Response r = manager.put("/api/households/" + household + "/tier", Map.of("tier", tier,
                    "validFrom", today.minusDays(1).toString(), "validTo", today.plusDays(30).toString()));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        return household;
    }

    /** A sale paid in cash of what the quote says. */
    private static JsonNode sell(Api cashier, String store, String household, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", store, "household", household, "lines", lines));
        Api.Response quote = cashier.post("/api/tickets/quote", body);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        body.put("payments", List.of(Map.of("method", "CASH", "amount", quote.text("total"))));
        Api.Response sale = cashier.post("/api/tickets", body);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale.json();
    }

    private static JsonNode sellOffline(Api cashier, String store, String household, String cash,
            List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", store, "household", household, "lines", lines,
                "soldOffline", true, "soldAt", OffsetDateTime.now().minusHours(1).toString(),
                "payments", List.of(Map.of("method", "CASH", "amount", cash))));
        Api.Response sale = cashier.post("/api/tickets", body);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale.json();
    }

    private static void giveBack(Api cashier, JsonNode sale, Map<String, String> quantities) {
        List<Map<String, Object>> lines = new ArrayList<>();
        quantities.forEach((p, q) -> lines.add(product(p, q)));
        Api.Response r = cashier.post("/api/tickets/" + sale.path("id").asText() + "/returns", Map.of("lines", lines));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static List<String> rules(JsonNode ticket) {
        List<String> rules = new ArrayList<>();
        ticket.path("lines").forEach(l -> rules.add(l.path("priceRule").asText()));
        return rules;
    }

    private static Connection connect(VivresSystem system) throws Exception {
        var settings = system.running().database();
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    /** The running totals of {@code households} are the sums the till read over the ticket lines. */
    private static void same(Connection db, List<String> households) throws Exception {
        assertThat(rows(db, NEW_MONTHS, households)).as("tier totals by month")
                .isEqualTo(rows(db, OLD_MONTHS, households));
        assertThat(rows(db, NEW_DAYS, households)).as("offer totals by day")
                .isEqualTo(rows(db, OLD_DAYS, households));
    }

    /** Rows keyed by all but their last column, zero totals left out (a row given all back is as none). */
    private static Map<List<String>, BigDecimal> rows(Connection db, String sql, List<String> households)
            throws Exception {
        Map<List<String>, BigDecimal> rows = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("uuid", households.stream().map(UUID::fromString).toArray()));
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i < n; i++) {
                        key.add(r.getString(i));
                    }
                    BigDecimal total = r.getBigDecimal(n);
                    if (total.signum() != 0) {
                        rows.put(key, total.stripTrailingZeros());
                    }
                }
            }
        }
        return rows;
    }

    /** The date a ticket counts in: the store day it was recorded in, whenever the till sold it. */
    private static String ticketDate(Connection db, JsonNode ticket) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select ticket_date from erp_ticket where id = ?")) {
            s.setObject(1, UUID.fromString(ticket.path("id").asText()));
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }

    /** The sum the cap read before: the household's tier-priced lines of the month of {@code date}. */
    private static BigDecimal oldMonth(Connection db, String household, LocalDate date) throws Exception {
        BigDecimal total = rows(db, OLD_MONTHS, List.of(household)).get(List.of(household, date.withDayOfMonth(1)
                .toString()));
        return total == null ? BigDecimal.ZERO : total;
    }
}
