package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.vivres.it.Api;
import org.vivres.it.TempFolders;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;

/**
 * The README's « A day at the store (with --demo) », as written, on a Vivres started with {@code --demo} and every
 * capability bundle: the cashier opens « Caisse 1 » with its float, sells to CARTE-0001 (tier P1, the workshop's fee
 * and « Légumes à cuisiner »), pays the eligible part from the caisse alimentaire, takes a return, puts cash in the
 * bank and closes with the Z; the manager reads the Z and closes the day and finds the store's donations and volunteer
 * hours; the referent, the hub's manager and the network admin find the demo's households, activity, round, fund and
 * bundles. Started again with {@code --demo}, nothing is loaded twice.
 */
// run by the with-capabilities execution; -Dit.test=... also selects it in the core-only one: disabled there
@EnabledIfSystemProperty(named = "vivres.bundles", matches = ".*caisse.*")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDayIT {
    static final String PASSWORD = "demo-journee-" + Long.toHexString(System.nanoTime());
    static Path data;
    static RunningVivres vivres;
    static Api admin;
    static Browser browser;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void start() throws Exception {
        data = TempFolders.create("vivres-demo-");
        vivres = Launcher.start(options());
        admin = Api.of(vivres.baseUrl()).login("admin", PASSWORD);
        browser = Browser.open(vivres.baseUrl());
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
    }

    static LaunchOptions options() {
        List<Path> bundles = Arrays.stream(System.getProperty("vivres.bundles", "").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        return LaunchOptions.ephemeral(Path.of(System.getProperty("vivres.dist")), data).withExtraBundles(bundles)
                .withAdminPassword(PASSWORD).withDemo(true).withFileInstallPollMillis(300);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (vivres != null) {
                vivres.close();
            }
        } finally {
            TempFolders.delete(data);
        }
    }

    @Test
    @Order(1)
    void theCashiersDayOnCaisse1() {
        String household = id("/api/households?limit=500", "reference", "CARTE-0001");
        String lentils = id("/api/products?limit=500", "sku", "3760005");
        String registration = admin.get("/api/activities/registrations?household=" + household + "&unpaid=true")
                .json().path("items").get(0).path("id").asText();

        // caisse.croixrousse on the till: the device becomes « Caisse 1 », opened with 150,00 € in the drawer.
        browser.go("/pos/");
        browser.login("caisse.croixrousse", PASSWORD);
        browser.click(".till-choice button[data-till='1']");
        browser.textContains("#till-name", "Caisse 1");
        browser.visible("#open-float").sendKeys("150,00" + Keys.ENTER);
        browser.until(d -> "open".equals(browser.tillState()));
        browser.until(d -> browser.all("dialog[open]").isEmpty());

        // CARTE-0001's card: tier « Solidaire » (P1), the workshop's fee waiting at its P1 price.
        browser.visible("#household-input").sendKeys("CARTE-0001" + Keys.ENTER);
        browser.textContains("#household-details", "CARTE-0001");
        assertThat(browser.visible("#household-tier").getText()).contains("Solidaire");
        assertThat(browser.textContains("#activity-fees", "Atelier cuisine de saison")).contains("2,00");
        browser.screenshot("demo-01-household");

        // Lentils at the tier's price, milk at the tier's price, leeks at « Légumes à cuisiner », then the fee.
        TillSaleIT.scanInto(browser, "3760005");
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, "3760005").equals("1"));
        TillSaleIT.scanInto(browser, "3760007");
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, "3760007").equals("1"));
        TillSaleIT.scanInto(browser, "3760003");
        browser.visible("#quantity-input").sendKeys("2" + Keys.ENTER);
        browser.until(d -> TillSaleIT.lineQuantityOf(browser, "3760003").startsWith("2"));
        browser.click("#activity-fees button[data-registration='" + registration + "']");
        // 0,78 + 0,35 + 2 × 0,50 + 2,00
        browser.textContains("#ticket-total", "4,13");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        assertThat(browser.visible("tr[data-sku='3760005']").getText()).contains("0,78");
        assertThat(browser.visible("tr[data-sku='3760007']").getText()).contains("0,35");
        assertThat(browser.visible("tr[data-sku='3760003']").getText()).contains("0,50").contains("1,00");
        browser.screenshot("demo-02-ticket");

        // F9: the caisse alimentaire pays the milk and the leeks (1,35 €), the rest in cash.
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#caisse-pay-button").click();
        assertThat(browser.textContains("#caisse-eligible", "1,35")).isNotBlank();
        assertThat(browser.visible("#caisse-balance").getText()).contains("30,00");
        browser.visible("#caisse-amount").sendKeys(Keys.ENTER);
        browser.textContains("#pay-remaining", "2,78");
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5" + Keys.ENTER);
        assertThat(browser.textContains("#receipt-change", "2,22")).isNotBlank();
        String number = browser.textContains("#receipt-number", "Ticket T").replace("Ticket ", "").trim();
        browser.screenshot("demo-03-receipt");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        JsonNode ticket = admin.get("/api/tickets?documentNo=" + number + "&organization=" + croixRousse()).json()
                .path("items").get(0);
        Map<String, String> paid = new LinkedHashMap<>();
        ticket.path("payments").forEach(p -> paid.put(p.path("method").asText(), p.path("amount").asText()));
        assertThat(paid).containsEntry("CAISSE", "1.35").containsEntry("CASH", "2.78");

        // F7: the lentils come back; 0,78 € go back to what paid the ticket.
        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(number + Keys.ENTER);
        browser.visible(".return-qty[data-product='" + lentils + "']").sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        browser.click("#return-submit");
        assertThat(browser.textContains("#return-done", "0,")).isNotBlank();
        browser.screenshot("demo-04-return");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());

        // « Mouvement d'espèces »: 100,00 € to the bank.
        browser.click("#cash-move-button");
        browser.click("#move-bank");
        browser.visible("#move-amount").sendKeys("100");
        browser.visible("#move-note").sendKeys("dépôt du matin");
        browser.click("#move-submit");
        browser.textContains("#toasts", "100,00");
        browser.until(d -> browser.all("dialog[open]").isEmpty());

        // F10: the drawer counted as the till expects it, then the Z.
        browser.visible("#product-search").sendKeys(Keys.F10);
        String expected = browser.visible("#count-table tr[data-method='CASH'] .expected").getText();
        assertThat(expected).isNotBlank();
        browser.visible("#count-CASH").sendKeys(expected.replaceAll("[^0-9,]", ""));
        browser.click("#close-submit");
        String z = browser.textContains("#z-report", "Z n° 1");
        assertThat(z).contains("Caisse 1").contains("caisse.croixrousse");
        assertThat(browser.visible("#z-tickets").getText()).isEqualTo("1");
        assertThat(browser.visible("#z-returns").getText()).isEqualTo("1");
        browser.screenshot("demo-05-z");
        browser.click("#z-next");
        browser.visible("#open-float");
    }

    @Test
    @Order(2)
    void theManagerReadsTheZAndClosesTheDay() {
        // the back office keeps its own session: its login form, whatever the till's
        browser.go("/backoffice/#/pos.tills");
        browser.login("gerant.croixrousse", PASSWORD);
        assertThat(browser.textContains("#session-table", "Caisse 1")).contains("caisse.croixrousse");
        browser.go("/backoffice/#/pos.closings");
        browser.visible("#closing-form");
        browser.click("#closing-form-submit");
        browser.click("#closing-confirm");
        // 4,13 sold, 0,78 returned
        assertThat(browser.textContains("#closing-total", "3,35")).isNotBlank();
        browser.screenshot("demo-06-day-closed");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
    }

    @Test
    @Order(3)
    void theReferentTheHubAndTheNetworkAdminFindTheDemo() {
        screen("gerant.croixrousse", "activities.activities", "Atelier cuisine de saison");
        // the store's share of the financing mix: the farm's 30 kg of apples (87,00 €), the bakery's gift, the hours
        assertThat(screen(null, "financing.donations", "87,00")).contains("Ferme des Monts d'Or")
                .contains("Boulangerie du Plateau").contains("200,00");
        assertThat(screen(null, "financing.volunteering", "Marie")).contains("Sophie");
        screen("referent.croixrousse", "pos.households", "CARTE-0002");
        screen(null, "activities.registrations", "CARTE-0002");
        screen(null, "caisse.members", "CARTE-0001");
        browser.screenshot("demo-07-referent");
        screen("gerant.pole", "procurement.rounds", "Commande groupée de la semaine");
        screen(null, "procurement.suppliers", "Ferme des Monts d'Or");
        browser.screenshot("demo-08-hub");
        screen("admin", "caisse.funds", "Métropole de Lyon");
        screen(null, "pricing.tiers", "Intermédiaire");
        screen(null, "pos.bundles", "Caisse alimentaire commune");
        assertThat(browser.visible("#bundle-table").getText()).contains("Actif").doesNotContain("ACTIVE");
        browser.screenshot("demo-09-admin");
    }

    @Test
    @Order(4)
    void startedAgainWithDemoNothingIsLoadedTwice() throws Exception {
        Map<String, Integer> before = counts();
        assertThat(before).containsEntry("tiers", 2).containsEntry("funds", 1).containsEntry("members", 2)
                .containsEntry("activities", 1).containsEntry("rounds", 1).containsEntry("suppliers", 2)
                .containsEntry("households", 4).containsEntry("products", 12).containsEntry("donors", 3)
                .containsEntry("donations", 3).containsEntry("volunteering", 3);
        vivres.close();
        vivres = Launcher.start(options());
        admin = Api.of(vivres.baseUrl()).login("admin", PASSWORD);
        assertThat(counts()).isEqualTo(before);
    }

    static Map<String, Integer> counts() {
        String fund = admin.get("/api/caisse/funds").json().path("items").get(0).path("id").asText();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tiers", count("/api/pricing/tiers?limit=500"));
        counts.put("funds", count("/api/caisse/funds?limit=200"));
        counts.put("members", count("/api/caisse/funds/" + fund + "/members?limit=500"));
        counts.put("activities", count("/api/activities?limit=500"));
        counts.put("rounds", count("/api/procurement/rounds?limit=500"));
        counts.put("suppliers", count("/api/suppliers?limit=500"));
        counts.put("households", count("/api/households?limit=500"));
        counts.put("products", count("/api/products?limit=500"));
        counts.put("donors", count("/api/donors?limit=500"));
        counts.put("donations", count("/api/donations?limit=500"));
        counts.put("volunteering", count("/api/volunteering?limit=500"));
        return counts;
    }

    static int count(String path) {
        Api.Response r = admin.get(path);
        assertThat(r.status()).as(path + " " + r).isEqualTo(200);
        return r.json().path("items").size();
    }

    /** Opens back-office screen {@code screen}, as {@code user} first when given, and waits for {@code text}. */
    static String screen(String user, String screen, String text) {
        if (user != null) {
            browser.logout();
            browser.go("/backoffice/#/" + screen);
            browser.login(user, PASSWORD);
        } else {
            browser.go("/backoffice/#/" + screen);
        }
        return browser.textContains("#bo-main", text);
    }

    static String croixRousse() {
        return id("/api/organizations?limit=500", "name", "Épicerie solidaire Croix-Rousse");
    }

    static String id(String path, String field, String value) {
        for (JsonNode item : admin.get(path).json().path("items")) {
            if (value.equals(item.path(field).asText())) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError(value + " not in " + path);
    }
}
