package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;

/** Tiers, assignments and tickets through the API, for the pricing ITs. */
final class PricingFixtures {
    final Api admin;
    final Fixtures fx;

    PricingFixtures(Api admin) {
        this.admin = admin;
        this.fx = new Fixtures(admin);
    }

    /** The stores' date, as the till dates tickets. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A tier body; {@code organization}, {@code maxQuotient}, {@code monthlyCap} left out when null. */
    static Map<String, Object> tierBody(String code, String organization, String percent,
            Map<String, String> categoryPercents, String maxQuotient, String monthlyCap) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Tarif " + code);
        if (organization != null) {
            body.put("organization", organization);
        }
        body.put("percentOfReference", percent);
        body.put("categoryPercents", categoryPercents);
        if (maxQuotient != null) {
            body.put("maxQuotient", maxQuotient);
        }
        if (monthlyCap != null) {
            body.put("monthlyCap", monthlyCap);
        }
        return body;
    }

    /** Creates a tier as the network admin and returns its code. */
    String tier(String organization, String percent, Map<String, String> categoryPercents, String maxQuotient,
            String monthlyCap) {
        String code = fx.unique("T").toUpperCase();
        Api.Response r = admin.post("/api/pricing/tiers",
                tierBody(code, organization, percent, categoryPercents, maxQuotient, monthlyCap));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    String tier(String organization, String percent) {
        return tier(organization, percent, Map.of(), null, null);
    }

    static Map<String, Object> period(String tier, LocalDate from, LocalDate to) {
        return Map.of("tier", tier, "validFrom", from.toString(), "validTo", to.toString());
    }

    /** Assigns {@code tier} to the household as the network admin. */
    void assign(String household, String tier, LocalDate from, LocalDate to) {
        Api.Response r = admin.put("/api/households/" + household + "/tier", period(tier, from, to));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** A household of {@code store} with {@code tier} valid from a month ago to a month ahead. */
    String householdWith(String store, String tier) {
        String household = fx.household(store);
        assign(household, tier, today().minusDays(30), today().plusDays(30));
        return household;
    }

    /** The household's {@code tier} field of {@code GET /api/households/{id}} (missing when none). */
    JsonNode tierOf(Api as, String household) {
        Api.Response r = as.get("/api/households/" + household);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("tier");
    }

    static Map<String, Object> line(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    static Map<String, Object> ticketBody(String store, String household, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("organization", store);
        body.put("lines", lines);
        if (household != null) {
            body.put("household", household);
        }
        return body;
    }

    Api.Response quote(Api as, String store, String household, List<Map<String, Object>> lines) {
        Api.Response r = as.post("/api/tickets/quote", ticketBody(store, household, lines));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    /** Quotes, then sells paying the quoted total in cash; the ticket's lines equal the quote's. */
    Api.Response sell(Api as, String store, String household, List<Map<String, Object>> lines) {
        Api.Response quote = quote(as, store, household, lines);
        Map<String, Object> body = ticketBody(store, household, lines);
        body.put("payments", List.of(Map.of("method", "CASH", "amount", quote.text("total"))));
        Api.Response ticket = as.post("/api/tickets", body);
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        assertThat(ticket.json().path("lines")).isEqualTo(quote.json().path("lines"));
        return ticket;
    }

    static JsonNode lineOf(Api.Response ticket, int index) {
        return ticket.json().path("lines").get(index);
    }

    /** {@code [unitPrice, lineAmount, priceRule]} of a line, for compact assertions. */
    static List<String> priced(Api.Response ticket, int index) {
        JsonNode l = lineOf(ticket, index);
        return List.of(l.path("unitPrice").asText(), l.path("lineAmount").asText(), l.path("priceRule").asText());
    }
}
