package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The tier price the pricing bundle gives the till for offline sales ({@code /ui/pricing/till-rule.js}) against the
 * server's ({@code TierPricing}): the same unit price and rule, to the cent, in the real browser — for thousands of
 * random prices and percents, and for a household's real tier against the server's own quote.
 */
@ExtendWith(VivresSystem.class)
class TierRuleAgainstServerWithCapabilitiesIT {
    static Shop shop;
    static Browser browser;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system) {
        shop = new Shop(system.admin());
        browser = Browser.open(system.running().baseUrl());
        browser.go("/pos/");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Object script(String body, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const args = [...arguments].slice(0, -1);
                import('/ui/pricing/till-rule.js').then((rule) => done((%s)(rule, ...args)), (e) => done(String(e)));
                """.formatted(body), args);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTillsTierPriceRoundsAsTheServersForAnyPriceAndPercent() {
        Random random = new Random(20261207);
        List<List<String>> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            cases.add(List.of(BigDecimal.valueOf(random.nextInt(100_000), 2).toPlainString(),
                    BigDecimal.valueOf(random.nextInt(20_000), 2 - random.nextInt(3)).toPlainString()));
        }
        List<String> till = (List<String>) script("(rule, cases) => cases.map(([price, percent]) => "
                + "rule.unitPrice({ percentOfReference: percent }, { category: 'EPICERIE' }, price))", cases);

        assertThat(till).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            // TierPricing.unitPrice: Money.percentOf(reference, percent), half-up to the cent.
            BigDecimal expected = new BigDecimal(cases.get(i).get(0)).multiply(new BigDecimal(cases.get(i).get(1)))
                    .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            assertThat(till.get(i)).as("case %s", cases.get(i)).isEqualTo(expected.toPlainString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHouseholdsTierPricesEachLineAsTheServersQuote() throws Exception {
        String tier = shop.fx.unique("R").toUpperCase();
        assertThat(shop.admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Solidaire",
                "organization", shop.store, "percentOfReference", "37.5", "categoryPercents", Map.of("FRUITS", "12.35")))
                .status()).isEqualTo(201);
        String[] household = shop.household();
        LocalDate today = LocalDate.now();
        assertThat(shop.admin.put("/api/households/" + household[0] + "/tier", Map.of("tier", tier,
                "validFrom", today.minusDays(1).toString(), "validTo", today.plusMonths(1).toString())).status())
                .isEqualTo(200);
        Random random = new Random(7);
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> products = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String category = i % 2 == 0 ? "FRUITS" : "EPICERIE";
            String price = BigDecimal.valueOf(1 + random.nextInt(2_000), 2).toPlainString();
            String[] p = shop.product("Article", price, "UNIT", category);
            lines.add(Map.of("product", p[0], "quantity", "1"));
            products.add(Map.of("id", p[0], "category", category, "referencePrice", price));
        }
        Api.Response quote = shop.admin.post("/api/tickets/quote", Map.of("organization", shop.store,
                "household", household[0], "lines", lines));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        // The household as the till reads it, with the pricing bundle's tier facet.
        JsonNode card = shop.admin.get("/api/households?reference=" + household[1]).json().path("items").get(0);
        Object asRead = new ObjectMapper().convertValue(card, Map.class);

        List<Map<String, String>> till = (List<Map<String, String>>) script("(rule, products, household, organization, today) => "
                + "products.map((p) => rule.price({ kind: 'product', product: p, quantity: '1.000', referencePrice: p.referencePrice },"
                + " { household, organization, today }))", products, asRead, shop.store, today.toString());

        for (int i = 0; i < products.size(); i++) {
            JsonNode server = quote.json().path("lines").get(i);
            assertThat(till.get(i)).as("line %s: %s", i, server)
                    .containsEntry("unitPrice", server.path("unitPrice").asText())
                    .containsEntry("priceRule", server.path("priceRule").asText());
        }
        assertThat(quote.json().path("lines").get(0).path("priceRule").asText()).isEqualTo("TIER:" + tier);
    }
}
