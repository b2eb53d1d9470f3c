package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The till's and back office's product search ignores accents, ligatures and capitals: « oeuf » finds « Œufs ». */
@ExtendWith(VivresSystem.class)
class ProductSearchTest {
    static Fixtures fx;
    static Api admin;
    static Api cashier;
    static String tag;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        cashier = fx.user("CASHIER", fx.store());
        tag = fx.unique("z").replace("-", "");
        for (String name : List.of("Œufs plein air x6 " + tag, "Lait ÉCRÉMÉ 1 L " + tag, "Crème fraîche " + tag)) {
            assertThat(admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", name, "category", "CREMERIE",
                    "uom", "UNIT", "referencePrice", "1.50", "vatRate", "5.5")).status()).isEqualTo(201);
        }
    }

    static List<String> names(String q) {
        Api.Response r = cashier.get("/api/products?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().path("items").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    @Test
    void accentsLigaturesAndCapitalsDoNotMatter() {
        assertThat(names("oeufs plein air x6 " + tag)).containsExactly("Œufs plein air x6 " + tag);
        assertThat(names("OEUF")).contains("Œufs plein air x6 " + tag);
        assertThat(names("ecreme 1 l " + tag)).containsExactly("Lait ÉCRÉMÉ 1 L " + tag);
        assertThat(names("écrémé")).contains("Lait ÉCRÉMÉ 1 L " + tag);
        assertThat(names("CREME FRAICHE " + tag)).containsExactly("Crème fraîche " + tag);
        assertThat(names("fraiche " + tag)).containsExactly("Crème fraîche " + tag);
    }

    @Test
    void aChangedNameIsFoundByItsNewName() {
        String id = fx.product("2.00");
        assertThat(admin.put("/api/products/" + id, Map.of("name", "Pâté végétal " + tag, "category", "EPICERIE",
                "referencePrice", "2.00", "vatRate", "5.5")).status()).isEqualTo(200);
        assertThat(names("pate vegetal " + tag)).containsExactly("Pâté végétal " + tag);
    }
}
