package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Products, stock movements and households over HTTP, with their refusals. */
@ExtendWith(VivresSystem.class)
class CatalogueStockHouseholdTest {
    static Api admin;
    static Fixtures fx;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
    }

    private static Map<String, Object> product(String sku) {
        Map<String, Object> p = new HashMap<>(Map.of("sku", sku, "name", "Farine de blé T65", "category", "epicerie",
                "uom", "UNIT", "referencePrice", "1.95", "vatRate", "5.5", "labels", List.of("organic"), "originKm", 80));
        return p;
    }

    @Test
    void aProductIsCreatedAndFoundBySkuOrName() {
        String sku = fx.unique("FAR");
        Api.Response r = admin.post("/api/products", product(sku));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("referencePrice")).isEqualTo("1.95");
        assertThat(r.text("category")).isEqualTo("EPICERIE");
        assertThat(r.json().path("labels").get(0).asText()).isEqualTo("ORGANIC");
        assertThat(admin.get("/api/products?q=" + sku).json().path("items")).hasSize(1);
        assertThat(admin.get("/api/products?q=farine%20de%20bl%C3%A9").json().path("items").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void moneyAsAJsonNumberIsRefusedAndNothingIsWritten() {
        String sku = fx.unique("NUM");
        Map<String, Object> p = product(sku);
        p.put("referencePrice", 1.95);
        Api.Response r = admin.post("/api/products", p);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_FIELD");
        assertThat(r.message()).contains("prix de référence");
        assertThat(admin.get("/api/products?q=" + sku).json().path("items")).isEmpty();
    }

    @Test
    void badProductsAreRefused() {
        String sku = fx.unique("BAD");
        assertThat(admin.post("/api/products", "{not json").code()).isEqualTo("MALFORMED_JSON");
        Map<String, Object> p = product(sku);
        p.put("referencePrice", "-1.00");
        assertThat(admin.post("/api/products", p).code()).isEqualTo("INVALID_AMOUNT");
        p.put("referencePrice", "1.999");
        assertThat(admin.post("/api/products", p).code()).isEqualTo("INVALID_AMOUNT");
        p.put("referencePrice", "1.99");
        p.put("uom", "BOX");
        assertThat(admin.post("/api/products", p).code()).isEqualTo("INVALID_VALUE");
        p.put("uom", "UNIT");
        p.put("colour", "red");
        assertThat(admin.post("/api/products", p).code()).isEqualTo("UNKNOWN_FIELD");
        p.remove("colour");
        assertThat(admin.post("/api/products", p).status()).isEqualTo(201);
        assertThat(admin.post("/api/products", p).status()).isEqualTo(409);
    }

    @Test
    void stockMovesAndLevelsFollow() {
        String store = fx.store();
        String product = fx.product("2.00");
        fx.stock(store, product, "10");
        Api manager = fx.user("MANAGER", store);
        Api.Response out = manager.post("/api/stock/movements", Map.of("organization", store, "product", product,
                "quantity", "3", "reason", "TRANSFER_OUT"));
        assertThat(out.status()).as(out.toString()).isEqualTo(201);
        Api.Response adjust = manager.post("/api/stock/movements", Map.of("organization", store, "product", product,
                "quantity", "-1", "reason", "ADJUSTMENT"));
        assertThat(adjust.status()).isEqualTo(201);
        assertThat(fx.onHand(store, product)).isEqualTo("6.000");
    }

    @Test
    void stockRefusals() {
        String store = fx.store();
        String other = fx.store();
        String product = fx.product("2.00");
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        Map<String, Object> m = new HashMap<>(Map.of("organization", store, "product", product, "quantity", "-2",
                "reason", "RECEIPT"));
        assertThat(manager.post("/api/stock/movements", m).code()).isEqualTo("INVALID_QUANTITY");
        m.put("quantity", "1.5");
        assertThat(manager.post("/api/stock/movements", m).code()).isEqualTo("INVALID_QUANTITY");
        m.put("quantity", "2");
        assertThat(cashier.post("/api/stock/movements", m).status()).isEqualTo(403);
        m.put("organization", other);
        assertThat(manager.post("/api/stock/movements", m).status()).isEqualTo(403);
        m.put("organization", store);
        m.put("product", "00000000-0000-0000-0000-000000000001");
        assertThat(manager.post("/api/stock/movements", m).status()).isEqualTo(404);
        assertThat(fx.onHand(store, product)).isEqualTo("0.000");
        assertThat(manager.get("/api/stock?organization=" + other).status()).isEqualTo(403);
    }

    @Test
    void householdsAreFoundByCardAndStayInTheirStore() {
        String store = fx.store();
        String other = fx.store();
        String reference = fx.unique("CARTE");
        Api referrer = fx.user("REFERRER", store);
        Api.Response created = referrer.post("/api/households", Map.of("reference", reference, "organization", store, "size", 4));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api cashier = fx.user("CASHIER", store);
        Api.Response found = cashier.get("/api/households?reference=" + reference);
        assertThat(found.json().path("items")).hasSize(1);
        assertThat(found.json().path("items").get(0).path("size").asInt()).isEqualTo(4);
        Api foreigner = fx.user("CASHIER", other);
        // Another store's till finds the card it is shown (to sell to that household), and nothing else.
        assertThat(foreigner.get("/api/households?reference=" + reference).json().path("items")).hasSize(1);
        assertThat(foreigner.get("/api/households").raw()).doesNotContain(reference);
        assertThat(foreigner.get("/api/households/" + created.text("id")).status()).isEqualTo(404);
        assertThat(fx.user("MANAGER", other).get("/api/households/" + created.text("id") + "/export").status())
                .isEqualTo(404);
        assertThat(referrer.post("/api/households", Map.of("reference", reference, "organization", store, "size", 1))
                .status()).isEqualTo(409);
        assertThat(referrer.post("/api/households", Map.of("reference", fx.unique("C"), "organization", other, "size", 1))
                .status()).isEqualTo(403);
        assertThat(referrer.post("/api/households", Map.of("reference", fx.unique("C"), "organization", store, "size", 0))
                .status()).isEqualTo(400);
        assertThat(cashier.post("/api/households", Map.of("reference", fx.unique("C"), "organization", store, "size", 1))
                .status()).isEqualTo(403);
    }

    @Test
    void aHouseholdIsExportedThenErasedWhileItsTicketsStay() {
        String store = fx.store();
        String product = fx.product("3.00");
        fx.stock(store, product, "5");
        String household = fx.household(store);
        Api.Response ticket = admin.post("/api/tickets", Map.of("organization", store, "household", household,
                "lines", List.of(Map.of("product", product, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.00"))));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        Api manager = fx.user("MANAGER", store);
        Api.Response export = manager.get("/api/households/" + household + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("tickets")).hasSize(1);
        assertThat(export.raw()).doesNotContain("income", "quotient");
        assertThat(manager.delete("/api/households/" + household).status()).isEqualTo(204);
        Api.Response after = manager.get("/api/households/" + household);
        assertThat(after.json().path("reference").isNull()).isTrue();
        assertThat(after.json().path("erased").asBoolean()).isTrue();
        assertThat(manager.get("/api/tickets/" + ticket.text("id")).json().path("household").asText()).isEqualTo(household);
    }
}
