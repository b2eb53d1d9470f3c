package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * Donors and donations: who keeps and records them, goods going into stock valued line by line, equipment and money
 * gifts, and every refusal, after which neither a donation nor a unit of stock is there.
 */
@ExtendWith(VivresSystem.class)
class DonorAndDonationIT {
    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    static Api admin;
    static Fixtures fx;
    static String store;
    static String otherStore;
    static Api manager;
    static Api foreignManager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        otherStore = fx.store();
        manager = fx.user("MANAGER", store);
        foreignManager = fx.user("MANAGER", otherStore);
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    static String donor(Api api, String kind) {
        return created(api.post("/api/donors", Map.of("name", fx.unique("Boulangerie"), "kind", kind)));
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    @Test
    void aManagerKeepsHisStoresDonorsWhichOnlyHisStoreSeesBesideTheNetworks() {
        String name = fx.unique("Ferme des Prés");
        Api.Response r = manager.post("/api/donors", Map.of("name", name, "kind", "FARM"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("organization")).isEqualTo(store);
        assertThat(r.text("kind")).isEqualTo("FARM");
        String network = fx.unique("Programme national");
        Api.Response shared = admin.post("/api/donors", Map.of("name", network, "kind", "PUBLIC_PROGRAMME"));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(shared.json().path("organization").isNull()).isTrue();

        assertThat(manager.get("/api/donors?limit=500").raw()).contains(name, network);
        assertThat(manager.get("/api/donors?organization=" + store + "&limit=500").raw()).contains(name, network);
        assertThat(fx.user("CASHIER", store).get("/api/donors?limit=500").raw()).contains(name);
        assertThat(foreignManager.get("/api/donors?limit=500").raw()).doesNotContain(name).contains(network);
        assertThat(foreignManager.get("/api/donors/" + r.text("id")).status()).isEqualTo(404);
        assertThat(foreignManager.get("/api/donors?organization=" + store).status()).isEqualTo(403);
        // the same name again in the store, whatever its case: one donor, not two
        Api.Response twice = manager.post("/api/donors", Map.of("name", name.toUpperCase(), "kind", "COMPANY"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("DONOR_ALREADY_EXISTS");
        // another store may have its own of that name
        assertThat(foreignManager.post("/api/donors", Map.of("name", name, "kind", "FARM")).status()).isEqualTo(201);
    }

    @Test
    void badOrForbiddenDonorsAreRefusedAndNothingIsWritten() {
        String name = fx.unique("Refusé");
        Map<String, Object> good = Map.of("name", name, "kind", "COMPANY");
        Api.Response kind = manager.post("/api/donors", with(good, "kind", "BANK"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.code()).isEqualTo("INVALID_VALUE");
        assertThat(manager.post("/api/donors", with(good, "name", " ")).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.post("/api/donors", with(good, "name", "x".repeat(201))).code()).isEqualTo("INVALID_TEXT");
        // a name and a kind, nothing more: an address or an e-mail has no field to go into
        Api.Response personal = manager.post("/api/donors", with(good, "email", "jean@example.org"));
        assertThat(personal.status()).isEqualTo(400);
        assertThat(personal.code()).isEqualTo("UNKNOWN_FIELD");
        Api.Response foreign = manager.post("/api/donors", with(good, "organization", otherStore));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("ORGANIZATION_FORBIDDEN");
        assertThat(fx.user("CASHIER", store).post("/api/donors", good).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(fx.user("REFERRER", store).post("/api/donors", good).status()).isEqualTo(403);
        assertThat(manager.anonymous().post("/api/donors", good).status()).isEqualTo(401);
        assertThat(admin.get("/api/donors?limit=500").raw()).doesNotContain(name);
    }

    @Test
    void goodsGoIntoStockEachLineValuedAtItsStatedValueOrTheReferencePrice() {
        String donor = donor(manager, "COMPANY");
        String apples = fx.product("2.50");
        String flour = fx.product("EPICERIE", "1.80", "KG", List.of(), 30);
        fx.stock(store, apples, "4");
        Api.Response r = manager.post("/api/donations", Map.of("organization", store, "donor", donor,
                "receivedOn", TODAY, "description", "Invendus du samedi", "lines", List.of(
                        Map.of("product", apples, "quantity", "10"),
                        Map.of("product", flour, "quantity", "2.500", "unitValue", "1.20"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("kind")).isEqualTo("GOODS");
        assertThat(r.text("value")).isEqualTo("28.00");
        assertThat(r.text("donorName")).startsWith("Boulangerie");
        JsonNode lines = r.json().path("lines");
        assertThat(lines.get(0).path("unitValue").asText()).isEqualTo("2.50");
        assertThat(lines.get(0).path("value").asText()).isEqualTo("25.00");
        assertThat(lines.get(0).path("valueSource").asText()).isEqualTo("REFERENCE_PRICE");
        assertThat(lines.get(1).path("value").asText()).isEqualTo("3.00");
        assertThat(lines.get(1).path("valueSource").asText()).isEqualTo("STATED");
        assertThat(fx.onHand(store, apples)).isEqualTo("14.000");
        assertThat(fx.onHand(store, flour)).isEqualTo("2.500");
        assertThat(fx.onHand(otherStore, apples)).isEqualTo("0.000");

        // sold like any stock
        Api.Response sale = fx.user("CASHIER", store).post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", apples, "quantity", "3")),
                "payments", List.of(Map.of("method", "CASH", "amount", "7.50"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(fx.onHand(store, apples)).isEqualTo("11.000");

        JsonNode listed = manager.get("/api/donations?organization=" + store + "&donor=" + donor).json();
        assertThat(listed.path("items")).hasSize(1);
        assertThat(listed.path("items").get(0).path("id").asText()).isEqualTo(r.text("id"));
        assertThat(listed.path("items").get(0).path("lines")).hasSize(2);
        assertThat(manager.get("/api/donations/" + r.text("id")).text("value")).isEqualTo("28.00");
    }

    @Test
    void equipmentAndMoneyAreRecordedWithTheirValueOutsideStockAndTotalledPerKind() {
        String shop = fx.store();
        Api shopManager = fx.user("MANAGER", shop);
        String company = donor(shopManager, "COMPANY");
        String person = donor(shopManager, "INDIVIDUAL");
        String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
        Api.Response fridge = shopManager.post("/api/donations", Map.of("organization", shop, "donor", company,
                "receivedOn", yesterday, "kind", "EQUIPMENT", "description", "Réfrigérateur vitrine", "value", "850.00"));
        assertThat(fridge.status()).as(fridge.toString()).isEqualTo(201);
        assertThat(fridge.json().path("lines")).isEmpty();
        Api.Response gift = shopManager.post("/api/donations", Map.of("organization", shop, "donor", person,
                "receivedOn", TODAY, "kind", "MONEY", "description", "Don à la caisse alimentaire", "value", "50"));
        assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
        assertThat(gift.text("value")).isEqualTo("50.00");
        String product = fx.product("1.00");
        created(shopManager.post("/api/donations", Map.of("organization", shop, "donor", company, "receivedOn", TODAY,
                "lines", List.of(Map.of("product", product, "quantity", "3")))));

        JsonNode all = shopManager.get("/api/donations?organization=" + shop).json();
        assertThat(all.path("items")).hasSize(3);
        JsonNode totals = all.path("totals");
        assertThat(totals.path("EQUIPMENT").path("value").asText()).isEqualTo("850.00");
        assertThat(totals.path("MONEY").path("value").asText()).isEqualTo("50.00");
        assertThat(totals.path("GOODS").path("value").asText()).isEqualTo("3.00");
        assertThat(totals.path("value").asText()).isEqualTo("903.00");
        assertThat(totals.path("count").asInt()).isEqualTo(3);
        JsonNode today = shopManager.get("/api/donations?organization=" + shop + "&from=" + TODAY + "&to=" + TODAY).json();
        assertThat(today.path("items")).hasSize(2);
        assertThat(today.path("totals").path("value").asText()).isEqualTo("53.00");
        assertThat(shopManager.get("/api/donations?organization=" + shop + "&kind=MONEY").json().path("items"))
                .hasSize(1);
        // read by the store's staff, not by another store's
        assertThat(fx.user("CASHIER", shop).get("/api/donations?organization=" + shop).status()).isEqualTo(200);
        assertThat(foreignManager.get("/api/donations?organization=" + shop).status()).isEqualTo(403);
        JsonNode foreign = foreignManager.get("/api/donations?limit=500").json();
        assertThat(foreign.toString()).doesNotContain(fridge.text("id"));
        assertThat(foreignManager.get("/api/donations/" + fridge.text("id")).status()).isEqualTo(404);
    }

    @Test
    void refusedDonationsLeaveNeitherARecordNorStock() {
        String shop = fx.store();
        Api shopManager = fx.user("MANAGER", shop);
        String donor = donor(shopManager, "FARM");
        String product = fx.product("3.00");
        String otherDonor = donor(foreignManager, "FARM");
        Map<String, Object> good = Map.of("organization", shop, "donor", donor, "receivedOn", TODAY,
                "lines", List.of(Map.of("product", product, "quantity", "5")));
        Map<String, Object> equipment = Map.of("organization", shop, "donor", donor, "receivedOn", TODAY,
                "kind", "EQUIPMENT", "description", "Camionnette", "value", "4000.00");

        expect(shopManager.post("/api/donations", with(good, "lines", List.of(
                Map.of("product", product, "quantity", "2", "unitValue", "-1.00")))), 400, "INVALID_AMOUNT");
        // the first line is good, the second not: neither goes into stock
        expect(shopManager.post("/api/donations", with(good, "lines", List.of(Map.of("product", product, "quantity", "2"),
                Map.of("product", product, "quantity", "1.5")))), 400, "INVALID_QUANTITY");
        expect(shopManager.post("/api/donations", with(good, "lines", List.of(Map.of("product", product, "quantity", "2"),
                Map.of("product", UUID.randomUUID().toString(), "quantity", "1")))), 404, "NOT_FOUND");
        expect(shopManager.post("/api/donations", with(good, "lines", List.of())), 400, "INVALID_LINES");
        expect(shopManager.post("/api/donations", with(good, "donor", otherDonor)), 422, "DONOR_OTHER_ORGANIZATION");
        expect(admin.post("/api/donations", with(good, "donor", otherDonor)), 422, "DONOR_OTHER_ORGANIZATION");
        expect(shopManager.post("/api/donations", with(good, "donor", UUID.randomUUID().toString())), 404, "NOT_FOUND");
        expect(shopManager.post("/api/donations", with(good, "receivedOn",
                LocalDate.parse(TODAY).plusDays(1).toString())), 422, "DATE_IN_FUTURE");
        expect(shopManager.post("/api/donations", with(good, "value", "15.00")), 422, "DONATION_VALUE_FROM_LINES");
        expect(shopManager.post("/api/donations", with(equipment, "lines", good.get("lines"))), 422,
                "DONATION_LINES_NOT_ALLOWED");
        expect(shopManager.post("/api/donations", with(equipment, "value", "-5.00")), 400, "INVALID_AMOUNT");
        expect(shopManager.post("/api/donations", with(equipment, "value", "0.00")), 400, "INVALID_AMOUNT");
        expect(shopManager.post("/api/donations", with(equipment, "value", null)), 400, "FIELD_REQUIRED");
        expect(shopManager.post("/api/donations", with(equipment, "description", null)), 400, "FIELD_REQUIRED");
        expect(shopManager.post("/api/donations", with(equipment, "kind", "SHARES")), 400, "INVALID_VALUE");
        expect(shopManager.post("/api/donations", with(good, "receivedOn", "hier")), 400, null);
        expect(foreignManager.post("/api/donations", good), 403, "ORGANIZATION_FORBIDDEN");
        expect(fx.user("CASHIER", shop).post("/api/donations", good), 403, "ROLE_FORBIDDEN");
        assertThat(shopManager.anonymous().post("/api/donations", good).status()).isEqualTo(401);

        assertThat(fx.onHand(shop, product)).isEqualTo("0.000");
        JsonNode listed = admin.get("/api/donations?organization=" + shop).json();
        assertThat(listed.path("items")).isEmpty();
        assertThat(listed.path("totals").path("value").asText()).isEqualTo("0.00");
    }

    private static void expect(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        if (code != null) {
            assertThat(r.code()).as(r.toString()).isEqualTo(code);
        }
        assertThat(r.message()).as(r.toString()).isNotBlank();
    }
}
