package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Funds, their sources, conventions, eligibility rules and projection: set up by a network admin, read by managers. */
@ExtendWith(VivresSystem.class)
class CaisseFundIT {
    static Api admin;
    static CaisseFixtures cx;
    static String store;
    static Api manager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        cx = new CaisseFixtures(admin);
        store = cx.fx.store();
        manager = cx.fx.user("MANAGER", store);
    }

    @Test
    void aNetworkAdminCreatesAFundThatManagersRead() {
        String name = cx.fx.unique("Caisse de Montpellier");
        Api.Response r = admin.post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", "100.00",
                "minContribution", "1.00", "maxContribution", "150.00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("name")).isEqualTo(name);
        assertThat(r.text("monthlyAllowance")).isEqualTo("100.00");
        assertThat(r.text("available")).isEqualTo("0.00");
        assertThat(r.json().path("members").asInt()).isZero();
        String id = r.text("id");
        JsonNode read = manager.get("/api/caisse/funds/" + id).json();
        assertThat(read.path("name").asText()).isEqualTo(name);
        assertThat(read.path("minContribution").asText()).isEqualTo("1.00");
        assertThat(read.path("maxContribution").asText()).isEqualTo("150.00");
        for (String field : List.of("secured", "pending", "contributionsCollected", "allowancesCredited", "spent",
                "available", "monthlyNet")) {
            assertThat(read.path(field).isTextual()).as(field).isTrue();
            assertThat(read.path(field).asText()).as(field).isEqualTo("0.00");
        }
        assertThat(manager.get("/api/caisse/funds?limit=500").raw()).contains(id);
    }

    @Test
    void fundRefusalsWriteNothing() {
        String name = cx.fx.unique("Caisse");
        Api.Response noName = admin.post("/api/caisse/funds", Map.of("monthlyAllowance", "100.00",
                "minContribution", "1.00"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.code()).isEqualTo("FIELD_REQUIRED");
        Api.Response number = admin.post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", 100,
                "minContribution", "1.00"));
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.code()).isEqualTo("INVALID_FIELD");
        Api.Response range = admin.post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", "100.00",
                "minContribution", "10.00", "maxContribution", "5.00"));
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.code()).isEqualTo("INVALID_CONTRIBUTION_RANGE");
        Api.Response zero = admin.post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", "0.00",
                "minContribution", "1.00"));
        assertThat(zero.code()).isEqualTo("INVALID_AMOUNT");
        Api.Response byManager = manager.post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", "100.00",
                "minContribution", "1.00"));
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(byManager.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(admin.get("/api/caisse/funds?limit=500").raw()).doesNotContain(name);

        created(admin.post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", "100.00",
                "minContribution", "1.00")));
        Api.Response again = admin.post("/api/caisse/funds", Map.of("name", name.toUpperCase(),
                "monthlyAllowance", "50.00", "minContribution", "1.00"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("FUND_NAME_TAKEN");
        assertThat(again.message()).contains(name.toUpperCase());
        assertThat(admin.english().post("/api/caisse/funds", Map.of("name", name, "monthlyAllowance", "50.00",
                "minContribution", "1.00")).message()).startsWith("A fund is already named");
        long named = admin.get("/api/caisse/funds?limit=500").json().path("items").findValuesAsText("name").stream()
                .filter(n -> n.equalsIgnoreCase(name)).count();
        assertThat(named).isEqualTo(1);
        assertThat(admin.get("/api/caisse/funds/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aCashierCannotReadFunds() {
        Api cashier = cx.fx.user("CASHIER", store);
        assertThat(cashier.get("/api/caisse/funds").status()).isEqualTo(403);
    }

    @Test
    void securedSourcesAreAvailableAndPendingOnesAreNot() {
        String fund = cx.fund("100.00", "1.00", null);
        Api.Response s = admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", "Métropole",
                "kind", "PUBLIC", "amount", "12000.00", "status", "SECURED"));
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        assertThat(s.text("funder")).isEqualTo("Métropole");
        assertThat(s.text("amount")).isEqualTo("12000.00");
        cx.source(fund, "PRIVATE", "3000.50", "PENDING");
        cx.source(fund, "CITIZEN", "250.00", "SECURED");
        JsonNode view = cx.fundView(fund);
        assertThat(view.path("secured").asText()).isEqualTo("12250.00");
        assertThat(view.path("pending").asText()).isEqualTo("3000.50");
        assertThat(view.path("available").asText()).isEqualTo("12250.00");
        assertThat(view.path("sources")).hasSize(3);
    }

    @Test
    void sourceRefusalsWriteNothing() {
        String fund = cx.fund("100.00", "1.00", null);
        String path = "/api/caisse/funds/" + fund + "/sources";
        assertThat(admin.post(path, Map.of("funder", "X", "kind", "LOTTERY", "amount", "10.00", "status", "SECURED"))
                .code()).isEqualTo("INVALID_VALUE");
        assertThat(admin.post(path, Map.of("funder", "X", "kind", "PUBLIC", "amount", "0.00", "status", "SECURED"))
                .code()).isEqualTo("INVALID_AMOUNT");
        assertThat(admin.post(path, Map.of("funder", "X", "kind", "PUBLIC", "amount", "10.001", "status", "SECURED"))
                .code()).isEqualTo("INVALID_AMOUNT");
        assertThat(admin.post(path, Map.of("funder", "X", "kind", "PUBLIC", "amount", "10.00", "status", "MAYBE"))
                .code()).isEqualTo("INVALID_VALUE");
        assertThat(admin.post(path, Map.of("funder", "X", "kind", "PUBLIC", "amount", "10.00")).code())
                .isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post(path, Map.of("funder", "X", "kind", "PUBLIC", "amount", "10.00", "status", "SECURED"))
                .status()).isEqualTo(403);
        assertThat(admin.post("/api/caisse/funds/" + UUID.randomUUID() + "/sources", Map.of("funder", "X",
                "kind", "PUBLIC", "amount", "10.00", "status", "SECURED")).status()).isEqualTo(404);
        JsonNode view = cx.fundView(fund);
        assertThat(view.path("secured").asText()).isEqualTo("0.00");
        assertThat(view.path("sources")).isEmpty();
    }

    @Test
    void conventionsNameStoresAndRefuseHubsAndBadDates() {
        String fund = cx.fund("100.00", "1.00", null);
        String path = "/api/caisse/funds/" + fund + "/conventions";
        Api.Response c = admin.post(path, Map.of("organization", store, "validFrom", "2026-01-01",
                "validTo", "2026-12-31"));
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        assertThat(c.text("organization")).isEqualTo(store);
        assertThat(c.text("validTo")).isEqualTo("2026-12-31");
        assertThat(admin.post(path, Map.of("organization", cx.fx.hub(), "validFrom", "2026-01-01")).code())
                .isEqualTo("NOT_A_STORE");
        Api.Response dates = admin.post(path, Map.of("organization", store, "validFrom", "2026-02-01",
                "validTo", "2026-01-31"));
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.code()).isEqualTo("INVALID_DATE_RANGE");
        assertThat(admin.post(path, Map.of("organization", store, "validFrom", "01/02/2026")).status()).isEqualTo(400);
        assertThat(admin.post(path, Map.of("organization", UUID.randomUUID().toString(), "validFrom", "2026-01-01"))
                .status()).isEqualTo(404);
        assertThat(manager.post(path, Map.of("organization", store, "validFrom", "2026-01-01")).status())
                .isEqualTo(403);
        assertThat(manager.get(path).json().path("items")).hasSize(1);
        assertThat(cx.fundView(fund).path("conventions")).hasSize(1);
    }

    @Test
    void eligibilityFollowsEveryRuleOfTheCommittee() {
        String fund = cx.fund("100.00", "1.00", null);
        String carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of("ORGANIC"), 30);
        String farAwayApples = cx.fx.product("FRUITS", "3.00", "KG", List.of("ORGANIC"), 900);
        String soda = cx.fx.product("BOISSONS", "1.20", "UNIT", List.of(), 10);
        String path = "/api/caisse/funds/" + fund + "/eligible?product=";
        Api cashier = cx.fx.user("CASHIER", store);
        assertThat(cashier.get(path + soda).json().path("eligible").asBoolean()).isTrue();

        Api.Response near = admin.post("/api/caisse/funds/" + fund + "/criteria", Map.of("maxOriginKm", 100,
                "excludedCategories", List.of("boissons")));
        assertThat(near.status()).as(near.toString()).isEqualTo(201);
        assertThat(near.json().path("excludedCategories").get(0).asText()).isEqualTo("BOISSONS");
        assertThat(near.json().path("categories").isNull()).isTrue();
        Api.Response fresh = admin.post("/api/caisse/funds/" + fund + "/criteria",
                Map.of("categories", List.of("LEGUMES", "FRUITS"), "labels", List.of("ORGANIC", "LOCAL")));
        assertThat(fresh.status()).isEqualTo(201);

        assertThat(cashier.get(path + carrots).json().path("eligible").asBoolean()).isTrue();
        assertThat(cashier.get(path + carrots).json().path("failedRules")).isEmpty();
        JsonNode apples = manager.get(path + farAwayApples).json();
        assertThat(apples.path("eligible").asBoolean()).isFalse();
        assertThat(apples.path("failedRules")).hasSize(1);
        assertThat(apples.path("failedRules").get(0).path("id").asText()).isEqualTo(near.text("id"));
        assertThat(apples.path("failedRules").get(0).path("reasons").get(0).asText()).isEqualTo("ORIGIN_KM");
        JsonNode drink = manager.get(path + soda).json();
        assertThat(drink.path("eligible").asBoolean()).isFalse();
        assertThat(drink.path("failedRules")).hasSize(2);
        assertThat(manager.get("/api/caisse/funds/" + fund + "/criteria").json().path("items")).hasSize(2);
    }

    @Test
    void criterionAndEligibilityRefusals() {
        String fund = cx.fund("100.00", "1.00", null);
        String path = "/api/caisse/funds/" + fund + "/criteria";
        assertThat(admin.post(path, Map.of()).code()).isEqualTo("CRITERION_EMPTY");
        assertThat(admin.post(path, Map.of("categories", List.of())).code()).isEqualTo("INVALID_LIST");
        assertThat(admin.post(path, Map.of("labels", List.of("bio local"))).code()).isEqualTo("INVALID_LABEL");
        // Codes that are not in the managed lists would silently match no product.
        Api.Response category = admin.post(path, Map.of("categories", List.of("FRUITS", "LEGUMES_BIO")));
        assertThat(category.status()).isEqualTo(422);
        assertThat(category.code()).isEqualTo("UNKNOWN_CATEGORY");
        assertThat(category.message()).contains("catégorie « LEGUMES_BIO »");
        assertThat(admin.post(path, Map.of("labels", List.of("BIO"))).code()).isEqualTo("UNKNOWN_LABEL");
        assertThat(admin.post(path, Map.of("excludedCategories", List.of("ALCOOLS"))).code())
                .isEqualTo("UNKNOWN_CATEGORY");
        assertThat(admin.post(path, Map.of("maxOriginKm", -1)).code()).isEqualTo("INVALID_DISTANCE");
        assertThat(admin.post(path, Map.of("maxOriginKm", "50")).code()).isEqualTo("INVALID_FIELD");
        assertThat(admin.post(path, Map.of("colour", "green")).code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(manager.post(path, Map.of("maxOriginKm", 50)).status()).isEqualTo(403);
        assertThat(admin.get(path).json().path("items")).isEmpty();
        assertThat(admin.get("/api/caisse/funds/" + fund + "/eligible").code()).isEqualTo("FIELD_REQUIRED");
        assertThat(admin.get("/api/caisse/funds/" + fund + "/eligible?product=" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(admin.get("/api/caisse/funds/" + fund + "/eligible?product=nope").status()).isEqualTo(400);
    }

    @Test
    void theProjectionTellsFundersHowLongTheFundLasts() {
        String fund = cx.fund("100.00", "1.00", null);
        cx.source(fund, "PUBLIC", "1000.00", "SECURED");
        cx.source(fund, "PRIVATE", "500.00", "PENDING");
        JsonNode empty = admin.get("/api/caisse/funds/" + fund + "/projection").json();
        assertThat(empty.path("months")).hasSize(12);
        assertThat(empty.path("runwayMonths").isNull()).isTrue();
        assertThat(empty.path("runwayMonthsSecuredOnly").isNull()).isTrue();

        cx.member(fund, cx.fx.household(store), "10.00");
        cx.member(fund, cx.fx.household(store), "20.00");
        cx.member(fund, cx.fx.household(store), "30.00");
        // monthlyNet = 3 × 100 − 60 = 240: (1000 + 500) / 240 → 6 months, 1000 / 240 → 4 months.
        Api.Response r = manager.get("/api/caisse/funds/" + fund + "/projection?months=3");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("months")).hasSize(3);
        JsonNode first = r.json().path("months").get(0);
        assertThat(first.path("month").asText()).isEqualTo(CaisseFixtures.month());
        assertThat(first.path("opening").asText()).isEqualTo("1500.00");
        assertThat(first.path("contributions").asText()).isEqualTo("60.00");
        assertThat(first.path("allowances").asText()).isEqualTo("300.00");
        assertThat(first.path("closing").asText()).isEqualTo("1260.00");
        assertThat(r.json().path("months").get(2).path("closing").asText()).isEqualTo("780.00");
        assertThat(r.json().path("runwayMonths").asInt()).isEqualTo(6);
        assertThat(r.json().path("runwayMonthsSecuredOnly").asInt()).isEqualTo(4);
        assertThat(cx.fundView(fund).path("monthlyNet").asText()).isEqualTo("240.00");

        cx.openPeriod(fund, "2030-01");
        // available = 1000 + 60 − 300 = 760; the projection starts after the last opened month.
        JsonNode after = admin.get("/api/caisse/funds/" + fund + "/projection?months=1").json();
        assertThat(after.path("months").get(0).path("month").asText()).isEqualTo("2030-02");
        assertThat(after.path("months").get(0).path("opening").asText()).isEqualTo("1260.00");
        assertThat(after.path("runwayMonths").asInt()).isEqualTo(5);
        assertThat(after.path("runwayMonthsSecuredOnly").asInt()).isEqualTo(3);

        assertThat(admin.get("/api/caisse/funds/" + fund + "/projection?months=0").code()).isEqualTo("INVALID_MONTHS");
        assertThat(admin.get("/api/caisse/funds/" + fund + "/projection?months=x").code()).isEqualTo("INVALID_MONTHS");
        assertThat(admin.get("/api/caisse/funds/" + fund + "/projection?months=121").status()).isEqualTo(400);
    }
}
