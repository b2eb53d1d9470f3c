package org.vivres.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.activities.ActivityFixtures.PARIS;
import static org.vivres.activities.ActivityFixtures.created;
import static org.vivres.activities.ActivityFixtures.fee;
import static org.vivres.activities.ActivityFixtures.noon;
import static org.vivres.activities.ActivityFixtures.offer;
import static org.vivres.activities.ActivityFixtures.product;
import static org.vivres.activities.ActivityFixtures.register;
import static org.vivres.activities.ActivityFixtures.sale;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * With the pricing bundle installed (its own test JVM, see the pom): fees by tier through
 * {@code HouseholdTiers}, and offers competing with tier prices (the lowest wins).
 */
@ExtendWith(VivresSystem.class)
class ActivitiesWithPricingIT {
    static Fixtures fx;
    static ActivityFixtures afx;
    static String store;
    static Api manager;
    static Api cashier;
    static String halfPrice;
    static String support;
    static String activity;
    static String session;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        afx = new ActivityFixtures(fx);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
        halfPrice = tier("50");
        support = tier("120");
        activity = afx.activity(manager, store);
        session = created(manager.post("/api/activities/" + activity + "/sessions", Map.of("startsAt", noon(0),
                "capacity", 50, "fee", "4.00", "tierFees", Map.of(halfPrice, "1.00", support, "6.00"))));
    }

    static String tier(String percent) {
        String code = fx.unique("T").replace('-', '_');
        Api.Response r = manager.post("/api/pricing/tiers", Map.of("code", code, "name", code, "organization", store,
                "percentOfReference", percent));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    static String householdOf(String tierCode) {
        String household = fx.household(store);
        if (tierCode != null) {
            LocalDate today = LocalDate.now(PARIS);
            Api.Response r = manager.put("/api/households/" + household + "/tier", Map.of("tier", tierCode,
                    "validFrom", today.minusDays(1).toString(), "validTo", today.plusDays(30).toString()));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        return household;
    }

    @Test
    void aHouseholdPaysTheFeeOfItsTierElseTheSessionFee() {
        assertThat(register(cashier, session, householdOf(halfPrice)).text("fee")).isEqualTo("1.00");
        assertThat(register(cashier, session, householdOf(support)).text("fee")).isEqualTo("6.00");
        assertThat(register(cashier, session, householdOf(null)).text("fee")).isEqualTo("4.00");
        // A tier the session names no fee for.
        assertThat(register(cashier, session, householdOf(tier("80"))).text("fee")).isEqualTo("4.00");
    }

    @Test
    void theFeeLineShowsTheSessionFeeAsReferenceAndTheTierFeeAsPrice() {
        String household = householdOf(halfPrice);
        String registration = created(register(cashier, session, household));
        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, "1.00", List.of(fee(registration))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode line = r.json().path("lines").get(0);
        assertThat(line.path("referencePrice").asText()).isEqualTo("4.00");
        assertThat(line.path("unitPrice").asText()).isEqualTo("1.00");
        assertThat(line.path("priceRule").asText()).isEqualTo("ACTIVITY_FEE");
    }

    @Test
    void theLowestOfTheOfferAndTheTierPriceWins() {
        String cheap = fx.product("3.00");
        String dear = fx.product("3.00");
        fx.stock(store, cheap, "100");
        fx.stock(store, dear, "100");
        String cheapOffer = offer(manager, activity, cheap, "0.50", "2", 0);
        offer(manager, activity, dear, "2.00", "2", 0);
        String household = householdOf(halfPrice);
        created(register(cashier, session, household));
        // cheap: 2 at 0.50 (offer), then 1 at 1.50 (tier, not the reference price); dear: the tier's 1.50 beats 2.00.
        Api.Response r = cashier.post("/api/tickets", sale(null, store, household, "4.00",
                List.of(product(cheap, "3"), product(dear, "1"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        List<String> rules = new ArrayList<>();
        r.json().path("lines").forEach(l -> rules.add(l.path("priceRule").asText()));
        assertThat(rules).containsExactly("ACTIVITY:" + cheapOffer, "TIER:" + halfPrice, "TIER:" + halfPrice);
        assertThat(r.json().path("lines").get(1).path("unitPrice").asText()).isEqualTo("1.50");
    }

    /** The case: a fee for {@code p1} when the tier is {@code P1} was accepted and the household paid 5,00 €. */
    @Test
    void aFeeForATierThatDoesNotExistHereIsRefusedAndNothingIsWritten() {
        String act = afx.activity(manager, store);
        String path = "/api/activities/" + act + "/sessions";
        Api.Response lowerCase = manager.post(path, Map.of("startsAt", noon(1), "capacity", 10, "fee", "5.00",
                "tierFees", Map.of(halfPrice.toLowerCase(java.util.Locale.ROOT), "2.00")));
        assertThat(lowerCase.status()).isEqualTo(422);
        assertThat(lowerCase.code()).isEqualTo("UNKNOWN_TIER");
        assertThat(lowerCase.message()).contains("tarif", halfPrice.toLowerCase(java.util.Locale.ROOT));
        // Another store's own tier does not price this store's households either.
        String otherStore = fx.store();
        String foreign = fx.unique("T").replace('-', '_');
        assertThat(fx.user("MANAGER", otherStore).post("/api/pricing/tiers", Map.of("code", foreign, "name", foreign,
                "organization", otherStore, "percentOfReference", "40")).status()).isEqualTo(201);
        assertThat(manager.post(path, Map.of("startsAt", noon(1), "capacity", 10, "fee", "5.00",
                "tierFees", Map.of(foreign, "2.00"))).code()).isEqualTo("UNKNOWN_TIER");
        assertThat(manager.get("/api/activities/" + act).json().path("sessions")).isEmpty();

        Api.Response exact = manager.post(path, Map.of("startsAt", noon(1), "capacity", 10, "fee", "5.00",
                "tierFees", Map.of(halfPrice, "2.00")));
        assertThat(exact.status()).as(exact.toString()).isEqualTo(201);
        assertThat(register(cashier, exact.text("id"), householdOf(halfPrice)).text("fee")).isEqualTo("2.00");
    }
}
