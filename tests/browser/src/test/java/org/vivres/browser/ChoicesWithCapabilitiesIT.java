package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * Choices, not typed codes (issue 17): the back office offers the managed lists — a product's category and labels,
 * a tier for an activity's fee, a product found by name whatever its accents — and a statement or a receipt is asked
 * for by the card or the number people hold, never by an id.
 */
@ExtendWith(VivresSystem.class)
class ChoicesWithCapabilitiesIT {
    static Shop shop;
    static VivresSystem system;
    Browser browser;

    @RegisterExtension
    final FailureShots shots = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem running, Api admin) {
        system = running;
        shop = new Shop(admin);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r;
    }

    @Test
    void theCategoryAndLabelsOfANewProductArePickedFromTheManagedLists() {
        browser.go("/backoffice/");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        String sku = shop.fx.unique("CHX");
        browser.visible("#new-sku").sendKeys(sku);
        browser.visible("#new-name").sendKeys("Poireaux d'hiver");
        // the category is a list of names, nothing to type
        WebElement category = browser.visible("#new-category");
        assertThat(category.getTagName()).isEqualTo("select");
        browser.choose("#new-category", "LEGUMES");
        assertThat(new Select(category).getFirstSelectedOption().getText()).isEqualTo("Légumes");
        browser.visible("#new-price").sendKeys("2,40");
        // labels are boxes named as people say them
        assertThat(browser.textContains("#new-labels", "Commerce équitable")).contains("Bio", "Local");
        browser.click("#new-labels-ORGANIC");
        browser.click("#new-labels-LOCAL");
        browser.screenshot("choices-01-product");
        browser.visible("#product-form-submit").click();
        browser.textContains("#product-table", sku);

        JsonNode product = shop.admin.get("/api/products?q=" + sku).json().path("items").get(0);
        assertThat(product.path("category").asText()).isEqualTo("LEGUMES");
        assertThat(product.path("labels")).hasSize(2);
        assertThat(product.path("labels").toString()).contains("\"LOCAL\"", "\"ORGANIC\"");

        // its edit form shows the same choices, already made
        browser.click("#product-table button[data-product='" + product.path("id").asText() + "']");
        browser.until(d -> "LEGUMES".equals(browser.visible("#edit-category").getAttribute("value")));
        browser.until(d -> d.findElement(By.id("edit-labels-ORGANIC")).isSelected());
        assertThat(browser.visible("#edit-labels-FAIR_TRADE").isSelected()).isFalse();
    }

    @Test
    void aManagerPicksTheTierOfAnActivityFeeByItsName() {
        String code = shop.fx.unique("T").toUpperCase();
        String tierName = "Solidaire " + code.substring(code.length() - 4);
        created(shop.admin.post("/api/pricing/tiers", Map.of("code", code, "name", tierName,
                "organization", shop.store, "percentOfReference", "40", "categoryPercents", Map.of())));
        String name = shop.fx.unique("Atelier pain");
        created(shop.admin.post("/api/activities", Map.of("name", name, "kind", "COOKING_WORKSHOP",
                "organization", shop.store)));

        browser.go("/backoffice/#/activities.activities");
        browser.login(shop.user("MANAGER"), Shop.PASSWORD);
        browser.textContains("#activity-table", name);
        browser.click("#activity-table button[data-activity]");
        browser.textContains("#activity-title", name);
        browser.visible("#session-fee").sendKeys("5");
        // the store's tiers by name: no code to type, so none mistyped
        browser.until(d -> !d.findElements(By.cssSelector("#tier-fees-choice-0 option[value='" + code + "']")).isEmpty());
        Select tier = new Select(browser.visible("#tier-fees-choice-0"));
        tier.selectByVisibleText(tierName);
        browser.visible("#tier-fees-amount-0").sendKeys("2");
        browser.screenshot("choices-02-tier-fee");
        browser.visible("#session-form-submit").click();
        browser.textContains("#session-table", "2,00");

        String activity = shop.admin.get("/api/activities?organization=" + shop.store).json().path("items")
                .findParents("name").stream().filter(a -> a.path("name").asText().equals(name)).findFirst()
                .orElseThrow().path("id").asText();
        JsonNode session = shop.admin.get("/api/activities/" + activity).json().path("sessions").get(0);
        assertThat(session.path("tierFees").path(code).asText()).isEqualTo("2.00");
        assertThat(session.path("fee").asText()).isEqualTo("5.00");
    }

    @Test
    void aManagerPrintsAStatementByCardAndAReceiptByItsNumberAndCountsAProductFoundWithoutAccents() {
        String[] household = shop.household();
        String fund = created(shop.admin.post("/api/caisse/funds", Map.of("name", shop.fx.unique("Caisse commune"),
                "monthlyAllowance", "80.00", "minContribution", "1.00"))).text("id");
        created(shop.admin.post("/api/caisse/funds/" + fund + "/members", Map.of("household", household[0],
                "contribution", "5.00")));
        String[] rice = shop.product("Riz", "2.00", "UNIT");
        String documentNo = created(shop.admin.post("/api/tickets", Map.of("organization", shop.store,
                "lines", List.of(Map.of("product", rice[0], "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "2.00"))))).text("documentNo");
        String[] eggs = shop.product("Œufs frais écrémés", "3.10", "UNIT");

        browser.go("/backoffice/#/pos.reports");
        browser.login(shop.user("MANAGER"), Shop.PASSWORD);
        browser.textContains("[data-report='caisse-member-statement'] h2", "Relevé");
        // asked by card, never by id
        assertThat(browser.present("#report-caisse-member-statement-member")).isFalse();
        assertThat(browser.present("#report-ticket-id")).isFalse();
        String reports = browser.driver.getWindowHandle();

        browser.visible("#report-caisse-member-statement-card").sendKeys(household[1]);
        browser.screenshot("choices-03-statement-by-card");
        opensPdf(reports, "[data-report='caisse-member-statement'] button[data-format='pdf']");
        browser.visible("#report-ticket-number").sendKeys(documentNo.toLowerCase(java.util.Locale.ROOT));
        opensPdf(reports, "[data-report='ticket'] button[data-format='pdf']");

        // an unknown card is said in words, and nothing opens
        browser.visible("#report-caisse-member-statement-card").clear();
        browser.visible("#report-caisse-member-statement-card").sendKeys("CARTE-INCONNUE");
        browser.click("[data-report='caisse-member-statement'] button[data-format='pdf']");
        browser.textContains(".toast-error", "Aucun membre de la caisse n'a la carte « CARTE-INCONNUE »");
        assertThat(browser.driver.getWindowHandles()).hasSize(1);

        // the stocktake finds « Œufs frais écrémés » typed « oeufs ecremes » and lets the manager choose it
        browser.go("/backoffice/#/pos.stock");
        browser.visible("#count-sku").sendKeys("oeufs frais ecremes " + eggs[1].substring(eggs[1].length() - 4));
        browser.until(d -> !d.findElements(By.cssSelector("#count-sku-choice option[value='" + eggs[0] + "']")).isEmpty());
        new Select(browser.visible("#count-sku-choice")).selectByValue(eggs[0]);
        browser.visible("#count-quantity").sendKeys("12");
        browser.visible("#count-form-submit").click();
        browser.textContains("#count-table", eggs[2]);
    }

    /** Presses the PDF button and checks the report opened in a new tab, then comes back. */
    void opensPdf(String reports, String button) {
        browser.click(button);
        browser.until(d -> d.getWindowHandles().size() == 2);
        String pdf = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(reports)).findFirst().orElseThrow();
        browser.driver.switchTo().window(pdf);
        assertThat(browser.driver.getCurrentUrl()).startsWith("blob:");
        browser.driver.close();
        browser.driver.switchTo().window(reports);
    }
}
