package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Categories and labels are managed lists: screens offer them by name, and a product naming a code that is not in
 * them is refused (a typed « ÉPICERIE » or « BIO » would escape every tier percent and caisse criterion).
 */
@ExtendWith(VivresSystem.class)
class CatalogueListsTest {
    static Fixtures fx;
    static Api admin;
    static Api manager;
    static Api cashier;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        String store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
    }

    static Map<String, Object> product(String sku, String category, List<String> labels) {
        return Map.of("sku", sku, "name", "Farine", "category", category, "uom", "UNIT", "referencePrice", "1.20",
                "vatRate", "5.5", "labels", labels);
    }

    static String nameOf(Api.Response list, String code) {
        for (var item : list.json().path("items")) {
            if (item.path("code").asText().equals(code)) {
                return item.path("name").asText();
            }
        }
        return null;
    }

    @Test
    void theListsAreSeededAndNamedInTheReadersLanguage() {
        Api.Response categories = cashier.get("/api/categories");
        assertThat(categories.status()).as(categories.toString()).isEqualTo(200);
        assertThat(nameOf(categories, "EPICERIE")).isEqualTo("Épicerie");
        assertThat(nameOf(categories, "FRUITS_LEGUMES")).isEqualTo("Fruits et légumes");
        assertThat(nameOf(cashier.english().get("/api/categories"), "EPICERIE")).isEqualTo("Groceries");
        Api.Response labels = manager.get("/api/labels");
        assertThat(nameOf(labels, "ORGANIC")).isEqualTo("Bio");
        assertThat(nameOf(labels, "FAIR_TRADE")).isEqualTo("Commerce équitable");
        assertThat(admin.anonymous().get("/api/labels").status()).isEqualTo(401);
    }

    @Test
    void onlyTheNetworkAdminAddsACodeAndThenProductsMayUseIt() {
        String code = fx.unique("VRAC").replace('-', '_').toUpperCase();
        Map<String, Object> body = Map.of("code", code, "name", "Vrac", "nameEn", "Bulk");
        assertThat(manager.post("/api/categories", body).code()).isEqualTo("ROLE_FORBIDDEN");
        String sku = fx.unique("SKU");
        assertThat(admin.post("/api/products", product(sku, code, List.of())).code()).isEqualTo("UNKNOWN_CATEGORY");
        Api.Response created = admin.post("/api/categories", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Vrac");
        assertThat(admin.post("/api/categories", body).code()).isEqualTo("CODE_TAKEN");
        assertThat(admin.post("/api/products", product(sku, code.toLowerCase(), List.of())).status()).isEqualTo(201);
        assertThat(nameOf(cashier.english().get("/api/categories"), code)).isEqualTo("Bulk");

        String label = fx.unique("HVE").replace('-', '_').toUpperCase();
        assertThat(cashier.post("/api/labels", Map.of("code", label, "name", "HVE")).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(admin.post("/api/labels", Map.of("code", label, "name", "Haute valeur environnementale"))
                .status()).isEqualTo(201);
        assertThat(nameOf(cashier.get("/api/labels"), label)).isEqualTo("Haute valeur environnementale");
        assertThat(admin.post("/api/labels", Map.of("code", "bio local", "name", "x")).status()).isEqualTo(400);
    }

    @Test
    void aProductWithAnUnknownCategoryOrLabelIsRefusedAndNothingIsStored() {
        String sku = fx.unique("SKU");
        Api.Response category = admin.post("/api/products", product(sku, "EPICERIE_FINE", List.of()));
        assertThat(category.status()).isEqualTo(422);
        assertThat(category.code()).isEqualTo("UNKNOWN_CATEGORY");
        assertThat(category.message()).contains("catégorie", "EPICERIE_FINE");
        Api.Response label = admin.post("/api/products", product(sku, "EPICERIE", List.of("LOCAL", "BIO")));
        assertThat(label.status()).isEqualTo(422);
        assertThat(label.code()).isEqualTo("UNKNOWN_LABEL");
        assertThat(label.message()).contains("label", "BIO");
        assertThat(admin.get("/api/products?q=" + sku).json().path("items")).isEmpty();

        String flour = fx.product("1.20");
        Map<String, Object> change = Map.of("name", "Farine", "category", "EPICERIE", "referencePrice", "1.30",
                "vatRate", "5.5", "labels", List.of("BIO"));
        assertThat(admin.put("/api/products/" + flour, change).code()).isEqualTo("UNKNOWN_LABEL");
        Map<String, Object> recategorised = Map.of("name", "Farine", "category", "FARINES", "referencePrice", "1.30",
                "vatRate", "5.5");
        assertThat(admin.put("/api/products/" + flour, recategorised).code()).isEqualTo("UNKNOWN_CATEGORY");
        assertThat(admin.get("/api/products/" + flour).text("referencePrice")).isEqualTo("1.20");
    }
}
