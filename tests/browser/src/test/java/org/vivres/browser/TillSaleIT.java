package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** A cashier's whole sale at the till, with a scanner, a household card, a weighed product and cash. */
@ExtendWith(VivresSystem.class)
class TillSaleIT {
    static Shop shop;
    static Browser browser;
    static String cashier;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        cashier = shop.user("CASHIER");
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFullCashSaleWithAHousehold() {
        String[] pasta = shop.product("Pâtes", "2.50", "UNIT");
        String[] milk = shop.product("Lait", "1.20", "UNIT");
        String[] apples = shop.product("Pommes", "3.99", "KG");
        String[] household = shop.household();

        openTill();
        assertThat(browser.focusedId()).as("the scanner types into the product field").isEqualTo("product-search");

        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        assertThat(browser.textContains("#household-details", household[1])).contains("3 personnes");
        assertThat(browser.focusedId()).isEqualTo("product-search");

        scan(pasta[1]);
        long before = System.nanoTime();
        scan(pasta[1]);
        browser.until(d -> lineQuantity(pasta[1]).equals("2"));
        assertThat((System.nanoTime() - before) / 1_000_000).as("a scanned line shows at once").isLessThan(1500);
        scan(milk[1]);
        scan(apples[1]);
        browser.visible("#quantity-input").sendKeys("1,250" + Keys.ENTER);
        browser.until(d -> lineQuantity(apples[1]).equals("1,25 kg"));

        // 2 × 2.50 + 1.20 + 3.99 × 1.25 (4.9875 → 4.99) = 11.19
        browser.textContains("#ticket-total", "11,19");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        String row = browser.visible("tr[data-sku='" + apples[1] + "']").getText();
        assertThat(row).contains("3,99").contains("4,99").contains("Prix de référence");
        assertThat(browser.driver.findElement(By.id("provisional-flag")).isDisplayed()).isFalse();
        browser.screenshot("till-02-ticket");

        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount");
        assertThat(browser.visible("#pay-remaining").getText()).contains("11,19");
        browser.screenshot("till-03-payment");
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "20" + Keys.ENTER);

        String receipt = browser.textContains("#receipt", "Rendu");
        assertThat(receipt).contains(pasta[2]).contains(apples[2]).contains("11,19").contains(household[1]);
        assertThat(browser.visible("#receipt-change").getText()).contains("8,81");
        assertThat(browser.visible("#receipt-number").getText()).matches("Ticket T\\d{8}");
        assertThat(browser.focusedId()).isEqualTo("new-ticket");
        browser.screenshot("till-04-receipt");

        List<JsonNode> tickets = new ArrayList<>();
        shop.tickets().json().path("items").forEach(t -> {
            if (household[0].equals(t.path("household").asText())) {
                tickets.add(t);
            }
        });
        assertThat(tickets).as("the sale, recorded once").hasSize(1);
        JsonNode ticket = tickets.get(0);
        assertThat(ticket.path("household").asText()).isEqualTo(household[0]);
        assertThat(ticket.path("total").asText()).isEqualTo("11.19");
        assertThat(ticket.path("payments")).hasSize(1);
        assertThat(ticket.path("payments").get(0).path("method").asText()).isEqualTo("CASH");
        assertThat(ticket.path("payments").get(0).path("amount").asText()).isEqualTo("11.19");
        assertThat(browser.visible("#receipt-number").getText()).contains(ticket.path("documentNo").asText());
        assertThat(shop.fx.onHand(shop.store, apples[0])).isEqualTo("98.750");

        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        assertThat(browser.all("#lines-body tr")).isEmpty();
        assertThat(browser.focusedId()).isEqualTo("product-search");
        assertThat(browser.visible("#net-status").getText()).isEqualTo("En ligne");
    }

    /** The till, logged in as the cashier (the first time through the login form). */
    static void openTill() {
        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#login-username")) {
            browser.screenshot("till-01-login");
            browser.login(cashier, Shop.PASSWORD);
        }
        browser.visible("#product-search");
        browser.openTillSession("50,00");
    }

    @Test
    void aReturnGivesBackTheCashOfWhatComesBack() {
        String[] soap = shop.product("Savon", "2.50", "UNIT");
        String sale = java.util.UUID.randomUUID().toString();
        Api.Response sold = shop.admin.post("/api/tickets", java.util.Map.of("id", sale, "organization", shop.store,
                "lines", java.util.List.of(java.util.Map.of("product", soap[0], "quantity", "3")),
                "payments", java.util.List.of(java.util.Map.of("method", "CASH", "amount", "7.50"))));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        String number = sold.text("documentNo");
        openTill();

        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(number + Keys.ENTER);
        browser.textContains("#return-content", soap[2]);
        var quantity = browser.visible(".return-qty");
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        browser.visible("#return-submit").click();
        assertThat(browser.textContains("#return-done", "Espèces")).contains("5,00");
        browser.screenshot("till-05-return");
        JsonNode tickets = shop.tickets().json().path("items");
        assertThat(tickets).hasSize(2);
        JsonNode ret = tickets.get(0).path("kind").asText().equals("RETURN") ? tickets.get(0) : tickets.get(1);
        assertThat(ret.path("total").asText()).isEqualTo("-5.00");
        assertThat(shop.fx.onHand(shop.store, soap[0])).isEqualTo("99.000");

        // Two more than are left: refused, said, nothing written.
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(number + Keys.ENTER);
        browser.visible(".return-qty").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        browser.visible("#return-submit").click();
        browser.until(d -> !d.findElement(By.id("return-message")).getText().isBlank());
        // said with the product's name and the ticket's number, what is left, never a code
        assertThat(browser.visible("#return-message").getText()).contains(soap[2]).contains(number).contains("1")
                .doesNotContain("RETURN_EXCEEDS_SALE");
        assertThat(shop.tickets().json().path("items")).hasSize(2);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
    }

    @Test
    void theTillSpeaksEnglishOnRequest() {
        openTill();
        browser.visible("#lang-button").click();
        browser.until(d -> "Scan or search a product (F2)".equals(browser.visible("#product-search").getAttribute("placeholder")));
        assertThat(browser.visible("#checkout").getText()).contains("Checkout");
        assertThat(browser.visible(".shortcuts").getText()).contains("F9: checkout");
        browser.screenshot("till-06-english");
        browser.visible("#lang-button").click();
        browser.until(d -> browser.visible("#checkout").getText().contains("Encaisser"));
    }

    static void scan(String code) {
        scanInto(browser, code);
    }

    static void scanInto(Browser b, String code) {
        b.visible("#product-search").sendKeys(code + Keys.ENTER);
    }

    static String lineQuantity(String sku) {
        return lineQuantityOf(browser, sku);
    }

    /** The quantity shown on the line of {@code sku}, "" while there is none. */
    static String lineQuantityOf(Browser b, String sku) {
        var rows = b.driver.findElements(By.cssSelector("tr[data-sku='" + sku + "'] .qty-button"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }
}
