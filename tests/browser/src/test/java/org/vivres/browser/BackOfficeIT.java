package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Managers and network admins in the back office. */
@ExtendWith(VivresSystem.class)
class BackOfficeIT {
    static Shop shop;
    static String baseUrl;
    Browser browser;

    @RegisterExtension
    final FailureShots shots = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        baseUrl = system.running().baseUrl();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(baseUrl);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    List<String> menu() {
        browser.visible("#bo-nav a");
        return browser.all("#bo-nav a").stream().map(WebElement::getText).toList();
    }

    @Test
    void theNetworkAdminCreatesAProductAndChangesItsPrice() {
        browser.go("/backoffice/");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        String sku = shop.fx.unique("BO");
        browser.visible("#new-sku").sendKeys(sku);
        browser.visible("#new-name").sendKeys("Carottes du jardin");
        browser.choose("#new-category", "LEGUMES");
        new Select(browser.visible("#new-uom")).selectByValue("KG");
        browser.visible("#new-price").sendKeys("3,20");
        browser.click("#new-labels-LOCAL");
        browser.click("#new-labels-ORGANIC");
        browser.visible("#new-origin").sendKeys("12");
        browser.visible("#product-form button[type=submit]").click();
        browser.textContains("#product-table", sku);
        browser.screenshot("backoffice-01-product");
        JsonNode product = shop.admin.get("/api/products?q=" + sku).json().path("items");
        assertThat(product).hasSize(1);
        assertThat(product.get(0).path("referencePrice").asText()).isEqualTo("3.20");
        assertThat(product.get(0).path("uom").asText()).isEqualTo("KG");
        assertThat(product.get(0).path("category").asText()).isEqualTo("LEGUMES");
        assertThat(product.get(0).path("labels").toString()).contains("LOCAL", "ORGANIC");

        // The same sku again: refused, said in the form, nothing more written.
        browser.visible("#new-sku").sendKeys(sku);
        browser.visible("#new-name").sendKeys("Autres carottes");
        browser.choose("#new-category", "LEGUMES");
        browser.visible("#new-price").sendKeys("1");
        browser.visible("#product-form button[type=submit]").click();
        assertThat(browser.textContains("#product-form .error", sku)).isNotBlank();
        assertThat(shop.admin.get("/api/products?q=" + sku).json().path("items")).hasSize(1);

        // The price changes: the next tickets pay 3,45 €/kg.
        browser.click("#product-table button[data-product='" + product.get(0).path("id").asText() + "']");
        var price = browser.visible("#edit-price");
        assertThat(price.getAttribute("value")).isEqualTo("3,20");
        price.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3,45");
        browser.visible("#product-edit-form-submit").click();
        browser.textContains("#product-table", "3,45");
        browser.screenshot("backoffice-01b-product-changed");
        assertThat(shop.admin.get("/api/products/" + product.get(0).path("id").asText()).text("referencePrice"))
                .isEqualTo("3.45");
    }

    /** « Importer un fichier »: the admin sees what a CSV creates and changes, then confirms (issue 17). */
    @Test
    void theNetworkAdminImportsAProductFileAfterSeeingWhatChanges() throws java.io.IOException {
        String[] salt = shop.product("Sel", "0.90", "UNIT");
        String fresh = shop.fx.unique("IMP");
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("produits", ".csv");
        java.nio.file.Files.writeString(csv, "sku;name;category;uom;referencePrice;vatRate;labels;originKm\n"
                + salt[1] + ";" + salt[2] + ";EPICERIE;UNIT;0,95;5,5;;50\n"
                + fresh + ";Œufs plein air;CREMERIE;UNIT;2,75;5,5;LOCAL;30\n");
        browser.go("/backoffice/");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        // The managed lists are offered (they arrive after the screen): labels by name, categories to choose from.
        browser.textContains("#new-labels", "Bio");
        browser.choose("#new-category", "EPICERIE");
        assertThat(browser.all("#new-category option").size()).as("categories offered").isGreaterThan(5);
        browser.visible("#import-file").sendKeys(csv.toString());
        browser.click("#import-preview");
        assertThat(browser.textContains("#import-counts", "à créer : 1")).contains("à modifier : 1");
        assertThat(browser.visible("#import-changes").getText()).contains("Prix de référence", "0,90 €", "0,95 €");
        browser.screenshot("backoffice-01c-import-preview");
        assertThat(shop.admin.get("/api/products?q=" + fresh).json().path("items")).as("a preview only").isEmpty();
        browser.click("#import-confirm");
        browser.textContains("#toasts", "Import fait");
        assertThat(shop.admin.get("/api/products?q=" + fresh).json().path("items").get(0).path("name").asText())
                .isEqualTo("Œufs plein air");
        assertThat(shop.admin.get("/api/products/" + salt[0]).text("referencePrice")).isEqualTo("0.95");
        java.nio.file.Files.deleteIfExists(csv);
    }

    @Test
    void aManagerReadsTheCatalogueWithoutChangingItAndCreatesAHousehold() {
        String manager = shop.user("MANAGER");
        String[] flour = shop.product("Farine", "1.20", "UNIT");
        browser.go("/backoffice/");
        browser.login(manager, Shop.PASSWORD);
        assertThat(menu()).containsExactly("Produits", "Ventes", "Caisses", "Clôtures", "Stock", "Foyers", "Utilisateurs",
                "Organisations", "Rapports");
        // The catalogue is the network's: read-only here, no button that would only be refused.
        assertThat(browser.visible("#product-read-only").getText()).contains("administrateur du réseau");
        browser.visible("#product-q").sendKeys(flour[1], Keys.ENTER);
        assertThat(browser.textContains("#product-table", flour[1])).contains("1,20");
        assertThat(browser.all("#product-table button")).isEmpty();
        assertThat(browser.present("#product-form")).isFalse();
        browser.screenshot("backoffice-01c-products-read-only");

        browser.driver.findElement(By.cssSelector("#bo-nav a[data-screen='pos.households']")).click();
        String card = shop.fx.unique("CARTE");
        browser.visible("#new-reference").sendKeys(card);
        browser.visible("#new-size").clear();
        browser.visible("#new-size").sendKeys("4");
        browser.visible("#household-form button[type=submit]").click();
        assertThat(browser.textContains("#household-card", card)).contains("4 personnes");
        browser.textContains("#household-table", card);
        browser.screenshot("backoffice-02-household");
        JsonNode household = shop.admin.get("/api/households?reference=" + card).json().path("items").get(0);
        assertThat(household.path("organization").asText()).isEqualTo(shop.store);
        assertThat(household.path("size").asInt()).isEqualTo(4);

        // Erasure asks for the card number first.
        browser.visible("#household-erase").click();
        browser.visible("#erase-confirm").sendKeys("pas-la-carte");
        browser.visible("#erase-ok").click();
        browser.textContains(".confirm-dialog .error", "ne correspond pas");
        assertThat(shop.admin.get("/api/households/" + household.path("id").asText()).json().path("erased").asBoolean()).isFalse();
        browser.visible("#erase-confirm").clear();
        browser.visible("#erase-confirm").sendKeys(card);
        browser.screenshot("backoffice-03-erase");
        browser.visible("#erase-ok").click();
        browser.until(d -> shop.admin.get("/api/households/" + household.path("id").asText()).json().path("erased").asBoolean());
    }

    @Test
    void aManagerReadsTheDaysSalesAndOpensATicket() {
        Shop own = new Shop(shop.admin);
        String manager = own.user("MANAGER");
        String[] tea = own.product("Thé vert", "3.10", "UNIT");
        Api.Response cash = own.admin.post("/api/tickets", java.util.Map.of("organization", own.store,
                "lines", List.of(java.util.Map.of("product", tea[0], "quantity", "2")),
                "payments", List.of(java.util.Map.of("method", "CASH", "amount", "6.20"))));
        assertThat(cash.status()).as(cash.toString()).isEqualTo(201);
        Api.Response card = own.admin.post("/api/tickets", java.util.Map.of("organization", own.store,
                "lines", List.of(java.util.Map.of("product", tea[0], "quantity", "1")),
                "payments", List.of(java.util.Map.of("method", "CARD", "amount", "3.10"))));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        Api.Response back = own.admin.post("/api/tickets/" + cash.text("id") + "/returns", java.util.Map.of("lines",
                List.of(java.util.Map.of("product", tea[0], "quantity", "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        browser.go("/backoffice/#/pos.sales");
        browser.login(manager, Shop.PASSWORD);
        assertThat(browser.textContains("#sales-total", "9,30")).contains("Ventes (2)");
        assertThat(browser.textContains("#returns-total", "3,10")).contains("Retours (1)");
        browser.textContains("#net-total", "6,20");
        // cash: 6,20 taken, 3,10 given back
        String methods = browser.textContains("#sales-method-table", "Espèces");
        assertThat(methods).contains("Carte").contains("3,10");
        String tickets = browser.textContains("#sales-ticket-table", back.text("documentNo"));
        assertThat(tickets).contains(cash.text("documentNo"), card.text("documentNo"), "Retour");
        browser.screenshot("backoffice-05-sales");
        browser.click("#sales-ticket-table button[data-ticket='" + card.text("id") + "']");
        assertThat(browser.textContains("#sales-ticket-lines", tea[2])).contains("3,10");
        browser.screenshot("backoffice-06-sales-ticket");
    }

    @Test
    void aManagerApprovesAGapOfATicketSoldOfflineAndItCountsInTheTakings() {
        Shop own = new Shop(shop.admin);
        String manager = own.user("MANAGER");
        String[] oil = own.product("Huile", "4.00", "UNIT");
        assertThat(own.admin.put("/api/products/" + oil[0], java.util.Map.of("name", oil[2], "category", "EPICERIE",
                "referencePrice", "5.00", "vatRate", "5.5")).status()).isEqualTo(200);
        // sold offline at the price the till still had: 2 × 4,00 for 10,00 — a 2,00 gap, above 5 %
        Api.Response sold = own.admin.post("/api/tickets", java.util.Map.of("organization", own.store,
                "soldOffline", true, "soldAt", java.time.OffsetDateTime.now().toString(),
                "lines", List.of(java.util.Map.of("product", oil[0], "quantity", "2")),
                "payments", List.of(java.util.Map.of("method", "CASH", "amount", "8.00"))));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);

        browser.go("/backoffice/#/pos.sales");
        browser.login(manager, Shop.PASSWORD);
        assertThat(browser.textContains("#offline-gaps-table", sold.text("documentNo"))).contains("2,00");
        assertThat(browser.textContains("#gaps-pending", "2,00")).contains("Écarts hors ligne à valider (1)");
        browser.visible("#offline-gaps-table .gap-comment").sendKeys("Ancien prix en caisse");
        browser.screenshot("backoffice-07-offline-gaps");
        browser.click("#offline-gaps-table button[data-approve='" + sold.text("id") + "']");
        browser.textContains("#offline-gaps", "Aucun écart hors ligne à valider.");
        browser.until(d -> browser.all("#gaps-pending").isEmpty());
        assertThat(browser.textContains("#sales-method-table", "Écart hors ligne")).contains("2,00");
        JsonNode approved = own.admin.get("/api/tickets/offline-gaps?organization=" + own.store + "&status=APPROVED")
                .json().path("items").get(0);
        assertThat(approved.path("ticket").asText()).isEqualTo(sold.text("id"));
        assertThat(approved.path("decision").path("comment").asText()).isEqualTo("Ancien prix en caisse");
        assertThat(approved.path("decision").path("decidedBy").asText()).isEqualTo(manager);
    }

    @Test
    void aManagerDeactivatesACashierWhoLeftAndGivesANewPasswordToOneWhoForgot() {
        String manager = shop.user("MANAGER");
        String cashier = shop.user("CASHIER");
        String id = null;
        for (JsonNode u : shop.admin.get("/api/users?limit=500").json().path("items")) {
            if (cashier.equals(u.path("username").asText())) {
                id = u.path("id").asText();
            }
        }
        browser.go("/backoffice/#/pos.users");
        browser.login(manager, Shop.PASSWORD);
        browser.click("#user-table button[data-toggle='" + id + "']");
        browser.visible("#user-deactivate-confirm").click();
        browser.until(d -> browser.visible("#user-table").getText().contains("Désactivé"));
        browser.screenshot("backoffice-07-user-deactivated");
        assertThat(login(cashier, Shop.PASSWORD)).isEqualTo(401);
        browser.click("#user-table button[data-toggle='" + id + "']");
        browser.until(d -> !browser.visible("#user-table").getText().contains("Désactivé"));
        assertThat(login(cashier, Shop.PASSWORD)).isEqualTo(200);

        browser.click("#user-table button[data-password='" + id + "']");
        browser.visible("#reset-password").sendKeys("oublie-puis-change-7");
        browser.visible("#reset-form-submit").click();
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        assertThat(login(cashier, "oublie-puis-change-7")).isEqualTo(200);
        assertThat(login(cashier, Shop.PASSWORD)).isEqualTo(401);
    }

    @Test
    void aManagerCountsTheShelvesAndTheStockBecomesTheCount() {
        Shop own = new Shop(shop.admin);
        String manager = own.user("MANAGER");
        String[] jam = own.product("Confiture", "3.50", "UNIT");
        browser.go("/backoffice/#/pos.stock");
        browser.login(manager, Shop.PASSWORD);
        browser.textContains("#count-pending", "Aucun produit compté");
        browser.visible("#count-sku").sendKeys(jam[1]);
        browser.visible("#count-quantity").sendKeys("93");
        browser.visible("#count-form-submit").click();
        browser.textContains("#count-table", jam[2]);
        browser.visible("#count-submit").click();
        // 100 in stock (the shop's product), 93 counted: 7 missing
        assertThat(browser.textContains("#count-result-table", jam[2])).contains("100").contains("93").containsAnyOf("-7", "−7");
        browser.screenshot("backoffice-08-stocktake");
        assertThat(own.fx.onHand(own.store, jam[0])).isEqualTo("93.000");
    }

    int login(String username, String password) {
        return shop.admin.anonymous().post("/api/session", java.util.Map.of("username", username,
                "password", password)).status();
    }

    @Test
    void aNetworkAdminSeesTheNetworkScreensAndTheBundles() {
        browser.go("/backoffice/");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        assertThat(menu()).containsExactly("Produits", "Ventes", "Caisses", "Clôtures", "Stock", "Foyers", "Utilisateurs", "Organisations",
                "Modules et états", "Rapports");
        browser.driver.findElement(By.cssSelector("#bo-nav a[data-screen='pos.bundles']")).click();
        // readable names and states, as the manifest's Bundle-Name and in French
        String bundles = browser.textContains("#bundle-table", "Écrans de la caisse et du back-office");
        assertThat(bundles).contains("Noyau Vivres").contains("Actif").doesNotContain("ACTIVE");
        browser.screenshot("backoffice-04-bundles");

        browser.visible("#lang-button").click();
        assertThat(menu()).contains("Products", "Organizations", "Bundles and states");
        assertThat(browser.visible("#bo-main h1").getText()).isEqualTo("Bundles and states");
    }

    @Test
    void aCashierIsNotLetIntoTheBackOffice() {
        String cashier = shop.user("CASHIER");
        browser.go("/backoffice/");
        browser.login(cashier, Shop.PASSWORD);
        browser.textContains("#login-error", "pas accès au back-office");
        assertThat(browser.present("#bo-nav")).isFalse();
    }
}
