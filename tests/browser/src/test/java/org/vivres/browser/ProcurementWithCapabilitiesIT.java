package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * Shared procurement in the back office, with the procurement bundle installed: a hub's manager
 * opens a round, a store's manager states the store's needs, the hub's manager closes it (purchase
 * orders), receives the goods and allocates them with a shared cost; the API then shows the
 * allocations and the stock moved from the hub to the stores. Also producers and offers, and the
 * crop-plan chart.
 */
@ExtendWith(VivresSystem.class)
class ProcurementWithCapabilitiesIT {
    static final String PASSWORD = Shop.PASSWORD;

    static Api admin;
    static Fixtures fx;
    static String baseUrl;
    static String hub;
    static String store1;
    static String store2;
    static String hubManager;
    static String manager1;
    static String carrots;
    static String apples;
    static String carrotsName;
    static String farmName;
    Browser browser;

    @RegisterExtension
    final FailureShots shots = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api api) {
        admin = api;
        fx = new Fixtures(admin);
        baseUrl = system.running().baseUrl();
        hub = fx.hub();
        store1 = fx.store();
        store2 = fx.store();
        hubManager = user("MANAGER", hub);
        manager1 = user("MANAGER", store1);
        carrotsName = fx.unique("Carottes");
        carrots = created(admin.post("/api/products", Map.of("sku", fx.unique("CAR"), "name", carrotsName,
                "category", "LEGUMES", "uom", "KG", "referencePrice", "2.90", "vatRate", "5.5", "labels", List.of("LOCAL"),
                "originKm", 15))).text("id");
        apples = created(admin.post("/api/products", Map.of("sku", fx.unique("POM"), "name", fx.unique("Pommes"),
                "category", "FRUITS", "uom", "UNIT", "referencePrice", "0.45", "vatRate", "5.5", "labels", List.of(),
                "originKm", 30))).text("id");
        farmName = fx.unique("Ferme des Prés");
        String farm = created(admin.post("/api/suppliers", Map.of("name", farmName, "distanceKm", 15))).text("id");
        created(admin.post("/api/procurement/offers", Map.of("supplier", farm, "product", carrots, "packSize", "10",
                "packPrice", "18.00")));
        created(admin.post("/api/procurement/offers", Map.of("supplier", farm, "product", apples, "packSize", "6",
                "packPrice", "9.00")));
    }

    static String user(String role, String organization) {
        String name = fx.unique(role.toLowerCase());
        created(admin.post("/api/users", Map.of("username", name, "password", PASSWORD, "roles", List.of(role),
                "organization", organization)));
        return name;
    }

    static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r;
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(baseUrl);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    void loginTo(String screen, String username) {
        browser.go("/backoffice/#/" + screen);
        browser.login(username, PASSWORD);
        browser.visible("#bo-nav a");
    }

    void logout() {
        browser.logout();
    }

    WebElement roundButton(String round) {
        return browser.visible("#round-table button[data-round='" + round + "']");
    }

    String onHand(String organization, String product) {
        JsonNode items = admin.get("/api/stock?organization=" + organization + "&product=" + product).json().path("items");
        return items.isEmpty() ? "0" : items.get(0).path("onHand").asText();
    }

    @Test
    void aRoundIsOpenedFilledClosedAndAllocatedInTheBackOffice() {
        // The hub's manager opens a round for two stores.
        loginTo("procurement.rounds", hubManager);
        assertThat(browser.all("#bo-nav a").stream().map(WebElement::getText).toList())
                .contains("Achats groupés : tournées", "Achats groupés : producteurs", "Achats groupés : plan de culture");
        String name = fx.unique("Tournée de printemps");
        browser.visible("#round-name").sendKeys(name);
        browser.visible("#round-stores input[value='" + store1 + "']").click();
        browser.visible("#round-stores input[value='" + store2 + "']").click();
        browser.screenshot("procurement-01-new-round");
        browser.visible("#round-form-submit").click();
        browser.textContains("#round-title", name);
        JsonNode listed = admin.get("/api/procurement/rounds?limit=500").json().path("items");
        String found = null;
        for (JsonNode r : listed) {
            if (name.equals(r.path("name").asText())) {
                found = r.path("id").asText();
            }
        }
        assertThat(found).as("the round was created").isNotNull();
        String round = found;
        JsonNode created = admin.get("/api/procurement/rounds/" + round).json();
        assertThat(created.path("hub").asText()).isEqualTo(hub);
        assertThat(created.path("status").asText()).isEqualTo("OPEN");
        assertThat(created.path("stores").toString()).contains(store1, store2);
        assertThat(OffsetDateTime.parse(created.path("closesAt").asText())).isAfter(OffsetDateTime.now().plusDays(6));
        logout();

        // A store's manager states the store's needs: typed as in French, refused values said in the form.
        loginTo("procurement.rounds", manager1);
        roundButton(round).click();
        browser.visible("#needs-form");
        browser.visible("#need-" + apples).sendKeys("2,5");
        browser.visible("#needs-save").click();
        browser.textContains("#needs-form .error", "Pommes");
        assertThat(admin.get("/api/procurement/rounds/" + round).json().path("needs")).isEmpty();
        browser.visible("#need-" + apples).sendKeys(Keys.chord(Keys.CONTROL, "a"), "30");
        browser.visible("#need-" + carrots).sendKeys("12,5");
        browser.screenshot("procurement-02-needs");
        browser.visible("#needs-save").click();
        browser.until(d -> admin.get("/api/procurement/rounds/" + round).json().path("needs").size() == 2);
        Map<String, String> needs = new HashMap<>();
        admin.get("/api/procurement/rounds/" + round).json().path("needs").forEach(n -> {
            assertThat(n.path("organization").asText()).isEqualTo(store1);
            needs.put(n.path("product").asText(), n.path("quantity").asText());
        });
        assertThat(needs).containsEntry(carrots, "12.500").containsEntry(apples, "30.000");
        // The screen shows what was saved once reloaded.
        browser.until(ExpectedConditions.attributeToBe(By.id("need-" + carrots), "value", "12,5"));
        logout();
        // The other store's needs, through the API.
        created(admin.put("/api/procurement/rounds/" + round + "/needs", Map.of("organization", store2, "product", carrots,
                "quantity", "4.5")));

        // The hub's manager sees every store's needs and closes the round: one purchase order.
        loginTo("procurement.rounds", hubManager);
        roundButton(round).click();
        browser.textContains("#needs-summary-table", "17");
        browser.visible("#round-close").click();
        browser.until(ExpectedConditions.alertIsPresent()).accept();
        String orders = browser.textContains("#purchase-orders", farmName);
        // each purchase order prints as a PDF for its producer
        browser.visible("#purchase-orders .purchase-order .report-slot button");
        assertThat(orders).contains(carrotsName).contains("36,00").contains("45,00");
        browser.screenshot("procurement-03-orders");
        assertThat(admin.get("/api/procurement/rounds/" + round).json().path("status").asText()).isEqualTo("CLOSED");

        // A receipt typed wrongly (150 for 15) is taken back, and its quantity leaves the hub's stock.
        new Select(browser.visible("#receipt-product")).selectByValue(carrots);
        browser.visible("#receipt-quantity").sendKeys(Keys.chord(Keys.CONTROL, "a"), "150");
        browser.visible("#receipt-form-submit").click();
        browser.textContains("#receipt-table", "150");
        assertThat(onHand(hub, carrots)).isEqualTo("150.000");
        browser.click("#receipt-table button[data-receipt]");
        browser.visible("#receipt-cancel-confirm").click();
        browser.until(d -> admin.get("/api/procurement/rounds/" + round).json().path("receipts").isEmpty());
        browser.until(d -> browser.all("#receipt-table button[data-receipt]").isEmpty());
        assertThat(onHand(hub, carrots)).isEqualTo("0.000");

        // Receipts: 15 kg of carrots came instead of the 20 ordered; the apples as ordered.
        new Select(browser.visible("#receipt-product")).selectByValue(carrots);
        browser.visible("#receipt-quantity").sendKeys(Keys.chord(Keys.CONTROL, "a"), "15");
        browser.visible("#receipt-form-submit").click();
        browser.textContains("#receipt-table", "15");
        new Select(browser.visible("#receipt-product")).selectByValue(apples);
        assertThat(browser.visible("#receipt-quantity").getAttribute("value")).isEqualTo("30");
        browser.visible("#receipt-form-submit").click();
        browser.until(d -> admin.get("/api/procurement/rounds/" + round).json().path("receipts").size() == 2);
        browser.until(d -> browser.all("#receipt-table tbody tr").size() == 2);
        assertThat(onHand(hub, carrots)).isEqualTo("15.000");

        // Allocation with a transport cost split by value.
        browser.visible("#cost-label-0").sendKeys("Transport");
        browser.visible("#cost-amount-0").sendKeys("12,00");
        browser.screenshot("procurement-04-allocate");
        browser.visible("#cost-amount-0").sendKeys(Keys.ENTER);
        browser.visible("#allocation-table");
        browser.visible("#share-table");
        browser.screenshot("procurement-05-allocated");

        JsonNode done = admin.get("/api/procurement/rounds/" + round).json();
        assertThat(done.path("status").asText()).isEqualTo("ALLOCATED");
        Map<String, BigDecimal> allocated = new HashMap<>();
        done.path("allocations").forEach(a -> allocated.merge(a.path("organization").asText() + "/" + a.path("product").asText(),
                new BigDecimal(a.path("allocated").asText()), BigDecimal::add));
        // Short carrots shared pro rata to needs (12.5 : 4.5 of 15).
        BigDecimal c1 = allocated.get(store1 + "/" + carrots);
        BigDecimal c2 = allocated.get(store2 + "/" + carrots);
        assertThat(c1.add(c2)).isEqualByComparingTo("15");
        assertThat(c1).isGreaterThan(c2);
        assertThat(allocated.get(store1 + "/" + apples)).isEqualByComparingTo("30");
        BigDecimal shares = BigDecimal.ZERO;
        for (JsonNode s : done.path("costShares")) {
            shares = shares.add(new BigDecimal(s.path("amount").asText()));
        }
        assertThat(shares).isEqualByComparingTo("12.00");
        assertThat(done.path("costs").get(0).path("label").asText()).isEqualTo("Transport");
        assertThat(done.path("costs").get(0).path("basis").asText()).isEqualTo("VALUE");
        // The stock moved from the hub to the stores.
        assertThat(new BigDecimal(onHand(store1, carrots))).isEqualByComparingTo(c1);
        assertThat(new BigDecimal(onHand(store2, carrots))).isEqualByComparingTo(c2);
        assertThat(new BigDecimal(onHand(store1, apples))).isEqualByComparingTo("30");
        assertThat(new BigDecimal(onHand(hub, carrots))).isEqualByComparingTo("0");
        String table = browser.visible("#allocation-table").getText();
        browser.visible("#allocation-pdf");
        assertThat(table).contains(carrotsName);
        assertThat(browser.visible("#share-table").getText()).contains("€");

        // The crop plan now shows the round's carrots.
        browser.visible("a[data-screen='procurement.demand']").click();
        new Select(browser.visible("#demand-product")).selectByValue(carrots);
        browser.visible("#demand-form-submit").click();
        browser.textContains("#demand-result h2", carrotsName);
        browser.until(d -> browser.all("#demand-chart .demand-bar[data-quantity='17.000']").size() == 1);
        browser.screenshot("procurement-06-demand");
    }

    @Test
    void theNetworkAdminRecordsAProducerAndTheHubItsOfferWhileAStoreOnlyReadsThem() {
        String networkAdmin = fx.unique("reseau");
        created(admin.post("/api/users", Map.of("username", networkAdmin, "password", PASSWORD,
                "roles", List.of("NETWORK_ADMIN"))));
        loginTo("procurement.suppliers", networkAdmin);
        String name = fx.unique("Maraîcher");
        browser.visible("#supplier-name").sendKeys(name);
        browser.visible("#supplier-distance").sendKeys("22");
        browser.visible("#supplier-form-submit").click();
        browser.textContains("#supplier-table", name);
        // The same name again is refused in the form.
        browser.visible("#supplier-name").sendKeys(name);
        browser.visible("#supplier-distance").sendKeys("5");
        browser.visible("#supplier-form-submit").click();
        browser.textContains("#supplier-form .error", name);
        logout();

        // The hub's manager records offers (the hub runs the rounds) but not producers.
        loginTo("procurement.suppliers", hubManager);
        browser.textContains("#supplier-table", name);
        assertThat(browser.visible("#suppliers-admin-only").getText()).contains("administrateur du réseau");
        assertThat(browser.present("#supplier-form")).isFalse();
        String supplier = null;
        for (JsonNode s : admin.get("/api/suppliers?limit=500").json().path("items")) {
            if (name.equals(s.path("name").asText())) {
                supplier = s.path("id").asText();
                assertThat(s.path("distanceKm").asInt()).isEqualTo(22);
            }
        }
        assertThat(supplier).isNotNull();
        new Select(browser.visible("#offer-supplier")).selectByValue(supplier);
        new Select(browser.visible("#offer-product")).selectByValue(carrots);
        browser.visible("#offer-pack-size").sendKeys("12,5");
        browser.visible("#offer-pack-price").sendKeys("21,3");
        browser.visible("#offer-form-submit").click();
        browser.textContains("#offer-table", name);
        browser.screenshot("procurement-07-suppliers");
        JsonNode offers = admin.get("/api/procurement/offers?supplier=" + supplier).json().path("items");
        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).path("packSize").asText()).isEqualTo("12.500");
        assertThat(offers.get(0).path("packPrice").asText()).isEqualTo("21.30");
        logout();

        // A store's manager reads producers and offers, and is offered no form that would only be refused.
        loginTo("procurement.suppliers", manager1);
        browser.textContains("#offer-table", name);
        assertThat(browser.visible("#suppliers-read-only").getText()).contains("pôles logistiques");
        assertThat(browser.present("#supplier-form")).isFalse();
        assertThat(browser.present("#offer-form")).isFalse();
        browser.screenshot("procurement-08-suppliers-read-only");
    }
}
