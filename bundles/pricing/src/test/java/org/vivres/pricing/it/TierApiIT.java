package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.tierBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** {@code POST/GET /api/pricing/tiers}: who may create which tier, what is refused, who sees what. */
@ExtendWith(VivresSystem.class)
class TierApiIT {
    static PricingFixtures pf;
    static Api admin;
    static String storeA;
    static String storeB;
    static Api managerA;
    static Api managerB;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        pf = new PricingFixtures(admin);
        storeA = pf.fx.store();
        storeB = pf.fx.store();
        managerA = pf.fx.user("MANAGER", storeA);
        managerB = pf.fx.user("MANAGER", storeB);
    }

    private static String code() {
        return pf.fx.unique("T").toUpperCase();
    }

    private static List<String> codes(Api as, String query) {
        Api.Response r = as.get("/api/pricing/tiers?limit=500" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        r.json().path("items").forEach(t -> codes.add(t.path("code").asText()));
        return codes;
    }

    private static JsonNode find(Api as, String code) {
        Api.Response r = as.get("/api/pricing/tiers?limit=500");
        for (JsonNode t : r.json().path("items")) {
            if (t.path("code").asText().equals(code)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void aNetworkAdminCreatesANetworkWideTierThatEveryStoreSees() {
        String code = code();
        Api.Response r = admin.post("/api/pricing/tiers", tierBody(code, null, "30",
                Map.of("legumes", "10", "Fruits", "12.5"), null, "150.00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("id")).isNotBlank();
        assertThat(r.text("code")).isEqualTo(code);
        assertThat(r.text("percentOfReference")).isEqualTo("30");
        assertThat(r.json().path("organization").isNull()).isTrue();
        assertThat(r.json().path("categoryPercents").path("LEGUMES").asText()).isEqualTo("10");
        assertThat(r.json().path("categoryPercents").path("FRUITS").asText()).isEqualTo("12.5");
        assertThat(r.text("monthlyCap")).isEqualTo("150.00");
        Api cashier = pf.fx.user("CASHIER", storeA);
        JsonNode seen = find(cashier, code);
        assertThat(seen).isNotNull();
        assertThat(seen.path("id").asText()).isEqualTo(r.text("id"));
        assertThat(seen.path("categoryPercents").path("LEGUMES").asText()).isEqualTo("10");
        assertThat(codes(managerB, "")).contains(code);
    }

    @Test
    void aManagerCreatesItsStoresOwnTierWhichOtherStoresDoNotSee() {
        String code = code();
        Api.Response r = managerA.post("/api/pricing/tiers", tierBody(code, storeA, "125", Map.of(), "900.00", null));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("organization")).isEqualTo(storeA);
        assertThat(r.text("maxQuotient")).isEqualTo("900.00");
        assertThat(r.json().path("monthlyCap").isNull()).isTrue();
        assertThat(codes(managerA, "")).contains(code);
        assertThat(codes(managerB, "")).doesNotContain(code);
        assertThat(codes(admin, "&organization=" + storeA)).contains(code);
        assertThat(codes(admin, "&organization=" + storeB)).doesNotContain(code);
        assertThat(managerB.get("/api/pricing/tiers?organization=" + storeA).status()).isEqualTo(403);
    }

    @Test
    void aManagerMayNotCreateANetworkWideTierNorAnotherStoresTier() {
        String network = code();
        Api.Response r = managerA.post("/api/pricing/tiers", tierBody(network, null, "30", Map.of(), null, null));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NETWORK_TIER_FORBIDDEN");
        String foreign = code();
        r = managerA.post("/api/pricing/tiers", tierBody(foreign, storeB, "30", Map.of(), null, null));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ORGANIZATION_FORBIDDEN");
        assertThat(codes(admin, "")).doesNotContain(network, foreign);
    }

    @Test
    void cashiersAndReferrersMayNotCreateTiers() {
        String code = code();
        for (String role : List.of("CASHIER", "REFERRER")) {
            Api.Response r = pf.fx.user(role, storeA).post("/api/pricing/tiers",
                    tierBody(code, storeA, "30", Map.of(), null, null));
            assertThat(r.status()).as(role).isEqualTo(403);
            assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
        }
        assertThat(codes(admin, "")).doesNotContain(code);
    }

    @Test
    void aCodeIsUniqueInTheWholeNetwork() {
        String code = code();
        assertThat(managerA.post("/api/pricing/tiers", tierBody(code, storeA, "30", Map.of(), null, null)).status())
                .isEqualTo(201);
        Map<String, Object> again = tierBody(code, storeB, "40", Map.of(), null, null);
        again.put("name", "Autre");
        Api.Response r = managerB.post("/api/pricing/tiers", again);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("TIER_CODE_TAKEN");
        assertThat(r.message()).contains(code);
        assertThat(managerB.english().post("/api/pricing/tiers", again).message())
                .isEqualTo("A tier of the network already has code \"" + code + "\".");
        assertThat(admin.post("/api/pricing/tiers", tierBody(code, null, "40", Map.of(), null, null)).code())
                .isEqualTo("TIER_CODE_TAKEN");
        assertThat(codes(admin, "").stream().filter(code::equals)).hasSize(1);
        assertThat(find(admin, code).path("name").asText()).isEqualTo("Tarif " + code);
    }

    @Test
    void percentsMustBeAboveZeroAndAtMostAThousand() {
        assertThat(admin.post("/api/pricing/tiers", tierBody(code(), storeA, "1000", Map.of(), null, null)).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/pricing/tiers", tierBody(code(), storeA, "0.5", Map.of(), null, null)).status())
                .isEqualTo(201);
        List<String> refused = new ArrayList<>();
        for (String percent : List.of("0", "-5", "1000.01", "abc")) {
            String code = code();
            refused.add(code);
            Api.Response r = admin.post("/api/pricing/tiers", tierBody(code, storeA, percent, Map.of(), null, null));
            assertThat(r.status()).as(percent).isEqualTo(400);
        }
        String code = code();
        refused.add(code);
        Api.Response r = admin.post("/api/pricing/tiers", tierBody(code, storeA, "1001", Map.of(), null, null));
        assertThat(r.code()).isEqualTo("INVALID_PERCENT");
        code = code();
        refused.add(code);
        r = admin.post("/api/pricing/tiers", tierBody(code, storeA, "30", Map.of("LEGUMES", "0"), null, null));
        assertThat(r.code()).isEqualTo("INVALID_PERCENT");
        code = code();
        refused.add(code);
        r = admin.post("/api/pricing/tiers", tierBody(code, storeA, "30", Map.of("LEGUMES", "1500"), null, null));
        assertThat(r.code()).isEqualTo("INVALID_PERCENT");
        assertThat(codes(admin, "")).doesNotContainAnyElementsOf(refused);
    }

    @Test
    void malformedTiersAreRefusedAndNothingIsWritten() {
        List<String> refused = new ArrayList<>();
        Map<String, Object> numberPercent = tierBody(code(), storeA, "30", Map.of(), null, null);
        numberPercent.put("percentOfReference", 30);
        assertRefused(numberPercent, 400, "INVALID_FIELD", refused);
        Map<String, Object> noCode = tierBody(code(), storeA, "30", Map.of(), null, null);
        noCode.remove("code");
        assertThat(admin.post("/api/pricing/tiers", noCode).code()).isEqualTo("FIELD_REQUIRED");
        Map<String, Object> noName = tierBody(code(), storeA, "30", Map.of(), null, null);
        noName.remove("name");
        assertRefused(noName, 400, "FIELD_REQUIRED", refused);
        assertRefused(tierBody("A B", storeA, "30", Map.of(), null, null), 400, "INVALID_TIER_CODE", refused);
        assertRefused(tierBody(code(), storeA, "30", new LinkedHashMap<>(Map.of("legumes", "10", "LEGUMES", "20")),
                null, null), 400, "DUPLICATE_CATEGORY", refused);
        assertRefused(tierBody(code(), storeA, "30", Map.of(), null, "0"), 400, "INVALID_AMOUNT", refused);
        assertRefused(tierBody(code(), storeA, "30", Map.of(), "-1.00", null), 400, "INVALID_AMOUNT", refused);
        assertRefused(tierBody(code(), storeA, "30", Map.of(), "1.234", null), 400, "INVALID_AMOUNT", refused);
        Map<String, Object> unknownField = tierBody(code(), storeA, "30", Map.of(), null, null);
        unknownField.put("percent", "30");
        assertRefused(unknownField, 400, "UNKNOWN_FIELD", refused);
        assertRefused(tierBody(code(), pf.fx.hub(), "30", Map.of(), null, null), 422, "NOT_A_STORE", refused);
        assertRefused(tierBody(code(), java.util.UUID.randomUUID().toString(), "30", Map.of(), null, null), 404,
                "NOT_FOUND", refused);
        assertThat(codes(admin, "")).doesNotContainAnyElementsOf(refused);
    }

    /** A percent for a category that is not in the kernel's list would never apply: refused, on create and change. */
    @Test
    void aPercentForAnUnknownCategoryIsRefusedAndNothingIsWritten() {
        List<String> refused = new ArrayList<>();
        assertRefused(tierBody(code(), storeA, "30", Map.of("EPICERIE_FINE", "10"), null, null), 422,
                "UNKNOWN_CATEGORY", refused);
        assertThat(codes(admin, "")).doesNotContainAnyElementsOf(refused);
        String code = code();
        assertThat(admin.post("/api/pricing/tiers", tierBody(code, storeA, "30", Map.of("fruits", "10"), null, null))
                .status()).isEqualTo(201);
        Api.Response change = managerA.put("/api/pricing/tiers/" + code, Map.of("name", "Tarif", "percentOfReference",
                "30", "categoryPercents", Map.of("FRUITS", "10", "BIO", "5")));
        assertThat(change.status()).as(change.toString()).isEqualTo(422);
        assertThat(change.code()).isEqualTo("UNKNOWN_CATEGORY");
        assertThat(change.message()).contains("catégorie « BIO »");
        assertThat(find(admin, code).path("categoryPercents").size()).isEqualTo(1);
    }

    private static void assertRefused(Map<String, Object> body, int status, String code, List<String> refused) {
        refused.add(String.valueOf(body.get("code")));
        Api.Response r = admin.post("/api/pricing/tiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).isEqualTo(code);
    }

    @Test
    void listingNeedsALogin() {
        assertThat(admin.anonymous().get("/api/pricing/tiers").status()).isEqualTo(401);
    }
}
