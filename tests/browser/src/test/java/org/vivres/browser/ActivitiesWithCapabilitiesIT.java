package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * Activities with the activities and pricing bundles installed: a manager creates an activity and
 * a session with a fee per tier in the back office, registers a household and marks it present;
 * at the till, the household's unpaid fee is added from the activities panel and paid in cash, which
 * marks the registration paid; the report shows it. A fee paid comes back through the till's return.
 */
@ExtendWith(VivresSystem.class)
class ActivitiesWithCapabilitiesIT {
    static Shop shop;
    static Browser browser;
    static String manager;
    static String cashier;
    static String tier;

    @RegisterExtension
    static final FailureShots SHOTS = new FailureShots(() -> browser);

    @BeforeAll
    static void setUp(VivresSystem system, Api admin) {
        shop = new Shop(admin);
        manager = shop.user("MANAGER");
        cashier = shop.user("CASHIER");
        tier = shop.fx.unique("A").toUpperCase();
        created(admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Solidaire", "organization", shop.store,
                "percentOfReference", "50", "categoryPercents", Map.of())));
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

    @Test
    void anActivityFromTheBackOfficeToTheTill() {
        String[] household = shop.household();
        LocalDate today = LocalDate.now();
        created(shop.admin.put("/api/households/" + household[0] + "/tier", Map.of("tier", tier,
                "validFrom", today.minusDays(1).toString(), "validTo", today.plusYears(1).toString())));
        String[] bread = shop.product("Pain", "3.00", "UNIT");

        browser.go("/backoffice/#/activities.activities");
        browser.login(manager, Shop.PASSWORD);
        String name = shop.fx.unique("Atelier soupe");
        browser.visible("#activity-name").sendKeys(name);
        new Select(browser.visible("#activity-kind")).selectByValue("COOKING_WORKSHOP");
        browser.visible("#activity-form-submit").click();
        browser.textContains("#activity-title", name);
        String activity = null;
        for (JsonNode a : shop.admin.get("/api/activities?organization=" + shop.store).json().path("items")) {
            if (name.equals(a.path("name").asText())) {
                activity = a.path("id").asText();
                assertThat(a.path("kind").asText()).isEqualTo("COOKING_WORKSHOP");
            }
        }
        assertThat(activity).isNotNull();

        // A session tomorrow (the default), 8 places, 6 € or 2 € for the tier.
        browser.visible("#session-capacity").sendKeys(Keys.chord(Keys.CONTROL, "a"), "8");
        browser.visible("#session-fee").sendKeys("6");
        browser.choose("#tier-fees-choice-0", tier);
        browser.visible("#tier-fees-amount-0").sendKeys("2");
        browser.screenshot("activities-01-session");
        browser.visible("#session-form-submit").click();
        browser.textContains("#session-table", "2,00");
        JsonNode session = shop.admin.get("/api/activities/" + activity).json().path("sessions").get(0);
        assertThat(session.path("capacity").asInt()).isEqualTo(8);
        assertThat(session.path("fee").asText()).isEqualTo("6.00");
        assertThat(session.path("tierFees").path(tier).asText()).isEqualTo("2.00");

        // An offer: bread at 1 € for the registered households.
        browser.visible(".new-offer summary").click();
        new Select(browser.visible("#offer-product")).selectByValue(bread[0]);
        browser.visible("#offer-price").sendKeys("1");
        browser.visible("#offer-max").sendKeys("2");
        browser.visible("#offer-form-submit").click();
        browser.textContains("#offer-table", bread[2]);
        browser.screenshot("activities-02-activity");

        // Registration by card, then attendance.
        browser.visible("a[data-screen='activities.registrations']").click();
        new Select(browser.visible("#activity-pick")).selectByValue(activity);
        browser.visible("#registration-card").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#registration-table", household[1]);
        JsonNode registration = shop.admin.get("/api/activities/sessions/" + session.path("id").asText() + "/registrations")
                .json().path("items").get(0);
        assertThat(registration.path("fee").asText()).as("the tier's fee").isEqualTo("2.00");
        browser.visible("#registration-table button[data-household='" + household[0] + "']").click();
        browser.until(d -> browser.all("#registration-table .attended").size() == 1);
        browser.screenshot("activities-03-registrations");
        // The same card again: refused, said in the form.
        browser.visible("#registration-card").sendKeys(household[1] + Keys.ENTER);
        browser.until(d -> !browser.visible("#registration-form .error").getText().isBlank());
        // Another household registers, then cannot come: its place is given back.
        String[] other = shop.household();
        browser.visible("#registration-card").sendKeys(Keys.chord(Keys.CONTROL, "a"), other[1] + Keys.ENTER);
        browser.textContains("#registration-table", other[1]);
        browser.click("#registration-table button[data-cancel]");
        browser.visible("#registration-cancel-confirm").click();
        browser.until(d -> !browser.visible("#registration-table").getText().contains(other[1]));
        assertThat(shop.admin.get("/api/activities/sessions/" + session.path("id").asText() + "/registrations")
                .json().path("items")).hasSize(1);

        // At the till: the panel lists the unpaid fee; one touch adds it, cash pays it.
        browser.logout();
        browser.go("/pos/");
        browser.login(cashier, Shop.PASSWORD);
        browser.visible("#product-search");
        browser.openTillSession("0");
        browser.textContains("[data-contribution='activities.fees']", "Scannez");
        browser.visible("#household-input").sendKeys(household[1] + Keys.ENTER);
        browser.textContains("#household-details", household[1]);
        browser.textContains("#activity-fees", name);
        browser.screenshot("activities-04-till-panel");
        browser.click("#activity-fees button[data-registration='" + registration.path("id").asText() + "']");
        browser.textContains("#ticket-total", "2,00");
        browser.textContains("#activity-fees", "Sur le ticket");
        browser.until(d -> browser.all("#lines-body td.paid-price.pending").isEmpty());
        browser.visible("#product-search").sendKeys(Keys.F9);
        browser.visible("#pay-amount").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2" + Keys.ENTER);
        browser.visible("#receipt");
        browser.screenshot("activities-05-paid");
        browser.until(d -> shop.admin.get("/api/activities/sessions/" + session.path("id").asText() + "/registrations")
                .json().path("items").get(0).path("paid").asBoolean());
        JsonNode unpaid = shop.admin.get("/api/activities/registrations?household=" + household[0] + "&unpaid=true").json();
        assertThat(unpaid.path("items")).isEmpty();

        // The report.
        browser.go("/backoffice/#/activities.report");
        browser.login(manager, Shop.PASSWORD);
        new Select(browser.visible("#activity-pick")).selectByValue(activity);
        String totals = browser.textContains("#report-totals", "1 inscrit");
        assertThat(totals).contains("1 présent").doesNotContain("1 inscrits").doesNotContain("1 présents").contains("2,00");
        browser.visible("#report-pdf");
        browser.screenshot("activities-06-report");

        // The bread offer ends: cancelled first, then confirmed; the till's next quote pays the usual price.
        browser.visible("a[data-screen='activities.activities']").click();
        browser.visible("#activity-table button[data-activity='" + activity + "']").click();
        browser.visible("#offer-table button[data-offer]").click();
        browser.visible("#offer-end-cancel").click();
        browser.until(d -> browser.all("dialog[open]").isEmpty());
        assertThat(offerEnded(activity)).isFalse();
        browser.visible("#offer-table button[data-offer]").click();
        browser.visible("#offer-end-confirm").click();
        browser.textContains("#offer-table", "Terminée le");
        browser.screenshot("activities-07-offer-ended");
        assertThat(offerEnded(activity)).isTrue();
        JsonNode quote = shop.admin.post("/api/tickets/quote", Map.of("organization", shop.store, "household",
                household[0], "lines", List.of(Map.of("product", bread[0], "quantity", "1")))).json();
        assertThat(quote.path("lines").get(0).path("priceRule").asText()).isNotEqualTo("ACTIVITY:"
                + shop.admin.get("/api/activities/" + activity).json().path("offers").get(0).path("id").asText());
    }

    @Test
    void aPaidFeeComesBackThroughTheTillsReturn() {
        String[] household = shop.household();
        String name = shop.fx.unique("Visite de ferme");
        String activity = created(shop.admin.post("/api/activities", Map.of("name", name, "kind", "FARM_VISIT",
                "organization", shop.store))).text("id");
        String session = created(shop.admin.post("/api/activities/" + activity + "/sessions", Map.of("startsAt",
                OffsetDateTime.now().plusDays(2).withNano(0).toString(), "capacity", 10, "fee", "3.00"))).text("id");
        String registration = created(shop.admin.post("/api/activities/sessions/" + session + "/registrations",
                Map.of("household", household[0]))).text("id");
        Api.Response sold = created(shop.admin.post("/api/tickets", Map.of("organization", shop.store,
                "household", household[0], "lines", List.of(Map.of("registration", registration, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.00")))));

        browser.go("/pos/");
        browser.until(d -> browser.present("#login-username") || browser.present("#product-search"));
        if (browser.present("#product-search")) {
            browser.logout();
        }
        browser.login(cashier, Shop.PASSWORD);
        browser.openTillSession("0");
        browser.visible("#product-search").sendKeys(Keys.F7);
        browser.visible("#return-ticket").sendKeys(sold.text("documentNo") + Keys.ENTER);
        // the fee is named as the activity and its session, not by its registration's id
        assertThat(browser.textContains("#return-content", name)).doesNotContain(registration);
        browser.visible(".return-qty[data-registration='" + registration + "']")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        browser.visible("#return-submit").click();
        assertThat(browser.textContains("#return-done", "Espèces")).contains("3,00");
        browser.screenshot("activities-08-fee-returned");
        assertThat(shop.admin.get("/api/activities/registrations?household=" + household[0] + "&unpaid=true")
                .json().path("items")).hasSize(1);
    }

    boolean offerEnded(String activity) {
        return !shop.admin.get("/api/activities/" + activity).json().path("offers").get(0).path("endedAt").isNull();
    }
}
