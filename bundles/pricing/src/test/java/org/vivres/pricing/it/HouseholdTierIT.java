package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.period;
import static org.vivres.pricing.it.PricingFixtures.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * {@code PUT/DELETE /api/households/{id}/tier}, the household's {@code tier} field, its export and
 * erasure, and the {@code HouseholdTiers} service other bundles use.
 */
@ExtendWith(VivresSystem.class)
class HouseholdTierIT {
    static VivresSystem system;
    static PricingFixtures pf;
    static Api admin;
    static String store;
    static String otherStore;
    static String solidaire;
    static String juste;
    static String theirs;
    static Api referrer;
    static Api manager;

    @BeforeAll
    static void setUp(VivresSystem vivres) {
        system = vivres;
        admin = vivres.admin();
        pf = new PricingFixtures(admin);
        store = pf.fx.store();
        otherStore = pf.fx.store();
        solidaire = pf.tier(store, "30");
        juste = pf.tier(null, "70");
        theirs = pf.tier(otherStore, "20");
        referrer = pf.fx.user("REFERRER", store);
        manager = pf.fx.user("MANAGER", store);
    }

    private static Api.Response put(Api as, String household, Object body) {
        return as.put("/api/households/" + household + "/tier", body);
    }

    @Test
    void aReferrerAssignsATierThatTheHouseholdShows() {
        String household = pf.fx.household(store);
        LocalDate to = today().plusMonths(6);
        Api.Response r = put(referrer, household, period(solidaire, today(), to));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("household")).isEqualTo(household);
        assertThat(r.text("tier")).isEqualTo(solidaire);
        assertThat(r.text("validTo")).isEqualTo(to.toString());
        JsonNode tier = pf.tierOf(pf.fx.user("CASHIER", store), household);
        assertThat(tier.path("code").asText()).isEqualTo(solidaire);
        assertThat(tier.path("name").asText()).isEqualTo("Tarif " + solidaire);
        assertThat(tier.path("validFrom").asText()).isEqualTo(today().toString());
        assertThat(tier.path("validTo").asText()).isEqualTo(to.toString());
        Api.Response search = referrer.get("/api/households?reference="
                + referrer.get("/api/households/" + household).text("reference"));
        assertThat(search.json().path("items").get(0).path("tier").path("code").asText()).isEqualTo(solidaire);
    }

    @Test
    void theHouseholdCarriesWhatTheTillNeedsToPriceItOffline() {
        String offline = pf.tier(store, "45.5", Map.of("FRUITS", "25"), null, "300.00");
        String household = pf.fx.household(store);
        assertThat(put(referrer, household, period(offline, today(), today().plusMonths(1))).status()).isEqualTo(200);

        JsonNode tier = pf.tierOf(pf.fx.user("CASHIER", store), household);

        assertThat(tier.path("percentOfReference").asText()).isEqualTo("45.5");
        assertThat(tier.path("categoryPercents").path("FRUITS").asText()).isEqualTo("25");
        assertThat(tier.path("organization").asText()).as("limited to its store").isEqualTo(store);
        assertThat(tier.has("monthlyCap")).as("the cap stays on the server").isFalse();

        String network = pf.fx.household(store);
        assertThat(put(referrer, network, period(juste, today(), today().plusMonths(1))).status()).isEqualTo(200);
        JsonNode wide = pf.tierOf(pf.fx.user("CASHIER", store), network);
        assertThat(wide.path("organization").isNull()).as("a network-wide tier").isTrue();
        assertThat(wide.path("categoryPercents").size()).isZero();
    }

    @Test
    void aManagerReplacesTheCurrentAssignmentWithANetworkWideTier() {
        String household = pf.fx.household(store);
        assertThat(put(referrer, household, period(solidaire, today(), today().plusDays(10))).status()).isEqualTo(200);
        Api.Response r = put(manager, household, period(juste, today().minusDays(3), today().plusDays(20)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(pf.tierOf(manager, household).path("code").asText()).isEqualTo(juste);
        Api.Response export = manager.get("/api/households/" + household + "/export");
        JsonNode assignments = export.json().path("pricing").path("assignments");
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).path("tier").asText()).isEqualTo(juste);
        assertThat(assignments.get(0).path("validFrom").asText()).isEqualTo(today().minusDays(3).toString());
    }

    @Test
    void aCashierMayNotAssignATier() {
        String household = pf.fx.household(store);
        Api.Response r = put(pf.fx.user("CASHIER", store), household, period(solidaire, today(), today()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(pf.tierOf(admin, household).isMissingNode()).isTrue();
    }

    @Test
    void refusedAssignmentsLeaveTheCurrentOneInPlace() {
        String household = pf.fx.household(store);
        LocalDate to = today().plusDays(30);
        pf.assign(household, solidaire, today(), to);
        Api.Response r = put(referrer, household, period(juste, today(), today().minusDays(1)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_PERIOD");
        r = put(referrer, household, period("NO-SUCH-TIER", today(), to));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("UNKNOWN_TIER");
        r = put(referrer, household, period(theirs, today(), to));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("TIER_OF_ANOTHER_STORE");
        r = put(admin, household, period(theirs, today(), to));
        assertThat(r.code()).isEqualTo("TIER_OF_ANOTHER_STORE");
        r = put(referrer, household, Map.of("tier", juste, "validFrom", today().toString()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("FIELD_REQUIRED");
        r = put(referrer, household, Map.of("tier", juste, "validFrom", "2026-13-01", "validTo", to.toString()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_FIELD");
        r = put(referrer, household, Map.of("validFrom", today().toString(), "validTo", to.toString()));
        assertThat(r.code()).isEqualTo("FIELD_REQUIRED");
        JsonNode tier = pf.tierOf(admin, household);
        assertThat(tier.path("code").asText()).isEqualTo(solidaire);
        assertThat(tier.path("validTo").asText()).isEqualTo(to.toString());
    }

    @Test
    void aHouseholdOfAnotherStoreIsNotFound() {
        String foreign = pf.fx.household(otherStore);
        Api.Response r = put(referrer, foreign, period(juste, today(), today().plusDays(5)));
        assertThat(r.status()).isEqualTo(404);
        assertThat(pf.tierOf(admin, foreign).isMissingNode()).isTrue();
        assertThat(put(referrer, UUID.randomUUID().toString(), period(juste, today(), today())).status())
                .isEqualTo(404);
        assertThat(put(referrer, "not-an-id", period(juste, today(), today())).status()).isEqualTo(404);
        assertThat(referrer.delete("/api/households/" + foreign + "/tier").status()).isEqualTo(404);
    }

    @Test
    void anExpiredAssignmentIsNoLongerShownAndAnUpcomingOneIs() {
        String expired = pf.fx.household(store);
        pf.assign(expired, solidaire, today().minusDays(30), today().minusDays(1));
        assertThat(pf.tierOf(referrer, expired).isMissingNode()).isTrue();
        String upcoming = pf.fx.household(store);
        pf.assign(upcoming, solidaire, today().plusDays(3), today().plusDays(30));
        assertThat(pf.tierOf(referrer, upcoming).path("validFrom").asText()).isEqualTo(today().plusDays(3).toString());
    }

    @Test
    void removingTheTierLeavesTheHouseholdWithout() {
        String household = pf.fx.household(store);
        pf.assign(household, solidaire, today(), today().plusDays(30));
        assertThat(referrer.delete("/api/households/" + household + "/tier").status()).isEqualTo(204);
        assertThat(pf.tierOf(referrer, household).isMissingNode()).isTrue();
        assertThat(pf.fx.user("CASHIER", store).delete("/api/households/" + household + "/tier").status())
                .isEqualTo(403);
    }

    @Test
    void erasingTheHouseholdDeletesItsAssignment() {
        String household = pf.fx.household(store);
        pf.assign(household, solidaire, today(), today().plusDays(30));
        assertThat(manager.get("/api/households/" + household + "/export").json()
                .path("pricing").path("assignments")).hasSize(1);
        assertThat(manager.delete("/api/households/" + household).status()).isEqualTo(204);
        assertThat(manager.get("/api/households/" + household + "/export").json()
                .path("pricing").path("assignments")).isEmpty();
        assertThat(pf.tierOf(manager, household).isMissingNode()).isTrue();
        Api.Response r = put(manager, household, period(solidaire, today(), today()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("HOUSEHOLD_ERASED");
    }

    @Test
    void otherBundlesReadTheTierValidOnADate() throws Exception {
        String household = pf.fx.household(store);
        pf.assign(household, solidaire, today().minusDays(2), today().plusDays(2));
        assertThat(tierOf(household, today())).contains(solidaire);
        assertThat(tierOf(household, today().plusDays(2))).contains(solidaire);
        assertThat(tierOf(household, today().plusDays(3))).isEmpty();
        assertThat(tierOf(household, today().minusDays(3))).isEmpty();
        assertThat(tierOf(pf.fx.household(store), today())).isEmpty();
    }

    /** {@code HouseholdTiers.tierOf} called through the framework, in a transaction of its own. */
    private static Optional<Object> tierOf(String household, LocalDate date) throws Exception {
        BundleContext context = system.running().framework().getBundleContext();
        // All references: the test's system bundle does not import the API package, so it cannot be "assignable".
        ServiceReference<?> tiersRef = context.getAllServiceReferences("org.vivres.erp.api.HouseholdTiers", null)[0];
        ServiceReference<?> txRef = context.getAllServiceReferences("org.vivres.erp.api.ErpTransactions", null)[0];
        Object tiers = context.getService(tiersRef);
        Object tx = context.getService(txRef);
        try {
            Method tierOf = Class.forName("org.vivres.erp.api.HouseholdTiers", true, tiers.getClass().getClassLoader())
                    .getMethod("tierOf", UUID.class, LocalDate.class);
            Method inTransaction = Class.forName("org.vivres.erp.api.ErpTransactions", true,
                    tx.getClass().getClassLoader()).getMethod("inTransaction", Supplier.class);
            Supplier<Object> work = () -> {
                try {
                    return tierOf.invoke(tiers, UUID.fromString(household), date);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            Optional<?> found = (Optional<?>) inTransaction.invoke(tx, work);
            return found.map(Object.class::cast);
        } finally {
            context.ungetService(tiersRef);
            context.ungetService(txRef);
        }
    }
}
