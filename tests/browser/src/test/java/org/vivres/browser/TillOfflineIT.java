package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osgi.framework.Bundle;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The network drops in the middle of a sale: the till keeps selling from what it has seen, queues
 * the ticket, says so, and sends it once the network is back — recorded exactly once.
 */
@ExtendWith(VivresSystem.class)
class TillOfflineIT {
    static Api admin;
    static String baseUrl;
    static VivresSystem system;
    // Each test has its own store (ticket counts) and browser (its own IndexedDB outbox).
    static Shop shop;
    static Browser browser;
    static String cashier;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api adminApi) {
        admin = adminApi;
        baseUrl = system.running().baseUrl();
        TillOfflineIT.system = system;
    }

    @BeforeEach
    void openBrowser() {
        shop = new Shop(admin);
        cashier = shop.user("CASHIER");
        browser = Browser.open(baseUrl);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aTicketRefusedWhenItIsFinallySentIsKeptAsideForTheCashier() {
        String[] tea = shop.product("Thé", "3.10", "UNIT");
        String[] household = shop.household();
        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.openTillSession("0");
        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-details", household[1]);
        TillSaleIT.scanInto(browser, tea[1]);
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());

        offline(true);
        browser.visible("#product-search").sendKeys(Keys.F9);
        assertThat(browser.visible("#pay-amount").getAttribute("value")).as("prefilled with what remains").isEqualTo("3,10");
        browser.visible("#pay-amount").sendKeys(Keys.ENTER);
        browser.textContains("#receipt-number", "provisoire");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.textContains("#net-status", "Hors ligne : 1 ticket(s) en attente");

        // Meanwhile the household asks for its data to be erased: the API will refuse the ticket.
        assertThat(admin.delete("/api/households/" + household[0]).status()).isEqualTo(204);
        offline(false);
        browser.textContains("#rejected-banner", "1 ticket(s)");
        browser.textContains("#net-status", "En ligne");
        browser.screenshot("offline-05-refused-banner");
        browser.visible("#rejected-show").click();
        assertThat(browser.textContains(".rejected-dialog", "HOUSEHOLD_ERASED")).contains("3,10");
        browser.screenshot("offline-06-refused-list");
        browser.visible(".rejected-item button").click();
        browser.until(d -> browser.all(".rejected-item").isEmpty());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> !d.findElement(By.id("rejected-banner")).isDisplayed());
        assertThat(shop.tickets().json().path("items")).as("refused, and not retried").isEmpty();
    }

    @Test
    void aPriceChangedDuringTheOutageIsRecordedAsADifferenceNotRefused() {
        String[] coffee = shop.product("Café", "4.00", "UNIT");
        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.openTillSession("0");
        TillSaleIT.scanInto(browser, coffee[1]);
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());

        offline(true);
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.ENTER);
        browser.textContains("#receipt-number", "provisoire");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.textContains("#net-status", "Hors ligne : 1 ticket(s) en attente");
        // Meanwhile the network's price goes up: the household paid 4,00 € at the till.
        assertThat(admin.put("/api/products/" + coffee[0], Map.of("name", coffee[2], "category", "EPICERIE",
                "referencePrice", "4.30", "vatRate", "5.5")).status()).isEqualTo(200);
        offline(false);

        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("net-status")).getText().equals("En ligne"));
        JsonNode ticket = shop.tickets().json().path("items").get(0);
        assertThat(ticket.path("total").asText()).isEqualTo("4.30");
        assertThat(ticket.path("payments").toString()).contains("\"CASH\"", "\"4.00\"", "\"OFFLINE_GAP\"",
                "\"0.30\"");
        // the till said when it sold: before the price changed, which explains the gap
        JsonNode gap = shop.admin.get("/api/tickets/offline-gaps?organization=" + shop.store).json().path("items")
                .get(0);
        assertThat(gap.path("ticket").asText()).isEqualTo(ticket.path("id").asText());
        assertThat(java.time.OffsetDateTime.parse(gap.path("soldAt").asText()))
                .isBefore(java.time.OffsetDateTime.parse(ticket.path("createdAt").asText()));
        assertThat(browser.driver.findElement(By.id("rejected-banner")).isDisplayed()).isFalse();
    }

    /**
     * A till that kept a ticket refused for its price by an older server sends it again with the difference — the
     * price it had then (1,50 €) being one the network had, and when it sold it being when it stored it.
     */
    @Test
    void aTicketRefusedForItsPriceIsRecordedWithTheDifferenceFromTheRefusedList() {
        String[] soap = shop.product("Savon", "1.50", "UNIT");
        assertThat(admin.put("/api/products/" + soap[0], Map.of("name", soap[2], "category", "EPICERIE",
                "referencePrice", "2.00", "vatRate", "5.5")).status()).isEqualTo(200);
        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.openTillSession("0");
        browser.visible("#product-search");
        String id = java.util.UUID.randomUUID().toString();
        browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/pos/db.js').then((db) => db.put('rejected', { id: arguments[0], createdAt: Date.now(),"
                + " rejectedAt: Date.now(), body: { id: arguments[0], organization: arguments[1],"
                + " lines: [{ product: arguments[2], quantity: '1' }], payments: [{ method: 'CASH', amount: '1.50' }] },"
                + " display: { createdAt: new Date().toISOString(), total: '1.50' },"
                + " error: { status: 422, code: 'PAYMENTS_DO_NOT_MATCH_TOTAL', message: 'total' } })).then(() => done());",
                id, shop.store, soap[0]);
        browser.driver.navigate().refresh();
        browser.textContains("#rejected-banner", "1 ticket(s)");
        browser.visible("#rejected-show").click();
        browser.click(".rejected-item button[data-gap='" + id + "']");
        browser.until(d -> browser.all(".rejected-item").isEmpty());
        JsonNode ticket = shop.admin.get("/api/tickets/" + id).json();
        assertThat(ticket.path("total").asText()).isEqualTo("2.00");
        assertThat(ticket.path("payments").toString()).contains("\"OFFLINE_GAP\"", "\"0.50\"");
        // a quarter of the ticket: it waits for the store's manager
        assertThat(shop.admin.get("/api/tickets/offline-gaps?organization=" + shop.store).json().path("items")
                .findValuesAsText("ticket")).containsExactly(id);
    }

    @Test
    void aSaleWhileTheApiIsUnreachableIsSentOnceItIsBack() {
        String[] rice = shop.product("Riz", "2.50", "UNIT");
        String[] oil = shop.product("Huile", "1.20", "UNIT");

        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.openTillSession("0");
        browser.textContains("#net-status", "En ligne");
        // Looked up while online: the till remembers it.
        browser.visible("#product-search").sendKeys(oil[2]);
        browser.textContains("#search-results", oil[2]);
        browser.visible("#product-search").sendKeys(Keys.ESCAPE);
        TillSaleIT.scanInto(browser, rice[1]);
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());

        offline(true);
        TillSaleIT.scanInto(browser, oil[1]);
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, oil[1]).equals("1"));
        browser.textContains("#net-status", "Hors ligne : 0 ticket(s) en attente");
        assertThat(browser.visible("#provisional-flag").getText()).contains("Prix provisoires");
        browser.textContains("#ticket-total", "3,70");
        browser.screenshot("offline-01-ticket");

        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5" + Keys.ENTER);
        String number = browser.textContains("#receipt-number", "provisoire");
        assertThat(browser.visible("#receipt-change").getText()).contains("1,30");
        browser.textContains("#net-status", "Hors ligne : 1 ticket(s) en attente");
        browser.screenshot("offline-02-receipt");
        assertThat(shop.tickets().json().path("items")).as("nothing reached the API").isEmpty();

        // The cashier goes on with the next customer.
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        TillSaleIT.scanInto(browser, rice[1]);
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, rice[1]).equals("1"));
        browser.screenshot("offline-03-next-customer");

        offline(false);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("net-status")).getText().equals("En ligne"));
        JsonNode items = shop.tickets().json().path("items");
        assertThat(items).as("recorded once").hasSize(1);
        JsonNode ticket = items.get(0);
        String shortId = number.replaceAll(".*provisoire (\\w+).*", "$1");
        assertThat(ticket.path("id").asText()).startsWith(shortId);
        assertThat(ticket.path("total").asText()).isEqualTo("3.70");
        assertThat(ticket.path("payments").get(0).path("amount").asText()).isEqualTo("3.70");
        assertThat(ticket.path("lines")).hasSize(2);
        browser.screenshot("offline-04-back-online");

        // Another round of retries, and a reload of the till, send nothing twice.
        browser.driver.navigate().refresh();
        browser.textContains("#net-status", "En ligne");
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, rice[1]).equals("1"));
        assertThat(shop.tickets().json().path("items")).hasSize(1);
    }

    /**
     * The server's web front is stopped (Jetty, in the running framework): nothing answers on its port, for the
     * page and for its service worker alike — unlike the browser's offline mode, which the worker does not see.
     */
    @Test
    void aTillReloadedWhileTheServerIsUnreachableOpensAndSells() throws Exception {
        String[] bread = shop.product("Pain", "1.80", "UNIT");
        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.openTillSession("0");
        browser.textContains("#net-status", "En ligne");
        TillSaleIT.scanInto(browser, bread[1]);
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        browser.until(d -> "true".equals(browser.js("return document.documentElement.dataset.offlineReady || ''")));

        Bundle web = webFront();
        web.stop();
        try {
            assertThat(((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + " fetch('/pos/app.js?never-kept=' + Date.now()).then(() => done('reached'), () => done('unreachable'));"))
                    .as("the server is really gone").isEqualTo("unreachable");
            browser.driver.navigate().refresh();
            browser.visible("#product-search");
            browser.until(d -> TillSaleIT.lineQuantityOf(browser, bread[1]).equals("1"));
            browser.screenshot("offline-07-reloaded");
            browser.visible("#product-search").sendKeys(Keys.F9);
            browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2" + Keys.ENTER);
            browser.textContains("#receipt-number", "provisoire");
            browser.textContains("#net-status", "1 ticket(s) en attente");
        } finally {
            web.start();
        }
        assertThat(shop.tickets().json().path("items")).as("nothing reached the API meanwhile").isEmpty();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("net-status")).getText().equals("En ligne"));
        JsonNode items = shop.tickets().json().path("items");
        assertThat(items).as("recorded once").hasSize(1);
        assertThat(items.get(0).path("total").asText()).isEqualTo("1.80");
    }

    static Bundle webFront() {
        return Arrays.stream(system.running().framework().getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.apache.felix.http.jetty"))
                .findFirst().orElseThrow();
    }

    static void offline(boolean offline) {
        browser.offline(offline);
    }
}
