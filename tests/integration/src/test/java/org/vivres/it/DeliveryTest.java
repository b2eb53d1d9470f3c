package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/stock/deliveries}: a manager records what a supplier delivered, by delivery note, several lines at once;
 * each line raises the stock, the delivery is kept and listed, and a refused delivery writes nothing at all.
 */
@ExtendWith(VivresSystem.class)
class DeliveryTest {
    static Fixtures fx;
    static Api admin;
    static String store;
    static Api manager;
    static String carrots;
    static String jam;
    static String milk;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        carrots = fx.product("LEGUMES", "2.40", "KG", List.of(), 20);
        jam = fx.product("3.10");
        milk = fx.product("1.05");
    }

    static Map<String, Object> line(String product, Object quantity, Object unitCost) {
        Map<String, Object> line = new HashMap<>();
        line.put("product", product);
        line.put("quantity", quantity);
        line.put("unitCost", unitCost);
        return line;
    }

    static Api.Response deliver(String supplier, String note, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("organization", store);
        body.put("supplier", supplier);
        body.put("noteNumber", note);
        body.put("lines", lines);
        return manager.post("/api/stock/deliveries", body);
    }

    @Test
    void aThreeLineDeliveryRaisesEachLevelAndIsKeptWithItsSupplierAndNote() {
        String before = fx.onHand(store, carrots);
        String note = fx.unique("BL");
        Api.Response r = deliver("Ferme des Coteaux", note, List.of(line(carrots, "12.5", "1.10"),
                line(jam, "24", "1.80"), line(milk, "30", "0.62")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode d = r.json();
        assertThat(d.path("supplier").asText()).isEqualTo("Ferme des Coteaux");
        assertThat(d.path("noteNumber").asText()).isEqualTo(note);
        assertThat(d.path("date").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        // 12.5 × 1.10 + 24 × 1.80 + 30 × 0.62 = 13.75 + 43.20 + 18.60
        assertThat(d.path("totalCost").asText()).isEqualTo("75.55");
        assertThat(d.path("lines")).hasSize(3);
        assertThat(d.path("lines").get(0).path("amount").asText()).isEqualTo("13.75");
        assertThat(new java.math.BigDecimal(fx.onHand(store, carrots)))
                .isEqualByComparingTo(new java.math.BigDecimal(before).add(new java.math.BigDecimal("12.5")));
        assertThat(fx.onHand(store, jam)).isEqualTo("24.000");
        assertThat(fx.onHand(store, milk)).isEqualTo("30.000");

        JsonNode listed = manager.get("/api/stock/deliveries?organization=" + store).json().path("items");
        JsonNode mine = null;
        for (JsonNode item : listed) {
            if (item.path("id").asText().equals(d.path("id").asText())) {
                mine = item;
            }
        }
        assertThat(mine).as(listed.toString()).isNotNull();
        assertThat(mine.path("lineCount").asInt()).isEqualTo(3);
        assertThat(mine.path("totalCost").asText()).isEqualTo("75.55");
        JsonNode again = manager.get("/api/stock/deliveries/" + d.path("id").asText()).json();
        assertThat(again.path("lines")).hasSize(3);
        assertThat(again.path("lines").get(2).path("unitCost").asText()).isEqualTo("0.62");
        assertThat(again.path("lines").get(2).path("name").asText()).isNotBlank();
    }

    @Test
    void theSameNoteOfTheSameSupplierIsRefusedHoweverItIsTypedButAnotherSupplierMayUseIt() {
        String note = fx.unique("bl");
        assertThat(deliver("Ferme du Val", note, List.of(line(jam, "1", "1.00"))).status()).isEqualTo(201);
        String jamBefore = fx.onHand(store, jam);
        Api.Response twice = deliver("  FERME DU VAL ", note.toUpperCase(), List.of(line(jam, "5", "1.00")));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("DELIVERY_NOTE_TAKEN");
        assertThat(twice.message()).contains(note).contains("Ferme du Val");
        assertThat(fx.onHand(store, jam)).isEqualTo(jamBefore);
        assertThat(deliver("Moulin de la Vallée", note, List.of(line(jam, "1", "1.00"))).status()).isEqualTo(201);
    }

    @Test
    void eachRefusalHasItsCodeAndItsLineAndNothingIsHalfWritten() {
        String note = fx.unique("BL");
        String jamBefore = fx.onHand(store, jam);
        String milkBefore = fx.onHand(store, milk);
        int deliveries = manager.get("/api/stock/deliveries?organization=" + store + "&limit=500").json()
                .path("items").size();
        assertRefused(deliver("Ferme", note, List.of()), 422, "DELIVERY_WITHOUT_LINES", null);
        // the first line is good: the refusal of the second must not leave it written
        assertRefused(deliver("Ferme", note, List.of(line(jam, "3", "1.00"), line(milk, "0", "0.50"))), 422,
                "DELIVERY_QUANTITY_NOT_POSITIVE", "Ligne 2");
        assertRefused(deliver("Ferme", note, List.of(line(jam, "3", "1.00"), line(milk, "-2", "0.50"))), 422,
                "DELIVERY_QUANTITY_NOT_POSITIVE", "Ligne 2");
        assertRefused(deliver("Ferme", note, List.of(line(jam, "3", "1.00"), line(milk, "2", "-0.50"))), 422,
                "DELIVERY_NEGATIVE_COST", "Ligne 2");
        assertRefused(deliver("Ferme", note, List.of(line(milk, "2.5", "0.50"))), 422, "DELIVERY_WHOLE_UNITS",
                "Ligne 1");
        assertRefused(deliver("Ferme", note, List.of(line(milk, "2", null))), 422, "DELIVERY_COST_REQUIRED", "Ligne 1");
        assertRefused(deliver("Ferme", note, List.of(line(milk, "2", "0.505"))), 422, "DELIVERY_COST_INVALID",
                "Ligne 1");
        assertRefused(deliver("Ferme", note, List.of(line(java.util.UUID.randomUUID().toString(), "2", "1"))), 422,
                "DELIVERY_UNKNOWN_PRODUCT", "Ligne 1");
        assertRefused(deliver(" ", note, List.of(line(jam, "1", "1"))), 400, "FIELD_REQUIRED", null);
        assertRefused(deliver("Ferme", "", List.of(line(jam, "1", "1"))), 400, "FIELD_REQUIRED", null);
        Map<String, Object> future = new HashMap<>(Map.of("organization", store, "supplier", "Ferme",
                "noteNumber", note, "date", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString(),
                "lines", List.of(line(jam, "1", "1"))));
        assertRefused(manager.post("/api/stock/deliveries", future), 422, "DELIVERY_DATE_IN_FUTURE", null);

        assertThat(fx.onHand(store, jam)).isEqualTo(jamBefore);
        assertThat(fx.onHand(store, milk)).isEqualTo(milkBefore);
        assertThat(manager.get("/api/stock/deliveries?organization=" + store + "&limit=500").json().path("items"))
                .hasSize(deliveries);
    }

    @Test
    void onlyTheStoresManagersRecordAndReadItsDeliveries() {
        Api cashier = fx.user("CASHIER", store);
        Api otherManager = fx.user("MANAGER", fx.store());
        List<Map<String, Object>> lines = List.of(line(jam, "1", "1.00"));
        Map<String, Object> body = Map.of("organization", store, "supplier", "Ferme", "noteNumber", fx.unique("BL"),
                "lines", lines);
        assertThat(cashier.post("/api/stock/deliveries", body).status()).isEqualTo(403);
        assertThat(otherManager.post("/api/stock/deliveries", body).status()).isEqualTo(403);
        String id = manager.post("/api/stock/deliveries", body).text("id");
        assertThat(otherManager.get("/api/stock/deliveries/" + id).status()).isEqualTo(404);
        assertThat(otherManager.get("/api/stock/deliveries?organization=" + store).status()).isEqualTo(403);
    }

    @Test
    void theStockListIsSortedByCategoryThenNameWithUnitsAndLowLevels() {
        String own = fx.store();
        Api boss = fx.user("MANAGER", own);
        String zucchini = created(admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", "Courgettes",
                "category", "LEGUMES", "uom", "KG", "referencePrice", "2.00", "vatRate", "5.5")));
        String apples = created(admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", "Abricots",
                "category", "FRUITS", "uom", "KG", "referencePrice", "4.00", "vatRate", "5.5")));
        String beans = created(admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", "Blettes",
                "category", "LEGUMES", "uom", "KG", "referencePrice", "3.00", "vatRate", "5.5")));
        String rice = created(admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", "Riz",
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", "1.00", "vatRate", "5.5")));
        Api.Response r = boss.post("/api/stock/deliveries", Map.of("organization", own, "supplier", "Ferme",
                "noteNumber", "1", "lines", List.of(line(zucchini, "12", "1"), line(apples, "2", "2"),
                        line(beans, "7", "1"), line(rice, "30", "0.5"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode items = boss.get("/api/stock?organization=" + own).json().path("items");
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.path("name").asText()));
        assertThat(names).containsExactly("Riz", "Abricots", "Blettes", "Courgettes");
        assertThat(items.get(0).path("uom").asText()).isEqualTo("UNIT");
        assertThat(items.get(0).path("category").asText()).isEqualTo("EPICERIE");
        assertThat(items.get(1).path("low").asBoolean()).isTrue();
        assertThat(items.get(3).path("low").asBoolean()).isFalse();
        JsonNode stricter = boss.get("/api/stock?organization=" + own + "&lowBelow=15").json().path("items");
        assertThat(stricter.get(3).path("low").asBoolean()).isTrue();
        assertThat(boss.get("/api/stock?organization=" + own + "&lowBelow=beaucoup").status()).isEqualTo(400);
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    static void assertRefused(Api.Response r, int status, String code, String inMessage) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        if (inMessage != null) {
            assertThat(r.message()).contains(inMessage);
        }
        assertThat(r.message()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }
}
