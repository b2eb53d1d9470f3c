package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * The caisse and pricing bundles' UI contributions with those bundles installed: a sale to a
 * household with a tier, paid partly from its food fund and the rest in cash; a network admin opening
 * a month of the fund in the back office; the fund and pricing screens; a household's tier and fund as the
 * back office's households screen shows them.
 */
@ExtendWith(VivresSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaisseWithCapabilitiesIT {
    static Shop shop;
    static Browser browser;
    static String cashier;
    static String tier;
    static String fund;
    static String fundName;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        cashier = shop.user("CASHIER");
        LocalDate today = LocalDate.now();
        tier = shop.fx.unique("T").toUpperCase();
        created(admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Solidaire", "organization", shop.store,
                "percentOfReference", "50", "categoryPercents", Map.of())));
        fundName = shop.fx.unique("Caisse commune");
        fund = created(admin.post("/api/caisse/funds", Map.of("name", fundName, "monthlyAllowance", "30.00",
                "minContribution", "0.00", "maxContribution", "40.00"))).text("id");
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", "Département", "kind", "PUBLIC",
                "amount", "2000.00", "status", "SECURED")));
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", "Fondation", "kind", "PRIVATE",
                "amount", "500.00", "status", "PENDING")));
        created(admin.post("/api/caisse/funds/" + fund + "/conventions", Map.of("organization", shop.store,
                "validFrom", today.minusDays(30).toString())));
        created(admin.post("/api/caisse/funds/" + fund + "/criteria", Map.of("categories", List.of("FRUITS"))));
        browser = Browser.open(system.running().baseUrl());
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r;
    }

    /** A household of the store with the tier, enrolled in the fund, one month credited; returns {id, reference, member}. */
    static String[] member(String contribution) {
        String[] household = shop.household();
        LocalDate today = LocalDate.now();
        created(shop.admin.put("/api/households/" + household[0] + "/tier", Map.of("tier", tier,
                "validFrom", today.minusDays(1).toString(), "validTo", today.plusYears(1).toString())));
        String member = created(shop.admin.post("/api/caisse/funds/" + fund + "/members",
                Map.of("household", household[0], "contribution", contribution))).text("id");
        return new String[] {household[0], household[1], member};
    }

    static String balance(String member) {
        return created(shop.admin.get("/api/caisse/members/" + member)).text("balance");
    }

    @Test
    @Order(1)
    void aTierHouseholdPaysPartFromTheFundAndTheRestInCash() {
        String[] apples = shop.product("Pommes", "4.00", "UNIT", "FRUITS");
        String[] pasta = shop.product("Pâtes", "2.50", "UNIT", "EPICERIE");
        String[] household = member("5.00");
        // The member's first month: what the period screen would do, here through the API.
        String month = "2029-0" + (1 + (int) (Math.random() * 9));
        created(shop.admin.post("/api/caisse/funds/" + fund + "/periods", Map.of("month", month)));
        assertThat(balance(household[2])).isEqualTo("30.00");

        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.visible("#product-search");
        browser.openTillSession("0");
        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-details", household[1]);
        assertThat(browser.visible("#household-tier").getText()).contains("Solidaire");

        TillSaleIT.scanInto(browser, apples[1]);
        TillSaleIT.scanInto(browser, apples[1]);
        TillSaleIT.scanInto(browser, pasta[1]);
        // Tier 50 %: 2 × 2.00 (eligible: FRUITS) + 1.25 (not eligible) = 5.25
        browser.textContains("#ticket-total", "5,25");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());

        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#caisse-pay-button").click();
        assertThat(browser.textContains("#caisse-eligible", "4,00")).startsWith("Part éligible");
        assertThat(browser.visible("#caisse-balance").getText()).contains("30,00");
        var amount = browser.visible("#caisse-amount");
        assertThat(amount.getAttribute("value")).as("min(eligible, balance, remaining)").isEqualTo("4,00");
        browser.screenshot("caisse-01-till-payment");

        // More than proposed: said in the panel, nothing added.
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4,50" + Keys.ENTER);
        assertThat(browser.textContains("#caisse-pay-panel .error", "Au plus")).contains("4,00");
        assertThat(browser.visible("#pay-remaining").getText()).contains("5,25");

        // The cashier lowers it, then the rest in cash.
        browser.visible("#caisse-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3" + Keys.ENTER);
        browser.textContains("#pay-remaining", "2,25");
        assertThat(browser.visible("#pay-list").getText()).contains("Caisse alimentaire").contains("3,00");
        browser.screenshot("caisse-02-after-caisse");
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5" + Keys.ENTER);
        assertThat(browser.textContains("#receipt", "Rendu")).contains(household[1]);
        assertThat(browser.visible("#receipt-change").getText()).contains("2,75");
        browser.screenshot("caisse-03-receipt");

        List<JsonNode> tickets = new ArrayList<>();
        shop.tickets().json().path("items").forEach(t -> {
            if (household[0].equals(t.path("household").asText())) {
                tickets.add(t);
            }
        });
        assertThat(tickets).as("one ticket").hasSize(1);
        JsonNode ticket = tickets.get(0);
        assertThat(ticket.path("total").asText()).isEqualTo("5.25");
        ticket.path("lines").forEach(l -> assertThat(l.path("priceRule").asText()).isEqualTo("TIER:" + tier));
        Map<String, String> payments = new java.util.HashMap<>();
        ticket.path("payments").forEach(p -> payments.put(p.path("method").asText(), p.path("amount").asText()));
        assertThat(payments).containsEntry("CAISSE", "3.00").containsEntry("CASH", "2.25").hasSize(2);
        assertThat(balance(household[2])).as("the member's balance went down").isEqualTo("27.00");
    }

    @Test
    @Order(2)
    void aNetworkAdminOpensAMonthAfterConfirming() {
        String[] household = member("10.00");
        String before = balance(household[2]);
        browser.go("/backoffice/");
        browser.driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.go("/backoffice/");
        browser.login(shop.networkAdmin(), Shop.PASSWORD);
        browser.visible("a[data-screen='caisse.periods']").click();
        new Select(browser.visible("#caisse-fund")).selectByValue(fund);
        browser.visible("#caisse-period-table, #caisse-periods .empty");

        // Cancelled: nothing opened.
        String month = "2031-0" + (1 + (int) (Math.random() * 9));
        var field = browser.visible("#period-month");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), month);
        browser.visible("#caisse-period-form-submit").click();
        // The month said in words, as people say it: « mars 2031 ».
        String monthWords = java.time.YearMonth.parse(month).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                java.util.Locale.FRENCH));
        assertThat(browser.visible("dialog[open]").getText()).contains(monthWords).contains("30,00");
        browser.screenshot("caisse-04-period-confirm");
        browser.visible("#period-cancel").click();
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        assertThat(periods()).doesNotContain(month);
        assertThat(balance(household[2])).isEqualTo(before);

        browser.visible("#caisse-period-form-submit").click();
        browser.visible("#period-confirm").click();
        browser.textContains("#caisse-period-table", monthWords);
        browser.screenshot("caisse-05-period-opened");
        assertThat(periods()).contains(month);
        assertThat(balance(household[2])).isEqualTo(new java.math.BigDecimal(before).add(new java.math.BigDecimal("30.00")).toPlainString());

        // The same month again: refused, said in the form, nothing credited twice.
        browser.visible("#caisse-period-form-submit").click();
        browser.visible("#period-confirm").click();
        browser.until(d -> !d.findElement(By.cssSelector("#caisse-period-form .error")).getText().isBlank());
        assertThat(browser.visible("#caisse-period-form .error").getText()).doesNotContain("PERIOD_ALREADY_OPEN");
        assertThat(balance(household[2])).isEqualTo(new java.math.BigDecimal(before).add(new java.math.BigDecimal("30.00")).toPlainString());

        // The other screens of the fund, as a funder's meeting would see them.
        browser.visible("a[data-screen='caisse.funds']").click();
        new Select(browser.visible("#caisse-fund")).selectByValue(fund);
        assertThat(browser.textContains("#caisse-sources", "Département")).contains("Fondation").contains("En attente");
        assertThat(browser.visible("#caisse-criteria").getText()).contains("Fruits").doesNotContain("FRUITS");
        browser.screenshot("caisse-06-fund");
        browser.visible("a[data-screen='caisse.members']").click();
        new Select(browser.visible("#caisse-fund")).selectByValue(fund);
        browser.textContains("#caisse-member-table", household[1]);
        browser.screenshot("caisse-07-members");
        browser.visible("a[data-screen='caisse.projection']").click();
        new Select(browser.visible("#caisse-fund")).selectByValue(fund);
        browser.visible("#caisse-projection-chart");
        assertThat(browser.visible("#caisse-runway").getText()).contains("mois");
        assertThat(browser.all("#caisse-projection-chart rect")).hasSize(12);
        assertThat(browser.all("#caisse-projection-chart .caisse-chart-value")).hasSize(2);
        browser.screenshot("caisse-08-projection");
        browser.visible("a[data-screen='caisse.settlements']").click();
        browser.visible("#caisse-settlement-form");
        browser.screenshot("caisse-09-settlements");
        String revised = shop.fx.unique("R").toUpperCase();
        created(shop.admin.post("/api/pricing/tiers", Map.of("code", revised, "name", "À réviser",
                "organization", shop.store, "percentOfReference", "60", "categoryPercents", Map.of("FRUITS", "40"))));
        browser.visible("a[data-screen='pricing.tiers']").click();
        browser.textContains("#pricing-tier-table", tier);
        browser.screenshot("pricing-01-tiers");
        // The yearly revision of a tier's percentages.
        browser.click("#pricing-tier-table button[data-tier='" + revised + "']");
        // its percent per category is shown as chosen from the list of categories, with its figure
        browser.until(d -> "FRUITS".equals(browser.visible("#tier-edit-categories-choice-0").getAttribute("value")));
        assertThat(browser.visible("#tier-edit-categories-amount-0").getAttribute("value")).isEqualTo("40");
        browser.visible("#tier-edit-percent").sendKeys(Keys.chord(Keys.CONTROL, "a"), "45,5");
        browser.visible("#pricing-tier-edit-submit").click();
        browser.textContains("#pricing-tier-table", "45,5 %");
        assertThat(browser.all("dialog[open]")).isEmpty();
        JsonNode changed = null;
        for (JsonNode t : created(shop.admin.get("/api/pricing/tiers?limit=500")).json().path("items")) {
            if (t.path("code").asText().equals(revised)) {
                changed = t;
            }
        }
        assertThat(changed.path("percentOfReference").asText()).isEqualTo("45.5");
        assertThat(changed.path("categoryPercents").path("FRUITS").asText()).isEqualTo("40");
        browser.visible("a[data-screen='pricing.household']").click();
        browser.visible("#pricing-card").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#pricing-current-tier", "Solidaire");
        assertThat(browser.visible("#pricing-remove-tier").isDisplayed()).isTrue();
        browser.visible("#assess-income").sendKeys("900");
        browser.visible("#pricing-assess-form-submit").click();
        browser.until(d -> !d.findElement(By.id("assess-result")).getText().isBlank());
        assertThat(browser.visible("#assess-income").getAttribute("value")).as("the income is not kept").isEmpty();
        assertThat((String) browser.js("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)")).doesNotContain("900");
        browser.screenshot("pricing-02-household");
        browser.visible("a[data-screen='pricing.balance']").click();
        new Select(browser.visible("#balance-store")).selectByValue(shop.store);
        browser.visible("#balance-submit").click();
        // The sale of the first test: (8.00 − 4.00) + (2.50 − 1.25) given away at the tier's 50 %.
        browser.textContains("#balance-discount", "5,25");
        assertThat(browser.visible("#balance-net").getText()).contains("5,25").containsAnyOf("-", "−");
        browser.visible("#balance-pdf");
        browser.screenshot("pricing-03-balance");

        // The household's means change, then it leaves the fund: its balance is kept as it was.
        String kept = balance(household[2]);
        browser.visible("a[data-screen='caisse.members']").click();
        new Select(browser.visible("#caisse-fund")).selectByValue(fund);
        browser.visible("#caisse-member-table").findElement(By.linkText(household[1])).click();
        // the month's statement opens as a PDF beside the back office
        String backOffice = browser.driver.getWindowHandle();
        browser.click("#member-statement");
        browser.until(d -> d.getWindowHandles().size() == 2);
        for (String window : browser.driver.getWindowHandles()) {
            if (!window.equals(backOffice)) {
                browser.driver.switchTo().window(window);
                assertThat(browser.driver.getCurrentUrl()).startsWith("blob:");
                browser.driver.close();
            }
        }
        browser.driver.switchTo().window(backOffice);
        var amount = browser.visible("#member-new-contribution");
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40,01");
        browser.visible("#caisse-member-change-submit").click();
        browser.until(d -> !d.findElement(By.cssSelector("#caisse-member-change .error")).getText().isBlank());
        assertThat(browser.visible("#caisse-member-change .error").getText()).containsAnyOf("40,01", "40.01")
                .doesNotContain("CONTRIBUTION_OUT_OF_RANGE");
        browser.visible("#member-new-contribution").sendKeys(Keys.chord(Keys.CONTROL, "a"), "12,50");
        browser.visible("#caisse-member-change-submit").click();
        browser.textContains("#caisse-member-table", "12,50");
        assertThat(memberView(household[2]).path("contribution").asText()).isEqualTo("12.50");
        browser.visible("#member-toggle-active").click();
        browser.textContains("#member-toggle-active", "Revenir");
        browser.screenshot("caisse-10-member-left");
        assertThat(memberView(household[2]).path("active").asBoolean()).isFalse();
        assertThat(balance(household[2])).isEqualTo(kept);

        // The foundation signs its pledge: its money becomes available.
        browser.visible("a[data-screen='caisse.funds']").click();
        new Select(browser.visible("#caisse-fund")).selectByValue(fund);
        browser.visible("#caisse-sources button[data-source]").click();
        browser.until(d -> browser.all("#caisse-sources button[data-source]").isEmpty());
        assertThat(browser.visible("#caisse-sources").getText()).doesNotContain("En attente");
        browser.screenshot("caisse-11-pledge-secured");
        assertThat(created(shop.admin.get("/api/caisse/funds/" + fund)).text("pending")).isEqualTo("0.00");
    }

    static com.fasterxml.jackson.databind.JsonNode memberView(String member) {
        return created(shop.admin.get("/api/caisse/members/" + member)).json();
    }

    @Test
    @Order(3)
    void aHouseholdOutsideTheFundIsToldSoAndNothingIsAdded() {
        String[] apples = shop.product("Pommes", "4.00", "UNIT", "FRUITS");
        String[] household = shop.household();
        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#login-username")) {
            browser.login(cashier, Shop.PASSWORD);
        }
        browser.openTillSession("0");
        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-details", household[1]);
        TillSaleIT.scanInto(browser, apples[1]);
        browser.textContains("#ticket-total", "4,00");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#caisse-pay-button").click();
        browser.textContains("#toasts", "n’est pas membre");
        assertThat(browser.present("#caisse-amount")).isFalse();
        assertThat(browser.visible("#pay-remaining").getText()).contains("4,00");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.all("dialog[open]").isEmpty());
    }

    @Test
    @Order(4)
    void aReferrerReadsAHouseholdsTierAndFundInTheBackOffice() {
        String[] household = member("5.00");
        String referrer = shop.user("REFERRER");
        browser.go("/backoffice/");
        browser.driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.go("/backoffice/");
        browser.login(referrer, Shop.PASSWORD);
        browser.visible("a[data-screen='pos.households']").click();
        browser.visible("#household-search").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-card", household[1]);
        // The lines the pricing and caisse bundles word, as on the till's household card: the back office names neither.
        assertThat(browser.visible("#household-card #household-tier").getText()).startsWith("Tarif : Solidaire jusqu’au");
        assertThat(browser.visible("#household-card li.caisse").getText()).contains(fundName).contains("solde " + balance(household[2]).replace('.', ','));
        browser.screenshot("caisse-12-backoffice-household");
    }

    static List<String> periods() {
        List<String> months = new ArrayList<>();
        created(shop.admin.get("/api/caisse/funds/" + fund + "/periods?limit=200")).json().path("items")
                .forEach(p -> months.add(p.path("month").asText()));
        return months;
    }
}
