package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * Returns at the till — what is left and the refund shown before confirming, a refusal said in sight, the return slip
 * printed — and a manager's delivery of several lines with its supplier and note number.
 */
@ExtendWith(VivresSystem.class)
class ReturnsAndDeliveriesIT {
    static Shop shop;
    static String baseUrl;
    static String cashier;
    Browser browser;

    @RegisterExtension
    final FailureShots shots = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        baseUrl = system.running().baseUrl();
        cashier = shop.user("CASHIER");
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(baseUrl);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    void openTill() {
        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#login-username")) {
            browser.login(cashier, Shop.PASSWORD);
        }
        browser.visible("#product-search");
        browser.openTillSession("50,00");
    }

    /** A sale of {@code lines} (product id, quantity) paid as {@code payments} (method, amount); its number. */
    String sell(List<String[]> lines, List<String[]> payments) {
        List<Map<String, Object>> l = new ArrayList<>();
        lines.forEach(x -> l.add(Map.of("product", x[0], "quantity", x[1])));
        List<Map<String, Object>> p = new ArrayList<>();
        payments.forEach(x -> p.add(Map.of("method", x[0], "amount", x[1])));
        Api.Response sold = shop.admin.post("/api/tickets", Map.of("organization", shop.store, "lines", l, "payments", p));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
        return sold.text("documentNo");
    }

    boolean inView(String id) {
        return (Boolean) browser.js("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", id);
    }

    @Test
    void aPartialReturnShowsWhatIsLeftAndTheRefundThenPrintsItsSlip() {
        String[] soap = shop.product("Savon", "2.50", "UNIT");
        String[] apples = shop.product("Pommes", "3.00", "KG", "FRUITS", "5.5");
        // 3 soaps (7.50) and 2 kg of apples (6.00): 13.50, 3.50 in cash and 10.00 by card
        String number = sell(List.<String[]>of(new String[] {soap[0], "3"}, new String[] {apples[0], "2"}),
                List.<String[]>of(new String[] {"CASH", "3.50"}, new String[] {"CARD", "10.00"}));
        Api.Response first = shop.admin.post("/api/tickets/" + saleId(number) + "/returns",
                Map.of("lines", List.of(Map.of("product", soap[0], "quantity", "1"))));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        openTill();

        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(number + Keys.ENTER);
        String soapRow = browser.textContains("#return-content tbody tr:nth-child(1)", soap[2]);
        // sold 3, one already returned, 2 left
        assertThat(soapRow).contains("3").contains("1").contains("2");
        assertThat(browser.visible("#return-content tbody tr:nth-child(1) .return-left").getText()).isEqualTo("2");
        assertThat(browser.visible("#return-content tbody tr:nth-child(2) .return-left").getText()).isEqualTo("2 kg");
        assertThat(browser.visible("#return-earlier").getText()).contains(first.text("documentNo"));

        var rows = browser.all(".return-qty");
        rows.get(1).sendKeys(Keys.chord(Keys.CONTROL, "a"), "0,5");
        // 0.5 kg × 3.00 = 1.50, shared pro rata: cash 0.39, card 1.11
        String refund = browser.textContains("#return-refund", "1,50");
        assertThat(refund).contains("Remboursement").contains("Carte").contains("Espèces");
        assertThat(inView("return-submit")).as("the confirm button in sight").isTrue();
        browser.screenshot("returns-01-refund");

        browser.visible("#return-submit").click();
        String slip = browser.textContains("#return-slip", "Bon de retour");
        assertThat(slip).contains("Retour sur le ticket " + number).contains(apples[2]).contains("TVA")
                .contains("Scellé").contains("Conservez ce bon de retour");
        assertThat(browser.visible("#return-slip #receipt-vat").getText()).contains("5,5 %");
        browser.js("window.print = () => { window.__printed = document.getElementById('print-area').innerText; };");
        browser.visible("#print-return-slip").click();
        String printed = (String) browser.until(d -> browser.js("return window.__printed || null;"));
        assertThat(printed).contains("Bon de retour").contains(number);
        browser.screenshot("returns-02-slip");
        // its PDF when the reports bundle is installed (the runs with the capability bundles), none otherwise
        boolean printsSlips = shop.admin.get("/api/reports").json().path("items").findValuesAsText("name")
                .contains("return-slip");
        assertThat(browser.present("#return-slip-pdf")).as("PDF offered when the reports bundle prints slips")
                .isEqualTo(printsSlips);
        JsonNode returnable = shop.admin.get("/api/tickets/" + saleId(number) + "/returnable").json();
        assertThat(returnable.path("returns")).hasSize(2);
    }

    @Test
    void aRefusedReturnShowsItsMessageInSightBesideTheButtons() {
        // a long sale: the dialog's lines scroll, the refusal must not be out of sight above them
        List<String[]> lines = new ArrayList<>();
        String[] last = null;
        for (int i = 0; i < 14; i++) {
            last = shop.product("Conserve " + i, "1.00", "UNIT");
            lines.add(new String[] {last[0], "1"});
        }
        String number = sell(lines, List.<String[]>of(new String[] {"CASH", "14.00"}));
        openTill();

        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(number + Keys.ENTER);
        browser.textContains("#return-content", last[2]);
        var inputs = browser.all(".return-qty");
        var lastInput = inputs.get(inputs.size() - 1);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", lastInput);
        lastInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        browser.visible("#return-submit").click();
        browser.until(d -> !d.findElement(By.id("return-message")).getText().isBlank());
        String message = browser.visible("#return-message").getText();
        assertThat(message).contains(last[2]).contains(number).contains("1")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-").doesNotContain("RETURN_EXCEEDS_SALE");
        assertThat(inView("return-message")).as("the refusal is in sight").isTrue();
        assertThat(inView("return-submit")).isTrue();
        browser.screenshot("returns-03-refused");
        assertThat(shop.admin.get("/api/tickets/" + saleId(number) + "/returnable").json().path("returns")).isEmpty();
    }

    @Test
    void aManagerRecordsAThreeLineDeliveryWithItsSupplierAndNoteNumber() {
        Shop own = new Shop(shop.admin);
        String manager = own.user("MANAGER");
        String[] jam = own.product("Confiture", "3.50", "UNIT");
        String[] flour = own.product("Farine", "1.20", "UNIT");
        String[] carrots = own.product("Carottes", "2.40", "KG", "LEGUMES", "5.5");
        browser.go("/backoffice/#/pos.stock");
        browser.login(manager, Shop.PASSWORD);
        browser.visible("#delivery-supplier").sendKeys("Ferme des Coteaux");
        browser.visible("#delivery-note").sendKeys("BL-2026-114");
        line(1, jam[2], "12", "1,80");
        browser.click("#delivery-add-line");
        line(2, flour[1], "20", "0,65");
        browser.click("#delivery-add-line");
        line(3, carrots[2], "8,5", "1,10");
        browser.screenshot("stock-01-delivery");
        browser.click("#delivery-submit");
        String listed = browser.textContains("#delivery-table", "BL-2026-114");
        // 12 × 1.80 + 20 × 0.65 + 8.5 × 1.10 = 21.60 + 13.00 + 9.35
        assertThat(listed).contains("Ferme des Coteaux").contains("43,95");
        assertThat(own.fx.onHand(own.store, jam[0])).isEqualTo("112.000");
        assertThat(own.fx.onHand(own.store, carrots[0])).isEqualTo("108.500");
        // the list: by category (Épicerie, then Légumes), with units
        String stock = browser.textContains("#stock-table", "108,5 kg");
        assertThat(stock).contains("112 unités").contains("Légumes");
        assertThat(stock.indexOf(jam[2])).isLessThan(stock.indexOf(carrots[2]));

        // the same note of the same supplier again: refused, said, nothing added
        browser.visible("#delivery-note").sendKeys("BL-2026-114");
        line(1, jam[2], "5", "1,80");
        browser.click("#delivery-submit");
        assertThat(browser.textContains("#delivery-error", "BL-2026-114")).contains("déjà enregistré");
        assertThat(own.fx.onHand(own.store, jam[0])).isEqualTo("112.000");
        browser.screenshot("stock-02-delivery-refused");
    }

    /** Fills the delivery's line {@code n}: the product by name or code, then its quantity and unit cost. */
    void line(int n, String product, String quantity, String cost) {
        var field = browser.visible("#delivery-line-" + n + "-product");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), product);
        browser.until(d -> d.findElement(By.id("delivery-line-" + n + "-product")).getAttribute("data-product") != null);
        browser.visible("#delivery-line-" + n + "-quantity").sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity);
        browser.visible("#delivery-line-" + n + "-cost").sendKeys(Keys.chord(Keys.CONTROL, "a"), cost);
    }

    String saleId(String number) {
        return shop.admin.get("/api/tickets?organization=" + shop.store + "&documentNo=" + number).json()
                .path("items").get(0).path("id").asText();
    }
}
