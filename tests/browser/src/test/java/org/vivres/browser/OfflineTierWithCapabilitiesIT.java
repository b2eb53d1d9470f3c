package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * A household on a solidarity tier buys while the network is down: the till prices its lines at the tier, as the
 * server will, so the household pays its own price and the ticket is accepted — not refused — when it is sent.
 */
@ExtendWith(VivresSystem.class)
class OfflineTierWithCapabilitiesIT {
    static Shop shop;
    static Browser browser;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system) {
        shop = new Shop(system.admin());
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTierHouseholdPaysItsOwnPricesWhileOfflineAndTheTicketIsAccepted() {
        String tier = shop.fx.unique("S").toUpperCase();
        assertThat(shop.admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Solidaire",
                "organization", shop.store, "percentOfReference", "50", "categoryPercents", Map.of("FRUITS", "30")))
                .status()).isEqualTo(201);
        String[] household = shop.household();
        LocalDate today = LocalDate.now();
        assertThat(shop.admin.put("/api/households/" + household[0] + "/tier", Map.of("tier", tier,
                "validFrom", today.minusDays(1).toString(), "validTo", today.plusMonths(1).toString())).status())
                .isEqualTo(200);
        String[] apples = shop.product("Pommes", "2.45", "UNIT", "FRUITS");
        String[] cheese = shop.product("Fromage", "3.10", "UNIT", "CREMERIE");

        browser.go("/pos/");
        browser.login(shop.user("CASHIER"), Shop.PASSWORD);
        browser.openTillSession("0");
        browser.textContains("#net-status", "En ligne");
        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-tier", "Solidaire");

        browser.offline(true);
        try {
            TillSaleIT.scanInto(browser, "2*" + apples[1]);
            browser.until(d -> TillSaleIT.lineQuantityOf(browser, apples[1]).equals("2"));
            TillSaleIT.scanInto(browser, cheese[1]);
            browser.until(d -> TillSaleIT.lineQuantityOf(browser, cheese[1]).equals("1"));
            // 2 × 0.74 (2.45 at 30 %, half-up) + 1.55 (3.10 at 50 %)
            browser.textContains("#ticket-total", "3,03");
            assertThat(browser.visible("#provisional-flag").getText()).contains("Prix provisoires");
            browser.screenshot("offline-08-tier-prices");
            browser.visible("#product-search").sendKeys(Keys.F9);
            browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3,03" + Keys.ENTER);
            browser.textContains("#receipt-number", "provisoire");
        } finally {
            browser.offline(false);
        }

        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("net-status")).getText().equals("En ligne"));
        JsonNode items = shop.tickets().json().path("items");
        assertThat(items).as("accepted once, not refused").hasSize(1);
        assertThat(items.get(0).path("total").asText()).isEqualTo("3.03");
        assertThat(items.get(0).path("lines").findValuesAsText("priceRule")).containsOnly("TIER:" + tier);
        assertThat(browser.all("#rejected-banner")).allMatch(e -> !e.isDisplayed());
    }
}
