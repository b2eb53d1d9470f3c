package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Producers and their offers over HTTP: creation, listing, and every refusal. They are the network's: the network admin
 * records producers, the admin and the hubs' managers (who run the rounds) record offers; a store's manager reads them
 * and writes neither (security issue #22: a store's 0.00 offer was chosen when the hub closed its round).
 */
@ExtendWith(VivresSystem.class)
class SupplierOfferIT {
    static Api admin;
    static Fixtures fx;
    static String store;
    static Api manager;
    static Api hubManager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        hubManager = fx.user("MANAGER", fx.hub());
    }

    private static Map<String, Object> offer(String supplier, String product, String size, String price) {
        return new HashMap<>(Map.of("supplier", supplier, "product", product, "packSize", size, "packPrice", price));
    }

    @Test
    void theNetworkAdminAddsAProducerThatEveryoneOfTheNetworkSees() {
        String name = fx.unique("Ferme des Lilas");
        Api.Response created = admin.post("/api/suppliers", Map.of("name", name, "distanceKm", 35));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo(name);
        assertThat(created.json().path("distanceKm").asInt()).isEqualTo(35);
        Api other = fx.user("MANAGER", fx.hub());
        assertThat(other.get("/api/suppliers?limit=500").raw()).contains(created.text("id"));
        assertThat(other.get("/api/suppliers/" + created.text("id")).text("name")).isEqualTo(name);
    }

    @Test
    void badOrDuplicateProducersAreRefusedAndNotStored() {
        String name = fx.unique("Verger");
        assertThat(admin.post("/api/suppliers", Map.of("name", name, "distanceKm", 10)).status()).isEqualTo(201);
        Api.Response duplicate = admin.post("/api/suppliers", Map.of("name", name.toUpperCase(), "distanceKm", 12));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("SUPPLIER_NAME_TAKEN");
        assertThat(duplicate.message()).contains(name.toUpperCase());
        assertThat(admin.english().post("/api/suppliers", Map.of("name", name, "distanceKm", 12)).message())
                .startsWith("A producer named");

        String other = fx.unique("Rucher");
        assertThat(admin.post("/api/suppliers", Map.of("name", other)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(admin.post("/api/suppliers", Map.of("name", other, "distanceKm", -1)).code())
                .isEqualTo("INVALID_DISTANCE");
        assertThat(admin.post("/api/suppliers", Map.of("name", " ", "distanceKm", 1)).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(admin.post("/api/suppliers", Map.of("name", other, "distanceKm", "3")).status()).isEqualTo(400);
        Api cashier = fx.user("CASHIER", store);
        assertThat(cashier.post("/api/suppliers", Map.of("name", other, "distanceKm", 3)).status()).isEqualTo(403);
        assertThat(cashier.get("/api/suppliers").status()).isEqualTo(403);
        assertThat(admin.get("/api/suppliers?limit=500").raw()).doesNotContain(other);
    }

    @Test
    void anOfferIsAPackOfAProductAtAPriceWithAnOptionalMinimum() {
        String supplier = supplier();
        String apples = fx.product("FRUITS", "3.20", "UNIT", List.of("LOCAL"), 12);
        String flour = fx.product("EPICERIE", "2.10", "KG", List.of(), 80);
        Api.Response a = hubManager.post("/api/procurement/offers", offer(supplier, apples, "6", "9.00"));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(a.text("packSize")).isEqualTo("6.000");
        assertThat(a.text("packPrice")).isEqualTo("9.00");
        assertThat(a.json().path("minPacks").asInt()).isEqualTo(1);
        Map<String, Object> bulk = offer(supplier, flour, "12.5", "20.00");
        bulk.put("minPacks", 4);
        Api.Response f = admin.post("/api/procurement/offers", bulk);
        assertThat(f.status()).as(f.toString()).isEqualTo(201);
        assertThat(f.json().path("minPacks").asInt()).isEqualTo(4);

        Api.Response listed = manager.get("/api/procurement/offers?product=" + apples);
        assertThat(listed.json().path("items")).hasSize(1);
        assertThat(listed.json().path("items").get(0).path("id").asText()).isEqualTo(a.text("id"));
        assertThat(manager.get("/api/procurement/offers?supplier=" + supplier).json().path("items")).hasSize(2);
    }

    @Test
    void badOffersAreRefusedAndNotStored() {
        String supplier = supplier();
        String apples = fx.product("FRUITS", "3.20", "UNIT", List.of(), 12);
        assertThat(admin.post("/api/procurement/offers", offer(supplier, apples, "0", "9.00")).code())
                .isEqualTo("INVALID_QUANTITY");
        assertThat(admin.post("/api/procurement/offers", offer(supplier, apples, "2.5", "9.00")).code())
                .isEqualTo("INVALID_QUANTITY");
        assertThat(admin.post("/api/procurement/offers", offer(supplier, apples, "6", "-1.00")).code())
                .isEqualTo("INVALID_AMOUNT");
        assertThat(admin.post("/api/procurement/offers", offer(supplier, apples, "6", "9.001")).code())
                .isEqualTo("INVALID_AMOUNT");
        Map<String, Object> noMinimum = offer(supplier, apples, "6", "9.00");
        noMinimum.put("minPacks", 0);
        Api.Response minimum = admin.post("/api/procurement/offers", noMinimum);
        assertThat(minimum.status()).isEqualTo(400);
        assertThat(minimum.code()).isEqualTo("INVALID_MIN_PACKS");
        Map<String, Object> numeric = offer(supplier, apples, "6", "9.00");
        numeric.put("packPrice", 9.0);
        assertThat(admin.post("/api/procurement/offers", numeric).code()).isEqualTo("INVALID_FIELD");
        assertThat(admin.post("/api/procurement/offers", offer(UUID.randomUUID().toString(), apples, "6", "9.00"))
                .status()).isEqualTo(404);
        assertThat(admin.post("/api/procurement/offers", offer(supplier, UUID.randomUUID().toString(), "6", "9.00"))
                .status()).isEqualTo(404);
        assertThat(fx.user("CASHIER", store).post("/api/procurement/offers", offer(supplier, apples, "6", "9.00"))
                .status()).isEqualTo(403);
        assertThat(admin.get("/api/procurement/offers?product=" + apples).json().path("items")).isEmpty();
    }

    @Test
    void aStoresManagerWritesNeitherProducersNorOffers() {
        String name = fx.unique("Producteur du gérant");
        Api.Response producer = manager.post("/api/suppliers", Map.of("name", name, "distanceKm", 1));
        assertThat(producer.status()).as(producer.toString()).isEqualTo(403);
        assertThat(producer.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(hubManager.post("/api/suppliers", Map.of("name", name, "distanceKm", 1)).code())
                .as("producers are the network admin's").isEqualTo("ROLE_FORBIDDEN");
        assertThat(admin.get("/api/suppliers?limit=500").raw()).doesNotContain(name);

        String supplier = supplier();
        String bread = fx.product("BOULANGERIE", "3.40", "UNIT", List.of(), 5);
        Api.Response free = manager.post("/api/procurement/offers", offer(supplier, bread, "1", "0.00"));
        assertThat(free.status()).as(free.toString()).isEqualTo(403);
        assertThat(free.code()).isEqualTo("HUB_ONLY");
        assertThat(free.message()).contains("pôles logistiques");
        assertThat(manager.english().post("/api/procurement/offers", offer(supplier, bread, "1", "0.00")).message())
                .startsWith("Producers' offers are kept by the hubs");
        assertThat(admin.get("/api/procurement/offers?product=" + bread).json().path("items")).isEmpty();
        assertThat(manager.get("/api/procurement/offers?product=" + bread).status()).as("it still reads them")
                .isEqualTo(200);
    }

    private static String supplier() {
        Api.Response r = admin.post("/api/suppliers", Map.of("name", fx.unique("Producteur"), "distanceKm", 20));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }
}
