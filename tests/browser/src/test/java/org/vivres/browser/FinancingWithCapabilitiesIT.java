package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The financing mix in the back office, in French: a manager keeps a donor, records goods it gave (they go into the
 * store's stock, valued at the reference price) and equipment, and sees the totals; a cashier, volunteer at the till,
 * records his hours in the till's panel, and the manager sees them valued at the network's hourly rate.
 */
@ExtendWith(VivresSystem.class)
class FinancingWithCapabilitiesIT {
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
    void aManagerRecordsADonorTheGoodsItGaveAndEquipment() {
        String[] apples = shop.product("Pommes", "2.50", "UNIT");
        backOffice("/backoffice/#/financing.donations", shop.user("MANAGER"));
        browser.visible("#donation-no-donor");
        String donor = shop.fx.unique("Ferme du Val");
        browser.visible("#donor-name").sendKeys(donor);
        new Select(browser.visible("#donor-kind")).selectByValue("FARM");
        browser.click("#donor-form-submit");
        browser.textContains("#donor-table", donor);
        browser.textContains("#donor-table", "Ferme");

        new Select(browser.visible("#donation-product-0")).selectByValue(apples[0]);
        browser.visible("#donation-quantity-0").sendKeys("12");
        browser.click("#donation-form-submit");
        browser.textContains("#donation-table", "Marchandises");
        browser.textContains("#donation-totals", "Marchandises : 30,00");
        assertThat(shop.fx.onHand(shop.store, apples[0])).isEqualTo("112.000");

        new Select(browser.visible("#donation-kind")).selectByValue("EQUIPMENT");
        browser.visible("#donation-description").sendKeys("Réfrigérateur");
        browser.visible("#donation-value").sendKeys("450");
        browser.click("#donation-form-submit");
        browser.textContains("#donation-totals", "Équipement : 450,00");
        browser.textContains("#donation-totals", "Total : 480,00");
        JsonNode listed = shop.admin.get("/api/donations?organization=" + shop.store).json();
        assertThat(listed.path("items")).hasSize(2);
        assertThat(listed.path("totals").path("value").asText()).isEqualTo("480.00");
    }

    @Test
    void aVolunteerAtTheTillRecordsHisHoursWhichTheManagerSeesValued() {
        String cashier = shop.user("CASHIER");
        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#product-search")) {
            browser.logout();
        }
        browser.login(cashier, Shop.PASSWORD);
        browser.visible("#product-search");
        browser.openTillSession("0");
        browser.click("#till-volunteering summary");
        browser.visible("#till-volunteer-name").sendKeys("Samia");
        browser.visible("#till-volunteer-hours").sendKeys("2,5");
        new Select(browser.visible("#till-volunteer-task")).selectByValue("DISTRIBUTION");
        browser.click("#till-volunteer-submit");
        browser.until(d -> "2.50".equals(totalHours()));
        // more than a day's hours for one volunteer: refused in the panel, nothing recorded
        browser.visible("#till-volunteer-hours").sendKeys("22");
        browser.click("#till-volunteer-submit");
        browser.textContains("#till-volunteer-error", "plus de 24 heures");
        assertThat(totalHours()).isEqualTo("2.50");

        backOffice("/backoffice/#/financing.volunteering", shop.user("MANAGER"));
        browser.textContains("#volunteering-rate", "12,02");
        browser.textContains("#volunteering-table", "Samia");
        browser.textContains("#volunteering-totals", "2,5 h");
        browser.textContains("#volunteering-totals", "30,05");
        browser.textContains("#volunteering-by-task", "Distribution");
        // the manager records hours of a logistics morning
        browser.visible("#volunteer-name").sendKeys("Karim");
        browser.visible("#volunteer-hours").sendKeys("3");
        new Select(browser.visible("#volunteer-task")).selectByValue("LOGISTICS");
        browser.click("#volunteer-form-submit");
        browser.textContains("#volunteering-totals", "5,5 h");
        browser.textContains("#volunteering-by-task", "Logistique");
    }

    /** The back-office screen at {@code path}, as {@code user}: whoever was logged in logs out first. */
    private static void backOffice(String path, String user) {
        browser.go(path);
        browser.until(d -> browser.present("#login-username") || browser.present("#logout-button"));
        if (!browser.present("#login-username")) {
            browser.logout();
            browser.go(path);
        }
        browser.login(user, Shop.PASSWORD);
    }

    private static String totalHours() {
        return shop.admin.get("/api/volunteering?organization=" + shop.store).json().path("totalHours").asText();
    }
}
