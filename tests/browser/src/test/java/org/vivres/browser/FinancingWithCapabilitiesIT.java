package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.ReportHttp;
import org.vivres.it.VivresSystem;

/**
 * The financing mix in the back office, in French: a manager keeps a donor, records goods it gave (they go into the
 * store's stock, valued at the reference price) and equipment, and sees the totals; a cashier, volunteer at the till,
 * records his hours in the till's panel, and the manager sees them valued at the network's hourly rate; the cashier
 * rounds a ticket up to the euro and adds a 2 € gift for the caisse alimentaire, paid in cash with the rest; a
 * manager reads the whole mix valued in the funders' PDF and, once the store's identity says it may, prints a farm's
 * donation receipt.
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
        // the panels above may push it under the till's buttons: brought to the middle of the column first
        browser.until(d -> browser.present("#till-volunteering summary"));
        browser.js("document.querySelector('#till-volunteering').scrollIntoView({block: 'center'})");
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

    @Test
    void theCashierAddsARoundUpAndATwoEuroGiftForTheCaisseAndIsPaidInCash() {
        Api admin = shop.admin;
        Api.Response fund = admin.post("/api/caisse/funds", java.util.Map.of("name", shop.fx.unique("Caisse"),
                "monthlyAllowance", "50.00", "minContribution", "0.00"));
        assertThat(fund.status()).as(fund.toString()).isEqualTo(201);
        Api.Response convention = admin.post("/api/caisse/funds/" + fund.text("id") + "/conventions",
                java.util.Map.of("organization", shop.store, "validFrom", "2020-01-01"));
        assertThat(convention.status()).as(convention.toString()).isEqualTo(201);
        String[] jam = shop.product("Confiture", "3.40", "UNIT");
        String cashier = shop.user("CASHIER");
        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#product-search")) {
            browser.logout();
        }
        browser.login(cashier, Shop.PASSWORD);
        browser.visible("#product-search");
        browser.openTillSession("0");
        browser.visible("#product-search").sendKeys(jam[1] + Keys.ENTER);
        browser.textContains("#ticket-total", "3,40");
        new Select(browser.visible("#till-donation-to")).selectByValue("fund:" + fund.text("id"));

        browser.click("#till-donation-roundup");
        browser.textContains("#lines-body", "Don — Caisse alimentaire");
        browser.textContains("#ticket-total", "4,00");
        browser.visible("#till-donation-amount").sendKeys("2");
        browser.click("#till-donation-give");
        browser.textContains("#ticket-total", "6,00");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        // a ticket already round has nothing to round up: the panel says so and adds nothing
        browser.click("#till-donation-roundup");
        browser.textContains("#till-donation-error", "compte rond");
        assertThat(browser.all("#lines-body tr")).hasSize(3);
        browser.screenshot("cagnotte-01-ticket");

        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "10" + Keys.ENTER);
        String receipt = browser.textContains("#receipt", "Rendu");
        assertThat(receipt).contains("Don — Caisse alimentaire").contains("6,00").contains(jam[2]);
        assertThat(browser.visible("#receipt-change").getText()).contains("4,00");

        JsonNode sold = null;
        for (JsonNode t : shop.tickets().json().path("items")) {
            if (t.path("lines").size() == 3) {
                sold = t;
            }
        }
        assertThat(sold).as("the sale with its two gifts").isNotNull();
        assertThat(sold.path("total").asText()).isEqualTo("6.00");
        assertThat(sold.path("payments").get(0).path("method").asText()).isEqualTo("CASH");
        for (int i = 1; i < 3; i++) {
            assertThat(sold.path("lines").get(i).path("priceRule").asText()).isEqualTo("DONATION");
            assertThat(sold.path("lines").get(i).path("vatRate").asText()).isEqualTo("0.00");
        }
        // the ticket's report (the PDF ticket's data, here as CSV) names the gift as the till did
        Api.Response printed = admin.get("/api/reports/ticket?format=csv&id=" + sold.path("id").asText());
        assertThat(printed.status()).as(printed.toString()).isEqualTo(200);
        assertThat(printed.raw()).contains("Don — Caisse alimentaire");
        JsonNode sources = admin.get("/api/caisse/funds/" + fund.text("id")).json().path("sources");
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).path("kind").asText()).isEqualTo("CITIZEN");
        assertThat(sources.get(0).path("amount").asText()).isEqualTo("2.60");
    }

    @Test
    void aManagerRecordsAFarmsApplesAndHoursThenReadsTheMixAndGivesTheFarmItsReceipt() throws IOException {
        // a store of its own: the other tests' gifts and hours would change its figures
        Shop own = new Shop(shop.admin);
        String[] apples = own.product("Pommes", "1.80", "KG");
        backOffice("/backoffice/#/financing.donations", own.user("MANAGER"));
        String farm = own.fx.unique("Ferme des Vergers");
        browser.visible("#donor-name").sendKeys(farm);
        new Select(browser.visible("#donor-kind")).selectByValue("FARM");
        browser.click("#donor-form-submit");
        browser.textContains("#donor-table", "Ferme");
        new Select(browser.visible("#donation-donor")).selectByVisibleText(farm);
        new Select(browser.visible("#donation-product-0")).selectByValue(apples[0]);
        browser.visible("#donation-quantity-0").sendKeys("30");
        browser.click("#donation-form-submit");
        browser.textContains("#donation-totals", "Marchandises : 54,00");

        browser.go("/backoffice/#/financing.volunteering");
        browser.visible("#volunteer-name").sendKeys("Inès");
        browser.visible("#volunteer-hours").sendKeys("6");
        new Select(browser.visible("#volunteer-task")).selectByValue("LOGISTICS");
        browser.click("#volunteer-form-submit");
        browser.textContains("#volunteering-totals", "72,12");

        // the funders' page for this month: the apples at their reference price, 6 h at 12,02 €, and the whole
        browser.go("/backoffice/#/pos.reports");
        String mix = ReportHttp.normalized(pdfOf("[data-report='financing-mix'] button[data-format='pdf']"));
        assertThat(mix).contains("Mix de financement", "Dons en nature", "54,00 €", "Bénévolat valorisé", "6,00 h",
                "72,12 €", "Total des ressources valorisées 126,12 €");

        // the farm's receipt for this year: refused until the store says it may issue them, then printed
        String year = String.valueOf(LocalDate.now().getYear());
        receiptAsked(farm, year);
        browser.click("[data-report='donation-receipt'] button[data-format='pdf']");
        browser.textContains(".toast-error", "reçus de dons");
        browser.go("/backoffice/#/pos.organizations");
        WebElement receipts = browser.visible("#org-receipts");
        assertThat(receipts.isSelected()).isFalse();
        browser.visible("#org-legalName").sendKeys("Association Les Vergers Solidaires");
        browser.visible("#org-city").sendKeys("Villeurbanne");
        browser.screenshot("financing-04-identity");
        receipts.click();
        browser.click("#org-identity-form-submit");
        browser.until(d -> shop.admin.get("/api/organizations/" + own.store).json()
                .path("mayIssueDonationReceipts").asBoolean());
        assertThat(shop.admin.get("/api/organizations/" + own.store).json().path("legalName").asText())
                .isEqualTo("Association Les Vergers Solidaires");
        browser.go("/backoffice/#/pos.reports");
        receiptAsked(farm, year);
        String receipt = ReportHttp.normalized(pdfOf("[data-report='donation-receipt'] button[data-format='pdf']"));
        assertThat(receipt).contains("Reçu au titre des dons", "Association Les Vergers Solidaires", "54,00");
        assertThat(receipt.replace(" ", "")).contains(farm.replace(" ", ""));
    }

    /** The donation receipt's form of the reports screen set to {@code donor}'s gifts of {@code year}. */
    private static void receiptAsked(String donor, String year) {
        new Select(browser.visible("#report-donation-receipt-donor")).selectByVisibleText(donor);
        WebElement asked = browser.visible("#report-donation-receipt-year");
        asked.sendKeys(Keys.chord(Keys.CONTROL, "a"), year);
    }

    /**
     * The text of the PDF the back office opens in a new window when {@code button} is pressed, read from the very
     * bytes the browser got: the page keeps the blob it opens (its policy lets it fetch nothing but its own server).
     */
    private static String pdfOf(String button) throws IOException {
        browser.js("""
                window.openedBlobs = [];
                if (!URL.createObjectURL.kept) {
                  const create = URL.createObjectURL;
                  URL.createObjectURL = (blob) => { window.openedBlobs.push(blob); return create.call(URL, blob); };
                  URL.createObjectURL.kept = true;
                }
                """);
        String screen = browser.driver.getWindowHandle();
        browser.click(button);
        browser.until(d -> d.getWindowHandles().size() == 2);
        String opened = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(screen)).findFirst()
                .orElseThrow();
        browser.driver.switchTo().window(opened);
        assertThat(browser.driver.getCurrentUrl()).startsWith("blob:");
        browser.driver.close();
        browser.driver.switchTo().window(screen);
        Object base64 = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const reader = new FileReader();
                reader.onload = () => done(String(reader.result).replace(/^data:[^,]*,/, ''));
                reader.onerror = () => done('unread: ' + reader.error);
                reader.readAsDataURL(window.openedBlobs[window.openedBlobs.length - 1]);
                """);
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(String.valueOf(base64)))) {
            return new PDFTextStripper().getText(pdf);
        }
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
