package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.priced;
import static org.vivres.pricing.it.PricingFixtures.ticketBody;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * Stopping the pricing bundle while Vivres runs returns the till to reference prices; starting it brings tiers back,
 * with the cap's running totals counted again from the tickets.
 */
@ExtendWith(VivresSystem.class)
class BundleStopIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void stoppingThePricingBundleReturnsTicketsToReferencePrices(VivresSystem system) throws Exception {
        Api admin = system.admin();
        Shop shop = shopWithATier(admin);
        String store = shop.store();
        String tier = shop.tier();
        String household = shop.household();
        Api cashier = shop.cashier();
        List<Map<String, Object>> lines = shop.lines();
        assertThat(ruleOf(cashier, store, household, lines)).isEqualTo("TIER:" + tier);

        Bundle pricing = pricingBundle(system);
        pricing.stop();
        try {
            awaitRule(cashier, store, household, lines, "REFERENCE");
            Map<String, Object> body = ticketBody(store, household, lines);
            body.put("payments", List.of(Map.of("method", "CASH", "amount", "3.40")));
            Api.Response ticket = cashier.post("/api/tickets", body);
            assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
            assertThat(ticket.json().path("lines").get(0).path("priceRule").asText()).isEqualTo("REFERENCE");
            assertThat(admin.get("/api/pricing/tiers").status()).isEqualTo(404);
        } finally {
            pricing.start();
        }
        awaitRule(cashier, store, household, lines, "TIER:" + tier);
        // The bundle's entities may still be joining (503 STARTING, which a till retries): wait for the answer.
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Api.Response read = cashier.get("/api/households/" + household);
        while (read.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            read = cashier.get("/api/households/" + household);
        }
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("tier").path("code").asText()).isEqualTo(tier);
        awaitUp(admin);
    }

    /**
     * A return recorded while the bundle is stopped runs no hook: the month's running total missed it. Started again,
     * the bundle counts the recent months again from the tickets, so the cap is as if the return had counted.
     */
    @Test
    void aReturnMadeWhileTheBundleIsStoppedGivesTheCapBackOnceItStarts(VivresSystem system) throws Exception {
        Api admin = system.admin();
        awaitUp(admin); // a test before may have just started the bundle again
        PricingFixtures pf = new PricingFixtures(admin);
        String store = pf.fx.store();
        String bread = pf.fx.product("3.40");
        String tier = pf.tier(store, "50", Map.of(), null, "5.00");
        String household = pf.householdWith(store, tier);
        Api cashier = pf.fx.user("CASHIER", store);
        List<Map<String, Object>> two = List.of(line(bread, "2"));
        // 50 % of 3.40: 3.40 of the 5.00 cap spent, so that two more breads no longer fit
        Api.Response sale = pf.sell(cashier, store, household, two);
        assertThat(priced(sale, 0)).containsExactly("1.70", "3.40", "TIER:" + tier);
        assertThat(priced(pf.quote(cashier, store, household, two), 0)).containsExactly("3.40", "6.80", "REFERENCE");

        Bundle pricing = pricingBundle(system);
        pricing.stop();
        try {
            awaitRule(cashier, store, household, two, "REFERENCE");
            Api.Response back = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                    Map.of("lines", List.of(line(bread, "2"))));
            assertThat(back.status()).as(back.toString()).isEqualTo(201);
        } finally {
            pricing.start();
        }
        awaitUp(admin);
        try (Connection db = connect(system)) {
            assertThat(monthTotal(db, household)).isEqualByComparingTo(ticketLinesSum(db, household))
                    .isEqualByComparingTo("0");
        }
        assertThat(priced(pf.quote(cashier, store, household, two), 0)).containsExactly("1.70", "3.40", "TIER:" + tier);
    }

    /**
     * An updated bundle (a new revision, new classes) starts with a reference cache of its own: what its previous
     * revision kept in memory (records of the old classes, which the new ones could not even read) is never handed to
     * it, and the tier still prices the next ticket.
     */
    @Test
    void anUpdatedBundlePricesWithWhatItReadsItselfNotWithWhatItsPreviousRevisionKept(VivresSystem system)
            throws Exception {
        Api admin = system.admin();
        awaitUp(admin);
        Shop shop = shopWithATier(admin);
        String tier = shop.tier();
        // the household's assignment and its tier are in the node's memory now
        assertThat(ruleOf(shop.cashier(), shop.store(), shop.household(), shop.lines())).isEqualTo("TIER:" + tier);

        Bundle pricing = pricingBundle(system);
        pricing.update();
        awaitUp(admin);
        awaitRule(shop.cashier(), shop.store(), shop.household(), shop.lines(), "TIER:" + tier);
        Api.Response sale = shop.pf().sell(shop.cashier(), shop.store(), shop.household(), shop.lines());
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(priced(sale, 0)).containsExactly("1.02", "1.02", "TIER:" + tier);
    }

    /** A store, a 3.40 loaf, a 30 % tier, a household in it, the store's cashier, and a basket of one loaf. */
    private record Shop(PricingFixtures pf, String store, String tier, String household, Api cashier,
            List<Map<String, Object>> lines) {
    }

    private static Shop shopWithATier(Api admin) {
        PricingFixtures pf = new PricingFixtures(admin);
        String store = pf.fx.store();
        String bread = pf.fx.product("3.40");
        String tier = pf.tier(store, "30");
        return new Shop(pf, store, tier, pf.householdWith(store, tier), pf.fx.user("CASHIER", store),
                List.of(line(bread, "1")));
    }

    private static Bundle pricingBundle(VivresSystem system) {
        return Arrays.stream(system.running().framework().getBundleContext().getBundles())
                .filter(b -> "org.vivres.pricing".equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    /** Until health says UP (every bundle's tables in service) and the bundle answers its own routes. */
    private static void awaitUp(Api as) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline && (as.get("/api/health").status() != 200
                || as.get("/api/pricing/tiers").status() != 200)) {
            Thread.sleep(100);
        }
        assertThat(as.get("/api/health").status()).as("the system back within " + DEADLINE).isEqualTo(200);
    }

    private static Connection connect(VivresSystem system) throws Exception {
        var settings = system.running().database();
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    /** The running total the cap reads for this month. */
    private static BigDecimal monthTotal(Connection db, String household) throws Exception {
        return one(db, "select coalesce(sum(tier_amount), 0) from pricing_tier_month where household_id = ?"
                + " and month = ?", household);
    }

    /** What summing the household's tier-priced ticket lines of this month gives. */
    private static BigDecimal ticketLinesSum(Connection db, String household) throws Exception {
        return one(db, "select coalesce(sum(l.line_amount), 0) from erp_ticket t join erp_ticket_line l"
                + " on l.ticket_id = t.id where t.household_id = ? and l.price_rule like 'TIER:%'"
                + " and t.ticket_date >= ? and t.ticket_date < ?", household);
    }

    private static BigDecimal one(Connection db, String sql, String household) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(household));
            // the month of the stores' today, as the till dates tickets
            LocalDate month = PricingFixtures.today().withDayOfMonth(1);
            s.setObject(2, month);
            if (s.getParameterMetaData().getParameterCount() > 2) {
                s.setObject(3, month.plusMonths(1));
            }
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getBigDecimal(1);
            }
        }
    }

    /** The priceRule of the first line of a quote; {@code null} while the system answers 503 (rebuilding). */
    private static String ruleOf(Api as, String store, String household, List<Map<String, Object>> lines) {
        Api.Response r = as.post("/api/tickets/quote", ticketBody(store, household, lines));
        return r.status() == 200 ? r.json().path("lines").get(0).path("priceRule").asText() : null;
    }

    private static void awaitRule(Api as, String store, String household, List<Map<String, Object>> lines,
            String expected) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        String rule = ruleOf(as, store, household, lines);
        while (!expected.equals(rule) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            rule = ruleOf(as, store, household, lines);
        }
        assertThat(rule).as("price rule within " + DEADLINE).isEqualTo(expected);
    }
}
