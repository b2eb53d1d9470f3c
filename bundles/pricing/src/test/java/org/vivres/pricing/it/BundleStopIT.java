package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.ticketBody;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Stopping the pricing bundle while Vivres runs returns the till to reference prices; starting it brings tiers back. */
@ExtendWith(VivresSystem.class)
class BundleStopIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void stoppingThePricingBundleReturnsTicketsToReferencePrices(VivresSystem system) throws Exception {
        Api admin = system.admin();
        PricingFixtures pf = new PricingFixtures(admin);
        String store = pf.fx.store();
        String bread = pf.fx.product("3.40");
        String tier = pf.tier(store, "30");
        String household = pf.householdWith(store, tier);
        Api cashier = pf.fx.user("CASHIER", store);
        List<Map<String, Object>> lines = List.of(line(bread, "1"));
        assertThat(ruleOf(cashier, store, household, lines)).isEqualTo("TIER:" + tier);

        Bundle pricing = Arrays.stream(system.running().framework().getBundleContext().getBundles())
                .filter(b -> "org.vivres.pricing".equals(b.getSymbolicName())).findFirst().orElseThrow();
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
