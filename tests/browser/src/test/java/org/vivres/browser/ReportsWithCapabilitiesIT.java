package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The back office's reports with the reports bundle installed: a manager finds each report the system prints with
 * what it asks (the store implied, dates and month prefilled, activities to pick from) and opens one as PDF.
 */
@ExtendWith(VivresSystem.class)
class ReportsWithCapabilitiesIT {
    static Shop shop;
    static Browser browser;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerPrintsTheDaysJournalAndPicksAnActivityForItsReport() {
        String manager = shop.user("MANAGER");
        String name = shop.fx.unique("Repas partagé");
        Api.Response activity = shop.admin.post("/api/activities", Map.of("name", name, "kind", "SHARED_MEAL",
                "organization", shop.store));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
        String[] rice = shop.product("Riz", "2.00", "UNIT");
        assertThat(shop.admin.post("/api/tickets", Map.of("organization", shop.store,
                "lines", List.of(Map.of("product", rice[0], "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "2.00")))).status()).isEqualTo(201);

        browser.go("/backoffice/#/pos.reports");
        browser.login(manager, Shop.PASSWORD);
        browser.textContains("[data-report='sales-journal'] h2", "Journal de caisse");
        // the activity report offers the store's activities by name
        Select activities = new Select(browser.visible("#report-activity-activity"));
        assertThat(activities.getOptions().stream().map(WebElement::getText)).contains(name);
        activities.selectByVisibleText(name);
        assertThat(browser.visible("#report-sales-journal-to").getAttribute("value")).isNotBlank();
        browser.screenshot("reports-01-list");

        String reports = browser.driver.getWindowHandle();
        browser.click("[data-report='sales-journal'] button[data-format='pdf']");
        browser.until(d -> d.getWindowHandles().size() == 2);
        String pdf = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(reports)).findFirst().orElseThrow();
        browser.driver.switchTo().window(pdf);
        assertThat(browser.driver.getCurrentUrl()).startsWith("blob:");
        browser.driver.close();
        browser.driver.switchTo().window(reports);
        // a refusal is said, not opened: the settlement is the network admin's
        browser.click("[data-report='caisse-settlement'] button[data-format='pdf']");
        browser.until(d -> !d.findElements(By.cssSelector(".toast-error")).isEmpty());
        assertThat(browser.driver.getWindowHandles()).hasSize(1);
    }
}
