package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * What people read is words, not codes: every back-office screen each role sees, and the till through a sale, a
 * receipt and a return, on data with weighed and labelled products, tier-priced tickets, a return, a caisse with
 * credited members, an activity and a purchase round. A screen fails on a UUID, an ISO date, or a code or API field
 * name from the deny-list; real product codes, ticket and card numbers are the people's own words and allowed.
 */
@ExtendWith(VivresSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlainWordsWithCapabilitiesIT {
    static Shop shop;
    static Browser browser;
    static String hub;
    static String tierCode;
    static String tierName;
    static String fundName;
    static String[] household;
    static String[] apples;
    static String[] pasta;
    static String saleNumber;
    static PlainWords words;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        // Run with the capability bundles (tiers, caisse, activities, procurement, reports) only.
        org.junit.jupiter.api.Assumptions.assumeTrue(admin.get("/api/pricing/tiers").status() != 404,
                "the capability bundles are not installed");
        shop = new Shop(admin);
        hub = shop.fx.hub();
        LocalDate today = LocalDate.now();
        tierCode = ("P" + System.nanoTime() % 100000).toUpperCase();
        tierName = "Tarif solidaire";
        created(admin.post("/api/pricing/tiers", Map.of("code", tierCode, "name", tierName, "organization", shop.store,
                "percentOfReference", "30", "categoryPercents", Map.of(), "maxQuotient", "600")));
        fundName = "Caisse alimentaire " + shop.fx.unique("Croix-Rousse");
        String fund = created(admin.post("/api/caisse/funds", Map.of("name", fundName, "monthlyAllowance", "100.00",
                "minContribution", "1.00", "maxContribution", "40.00"))).text("id");
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", "Métropole", "kind", "PUBLIC",
                "amount", "1100.00", "status", "SECURED")));
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", "Fondation", "kind", "PRIVATE",
                "amount", "500.00", "status", "PENDING")));
        created(admin.post("/api/caisse/funds/" + fund + "/conventions", Map.of("organization", shop.store,
                "validFrom", today.minusDays(30).toString())));
        created(admin.post("/api/caisse/funds/" + fund + "/criteria", Map.of("categories", List.of("FRUITS"),
                "labels", List.of("ORGANIC", "LOCAL"))));

        apples = product("Pommes", "3.00", "KG", "FRUITS", List.of("ORGANIC", "LOCAL"));
        pasta = product("Pâtes", "2.50", "UNIT", "EPICERIE", List.of());
        household = shop.household();
        created(admin.put("/api/households/" + household[0] + "/tier", Map.of("tier", tierCode,
                "validFrom", today.minusDays(1).toString(), "validTo", today.plusYears(1).toString())));
        created(admin.post("/api/caisse/funds/" + fund + "/members", Map.of("household", household[0],
                "contribution", "5.00")));
        created(admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", "2029-0" + (1 + (int) (Math.random() * 9)))));

        // A tier-priced sale partly paid by the caisse, and a return of part of it.
        Api.Response sale = created(admin.post("/api/tickets", Map.of("organization", shop.store, "household", household[0],
                "lines", List.of(Map.of("product", apples[0], "quantity", "2"), Map.of("product", pasta[0], "quantity", "2")),
                "payments", List.of(Map.of("method", "CAISSE", "amount", "1.80"), Map.of("method", "CASH", "amount", "1.50")))));
        saleNumber = sale.text("documentNo");
        created(admin.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(Map.of("product", pasta[0], "quantity", "1")))));

        String activity = created(admin.post("/api/activities", Map.of("name", shop.fx.unique("Atelier cuisine"),
                "kind", "COOKING_WORKSHOP", "organization", shop.store))).text("id");
        String session = created(admin.post("/api/activities/" + activity + "/sessions", Map.of("startsAt",
                OffsetDateTime.now().plusDays(3).withNano(0).toString(), "capacity", 10, "fee", "5.00",
                "tierFees", Map.of(tierCode, "2.00")))).text("id");
        created(admin.post("/api/activities/sessions/" + session + "/registrations", Map.of("household", household[0])));

        String farm = created(admin.post("/api/suppliers", Map.of("name", shop.fx.unique("Ferme des Prés"),
                "distanceKm", 15))).text("id");
        created(admin.post("/api/procurement/offers", Map.of("supplier", farm, "product", apples[0], "packSize", "10",
                "packPrice", "18.00")));
        String round = created(admin.post("/api/procurement/rounds", Map.of("name", shop.fx.unique("Tournée"), "hub", hub,
                "stores", List.of(shop.store), "closesAt", OffsetDateTime.now().plusDays(5).withNano(0).toString())))
                .text("id");
        created(admin.put("/api/procurement/rounds/" + round + "/needs", Map.of("organization", shop.store,
                "product", apples[0], "quantity", "12")));

        // Real codes people use: product codes, card and ticket numbers.
        words = new PlainWords().allow(apples[1], pasta[1], household[1], saleNumber).deny(tierCode);
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(4)
    void anIncomeWrittenTheFrenchWayIsReadAndAMonthSaysHowManyMembersItCredited() {
        browser.go("/backoffice/#/pricing.household");
        browser.until(d -> browser.present("#login-username") || browser.present("#bo-nav"));
        if (browser.present("#bo-nav")) {
            browser.logout();
        }
        browser.login(shop.user("REFERRER"), Shop.PASSWORD);
        browser.visible("#pricing-card").sendKeys(household[1] + Keys.ENTER);
        browser.visible("#assess-income").sendKeys("1 100,00");
        browser.visible("#pricing-assess-form-submit").click();
        // 1 100,00 € for 3 parts: a quotient of 366,67 €, under the tier's 600 €.
        assertThat(browser.textContains("#assess-result", "366,67")).contains(tierName).doesNotContain(tierCode);
        assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector("#pricing-assess-form .error")).getText())
                .isBlank();
        browser.logout();

        browser.go("/backoffice/#/caisse.periods");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        browser.visible("#caisse-fund option");
        new org.openqa.selenium.support.ui.Select(browser.visible("#caisse-fund")).selectByVisibleText(fundName);
        browser.visible("#period-month").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2030-1" + (int) (Math.random() * 3));
        browser.visible("#caisse-period-form-submit").click();
        browser.visible("#period-confirm").click();
        assertThat(browser.textContains(".toast-ok", "crédité")).contains("1 membre crédité.");
        browser.logout();
    }

    static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r;
    }

    static String[] product(String name, String price, String uom, String category, List<String> labels) {
        String sku = shop.fx.unique("390").replaceAll("\\D", "");
        String unique = name + " " + sku.substring(sku.length() - 4);
        Api.Response r = created(shop.admin.post("/api/products", Map.of("sku", sku, "name", unique, "category", category,
                "uom", uom, "referencePrice", price, "vatRate", "5.5", "labels", labels, "originKm", 20)));
        shop.fx.stock(shop.store, r.text("id"), "100");
        return new String[] {r.text("id"), sku, unique};
    }

    @Test
    @Order(1)
    void everyBackOfficeScreenOfEveryRoleSpeaksWords() {
        words.found().clear();
        walk(shop.user("MANAGER"), "manager");
        walk(shop.user("REFERRER"), "referent");
        walk(hubManager(), "pôle");
        walk(shop.networkAdmin(), "réseau");
        assertThat(words.found()).as("codes, UUIDs or ISO dates shown to people").isEmpty();
    }

    @Test
    @Order(2)
    void theTillSpeaksWordsThroughASaleAndAReturn() {
        words.found().clear();
        browser.go("/pos/");
        browser.login(shop.user("CASHIER"), Shop.PASSWORD);
        browser.visible("#product-search");
        browser.openTillSession("0");
        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-details", household[1]);
        assertThat(browser.visible("#household-details").getText()).doesNotContain(fundName + " " + fundName)
                .doesNotContain("Caisse alimentaire Caisse alimentaire");
        TillSaleIT.scanInto(browser, pasta[1]);
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        scan("till with a tier-priced line");
        assertThat(browser.visible("#lines-body").getText()).contains(tierName + " 30 %");
        assertThat(browser.visible("#household-details").getText()).contains("3 personnes");
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5" + Keys.ENTER);
        browser.textContains("#receipt", "Rendu");
        assertThat(browser.visible("#receipt").getText()).contains(tierName + " 30 %");
        scan("receipt");
        browser.click("#new-ticket");
        browser.until(d -> browser.all("dialog[open]").isEmpty());

        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(saleNumber + Keys.ENTER);
        browser.textContains("#return-content", pasta[2]);
        scan("return dialog");
        browser.visible(".return-qty").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        browser.visible("#return-submit").click();
        browser.until(d -> !browser.visible("#return-message").getText().isBlank());
        scan("refused return");
        assertThat(words.found()).as("codes, UUIDs or ISO dates shown at the till").isEmpty();
    }

    @Test
    @Order(3)
    void printedTicketsAndRefusalsSayWordsToo() {
        words.found().clear();
        String id = null;
        for (var t : shop.tickets().json().path("items")) {
            if (saleNumber.equals(t.path("documentNo").asText())) {
                id = t.path("id").asText();
            }
        }
        assertThat(id).as("the tier-priced sale").isNotNull();
        String ticket = report("/api/reports/ticket?format=html&id=" + id);
        check("ticket report", ticket);
        assertThat(ticket.replace('\u00a0', ' ')).contains(tierName + " 30 %");
        check("sales journal", report("/api/reports/sales-journal?format=html&organization=" + shop.store
                + "&from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1)));

        // Refusals say what to fix in the form's words, never the API's field names.
        refusal(shop.admin.post("/api/products", Map.of("sku", shop.fx.unique("X"), "name", "Riz", "category",
                "EPICERIE", "uom", "UNIT", "referencePrice", "2.00", "vatRate", "abc", "labels", List.of())));
        refusal(shop.admin.post("/api/pricing/tiers", Map.of("code", "Z" + System.nanoTime() % 10000, "name", "X",
                "percentOfReference", "beaucoup", "categoryPercents", Map.of())));
        refusal(shop.admin.post("/api/pricing/assessments", Map.of("household", household[0], "monthlyIncome", "x",
                "householdParts", "2", "validTo", LocalDate.now().plusYears(1).toString())));
        Api.Response tooMuch = shop.admin.post("/api/tickets/" + id + "/returns",
                Map.of("lines", List.of(Map.of("product", pasta[0], "quantity", "50"))));
        refusal(tooMuch);
        assertThat(tooMuch.message()).as("the product by its name").contains(pasta[2]);
        assertThat(words.found()).as("codes, field names or UUIDs in printed tickets and refusals").isEmpty();
    }

    static String report(String path) {
        Api.Response r = shop.admin.get(path);
        assertThat(r.status()).as(path + " " + r).isEqualTo(200);
        return r.raw().replaceAll("<[^>]*>", " ").replace("&nbsp;", " ");
    }

    static void refusal(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(400, 499);
        String message = r.message();
        check("refusal " + r.code(), message);
        if (message.contains("guillemets")) {
            words.found().add("refusal " + r.code() + ": asks for quotes: " + message);
        }
    }

    String hubManager() {
        String name = shop.fx.unique("pole");
        created(shop.admin.post("/api/users", Map.of("username", name, "password", Shop.PASSWORD,
                "roles", List.of("MANAGER"), "organization", hub)));
        return name;
    }

    /** Logs in as {@code user} and reads every screen of the menu. */
    void walk(String user, String who) {
        browser.go("/backoffice/");
        browser.until(d -> browser.present("#login-username") || browser.present("#bo-nav"));
        if (browser.present("#bo-nav")) {
            browser.logout();
        }
        browser.login(user, Shop.PASSWORD);
        browser.visible("#bo-nav a");
        List<String> screens = browser.all("#bo-nav a").stream().map(a -> a.getAttribute("data-screen")).toList();
        for (String screen : screens) {
            browser.go("/backoffice/#/" + screen);
            browser.until(d -> browser.present("#bo-nav a.active[data-screen='" + screen + "']"));
            PlainWords.settle(PlainWordsWithCapabilitiesIT::text);
            scan(who + " · " + screen);
        }
        browser.logout();
    }

    static String text() {
        return String.valueOf(browser.js("return document.body.innerText"));
    }

    static void scan(String where) {
        check(where, text());
    }

    static void check(String where, String text) {
        // A tier's code is the manager's own on the screen that manages tiers; everywhere else, its name.
        words.check(where, text, where.endsWith("pricing.tiers") ? new String[] {tierCode} : new String[0]);
    }
}
