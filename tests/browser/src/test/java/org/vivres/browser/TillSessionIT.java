package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * A till's day in French: the manager declares a second till, the cashier binds this device to it, opens it with its
 * float, sells at two VAT rates, takes cash out, takes a return, cannot close while a ticket sold offline waits, closes
 * 2,00 € short and reads the Z; the manager then closes the store's day, refused while a till is still open.
 */
@ExtendWith(VivresSystem.class)
class TillSessionIT {
    static final String MINUS = "\u2212";
    static Shop shop;
    static Browser browser;
    static String cashier;
    static String manager;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        cashier = shop.user("CASHIER");
        manager = shop.user("MANAGER");
        browser = Browser.open(system.running().baseUrl());
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTillsDayFromItsFloatToTheStoresClosing() {
        String[] pasta = shop.product("Pâtes", "2.50", "UNIT", "EPICERIE", "5.5");
        String[] soap = shop.product("Savon", "4.00", "UNIT", "HYGIENE", "20");

        // The manager declares "Caisse 2" in the back office.
        browser.go("/backoffice/#/pos.tills");
        browser.login(manager, Shop.PASSWORD);
        browser.visible("#till-new-name").sendKeys("Caisse 2");
        browser.visible("#till-form-submit").click();
        assertThat(browser.textContains("#till-table", "Caisse 2")).contains("Caisse 1");
        String till2 = tillNumbered(2).path("id").asText();

        // The cashier's device becomes Caisse 2, chosen once.
        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.visible(".till-choice button[data-till='2']");
        browser.screenshot("session-01-choose-till");
        browser.click(".till-choice button[data-till='2']");
        browser.textContains("#till-name", "Caisse 2");

        // Asked to open before the first sale; put off, it asks again when the ticket is paid.
        browser.visible("#open-float");
        assertThat(browser.visible(".open-dialog h2").getText()).isEqualTo("Ouvrir la caisse « Caisse 2 »");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        TillSaleIT.scanInto(browser, pasta[1]);
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, pasta[1]).equals("1"));
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#open-float");
        assertThat(browser.present("#pay-amount")).as("no payment before the till is open").isFalse();
        browser.screenshot("session-02-open-float");
        browser.visible("#open-float").sendKeys("100,00" + Keys.ENTER);
        // Open, the till goes on to the payment the cashier asked for; put off to add to the ticket.
        browser.visible("#pay-amount");
        assertThat(browser.tillState()).isEqualTo("open");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        JsonNode session = shop.admin.get("/api/tills/" + till2 + "/sessions/current").json();
        assertThat(session.path("openingFloat").asText()).isEqualTo("100.00");
        assertThat(session.path("openedBy").asText()).isEqualTo(cashier);

        // A sale at two VAT rates, paid in cash: on Caisse 2.
        TillSaleIT.scanInto(browser, pasta[1]);
        TillSaleIT.scanInto(browser, soap[1]);
        browser.textContains("#ticket-total", "9,00");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "10" + Keys.ENTER);
        String number = browser.textContains("#receipt-number", "Ticket T").replace("Ticket ", "").trim();
        // The receipt says what the law asks: the till and its cashier, each line's VAT code and the table per rate.
        assertThat(browser.textContains("#receipt-till", "Caisse 2")).contains(cashier);
        assertThat(browser.all("#receipt-vat tbody tr")).as("one row per VAT rate").hasSize(2);
        assertThat(browser.visible("#receipt-vat").getText()).contains("A 5,5 %").contains("B 20 %");
        assertThat(browser.visible("#receipt-seal").getText()).matches("Scellé [0-9a-f]{8}-\\d+");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        JsonNode sale = shop.admin.get("/api/tickets?organization=" + shop.store + "&documentNo=" + number).json()
                .path("items").get(0);
        assertThat(sale.path("vat")).as("two VAT rates").hasSize(2);
        JsonNode sofar = shop.admin.get("/api/tills/" + till2 + "/sessions/current").json();
        assertThat(sofar.path("tickets").asInt()).as("sold on Caisse 2").isEqualTo(1);
        assertThat(sofar.path("total").asText()).isEqualTo("9.00");

        // 20,00 € taken out of the drawer.
        browser.click("#cash-move-button");
        browser.click("#move-out");
        browser.visible("#move-amount").sendKeys("20");
        browser.visible("#move-note").sendKeys("pour la monnaie du marché");
        browser.screenshot("session-03-cash-out");
        browser.click("#move-submit");
        browser.textContains("#toasts", "Retrait de 20,00");
        browser.until(d -> browser.all("dialog[open]").isEmpty());

        // One packet of pasta comes back: 2,50 € given back in cash, on this till.
        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(number + Keys.ENTER);
        browser.visible(".return-qty[data-product='" + pasta[0] + "']").sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        browser.click("#return-submit");
        assertThat(browser.textContains("#return-done", "Espèces")).contains("2,50");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());

        // Offline, a ticket waits in the outbox: the till is not closed before it is sent.
        browser.offline(true);
        try {
            TillSaleIT.scanInto(browser, soap[1]);
            browser.textContains("#ticket-total", "4,00");
            browser.visible("#product-search").sendKeys(Keys.F9);
            browser.visible("#pay-amount").sendKeys(Keys.ENTER);
            browser.textContains("#receipt-number", "provisoire");
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.until(d -> browser.all("dialog[open]").isEmpty());
            browser.visible("#product-search").sendKeys(Keys.F10);
            assertThat(browser.textContains("#close-blocked", "1 ticket(s) attendent d’être envoyés"))
                    .doesNotContain("TILL");
            browser.screenshot("session-04-close-blocked");
            browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.until(d -> browser.all("dialog[open]").isEmpty());
        } finally {
            browser.offline(false);
        }
        assertThat(shop.admin.get("/api/tills/" + till2 + "/sessions/current").status()).as("still open").isEqualTo(200);
        browser.textContains("#net-status", "En ligne");

        // The count: 100 + 9,00 + 4,00 − 2,50 − 20,00 = 90,50 expected in cash; 88,50 counted.
        browser.visible("#product-search").sendKeys(Keys.F10);
        assertThat(browser.textContains("#count-table tr[data-method='CASH'] .expected", "90,50")).isNotBlank();
        browser.visible("#count-CASH").sendKeys("88,50");
        browser.textContains("#diff-CASH", MINUS + "2,00");
        browser.screenshot("session-05-count");
        browser.click("#close-submit");

        String z = browser.textContains("#z-report", "Z n° 1");
        assertThat(z).contains("Caisse 2").contains(cashier);
        assertThat(browser.visible("#z-methods tr[data-method='CASH']").getText())
                .contains("90,50").contains("88,50").contains(MINUS + "2,00");
        assertThat(browser.all("#z-vat tbody tr")).hasSize(2);
        // 20 % of two tickets of 4,00 €: 0,67 € each, the VAT of each ticket as it was stored.
        assertThat(browser.visible("#z-vat tbody tr:last-child").getText()).contains("20 %").contains("1,34")
                .contains("6,66").contains("8,00");
        assertThat(browser.visible("#z-movements").getText()).contains("Retrait — pour la monnaie du marché")
                .contains("20,00");
        assertThat(browser.visible("#z-tickets").getText()).isEqualTo("2");
        assertThat(browser.visible("#z-returns").getText()).isEqualTo("1");
        assertThat(browser.present("#z-print")).isTrue();
        browser.screenshot("session-06-z");
        JsonNode closed = shop.admin.get("/api/tills/" + till2 + "/sessions").json().path("items").get(0);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        JsonNode cash = closed.path("z").path("byMethod").get(0);
        assertThat(cash.path("method").asText()).isEqualTo("CASH");
        assertThat(cash.path("difference").asText()).isEqualTo("-2.00");

        // Then the till asks to open the next session.
        browser.click("#z-next");
        browser.visible("#open-float");
        assertThat(browser.tillState()).isEqualTo("closed");

        closeTheDayInTheBackOffice(closed.path("id").asText());
    }

    /** The manager: refused while Caisse 1 is open, then the day, then the same day again refused. */
    void closeTheDayInTheBackOffice(String session) {
        String till1 = shop.till;
        assertThat(shop.admin.post("/api/tills/" + till1 + "/sessions", Map.of("openingFloat", "0.00")).status())
                .isEqualTo(201);
        browser.go("/backoffice/#/pos.closings");
        browser.visible("#closing-form");
        assertThat(browser.visible("#closing-period").getAttribute("value"))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        browser.click("#closing-form-submit");
        browser.click("#closing-confirm");
        assertThat(browser.textContains("#closing-form .error", "encore ouvertes")).doesNotContain("TILLS_STILL_OPEN");
        browser.screenshot("session-07-tills-still-open");
        assertThat(closings()).isEmpty();

        assertThat(shop.admin.post("/api/tills/" + till1 + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "0.00"))).status()).isEqualTo(200);
        browser.click("#closing-form-submit");
        browser.click("#closing-confirm");
        assertThat(browser.textContains("#closing-total", "10,50")).isNotBlank();
        assertThat(browser.visible("#closing-perpetual-total").getText()).contains("10,50");
        assertThat(browser.all("#closing-vat tbody tr")).hasSize(2);
        browser.screenshot("session-08-day-closed");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        assertThat(browser.textContains("#closing-table", "Jour")).contains("10,50");
        List<JsonNode> made = closings();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).path("total").asText()).isEqualTo("10.50");

        browser.click("#closing-form-submit");
        browser.click("#closing-confirm");
        browser.textContains("#closing-form .error", "déjà clôturée");
        assertThat(closings()).hasSize(1);

        // The sessions and the cashier's difference.
        browser.driver.findElement(By.cssSelector("#bo-nav a[data-screen='pos.tills']")).click();
        assertThat(browser.textContains("#session-table", "Caisse 2")).contains(MINUS + "2,00");
        assertThat(browser.textContains("#cashier-table", cashier)).contains(MINUS + "2,00");
        browser.screenshot("session-09-sessions");
        browser.click("#session-table button[data-session='" + session + "']");
        browser.textContains("#z-report", "Z n° 1");
        assertThat(browser.visible("#z-methods tr[data-method='CASH']").getText()).contains(MINUS + "2,00");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    static JsonNode tillNumbered(int number) {
        for (JsonNode t : shop.admin.get("/api/tills?organization=" + shop.store).json().path("items")) {
            if (t.path("number").asInt() == number) {
                return t;
            }
        }
        throw new AssertionError("no till " + number);
    }

    static List<JsonNode> closings() {
        Api.Response r = shop.admin.get("/api/closings?organization=" + shop.store);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        r.json().path("items").forEach(items::add);
        return items;
    }
}
