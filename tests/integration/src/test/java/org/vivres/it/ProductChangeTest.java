package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code PUT /api/products/{id}}: the network admin changes a product's terms; the next tickets use them, past ones
 * keep theirs. The catalogue is the network's: a store's staff may not change it (see {@link SharedDataAccessTest}).
 */
@ExtendWith(VivresSystem.class)
class ProductChangeTest {
    static Fixtures fx;
    static String store;
    static Api admin;
    static Api manager;
    static Api cashier;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
        cashier = fx.user("CASHIER", store);
    }

    static Map<String, Object> terms(String price) {
        return Map.of("name", "Lentilles vertes du Puy", "category", "epicerie", "referencePrice", price,
                "vatRate", "5.5", "labels", List.of("local", "AOP"), "originKm", 180);
    }

    @Test
    void theNewPriceAppliesToTheNextTicketsAndPastOnesKeepTheirs() {
        String lentils = fx.product("3.00");
        fx.stock(store, lentils, "10");
        Api.Response before = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", lentils, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.00"))));
        assertThat(before.status()).as(before.toString()).isEqualTo(201);

        Api.Response changed = admin.put("/api/products/" + lentils, terms("3.40"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("referencePrice")).isEqualTo("3.40");
        assertThat(changed.text("name")).isEqualTo("Lentilles vertes du Puy");
        assertThat(changed.text("category")).isEqualTo("EPICERIE");
        assertThat(changed.json().path("labels").toString()).isEqualTo("[\"LOCAL\",\"AOP\"]");

        Api.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store,
                "lines", List.of(Map.of("product", lentils, "quantity", "2"))));
        assertThat(quote.text("total")).isEqualTo("6.80");
        assertThat(cashier.get("/api/tickets/" + before.text("id")).json().path("lines").get(0)
                .path("unitPrice").asText()).isEqualTo("3.00");
    }

    @Test
    void onlyTheNetworkAdminChangesAndABadChangeChangesNothing() {
        String beans = fx.product("2.00");
        assertThat(cashier.put("/api/products/" + beans, terms("1.00")).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(manager.put("/api/products/" + beans, terms("1.00")).code()).isEqualTo("ROLE_FORBIDDEN");
        Api.Response negative = admin.put("/api/products/" + beans, terms("-1.00"));
        assertThat(negative.status()).isEqualTo(400);
        Api.Response sku = admin.put("/api/products/" + beans, Map.of("sku", "AUTRE", "name", "Haricots",
                "category", "EPICERIE", "referencePrice", "1.00", "vatRate", "5.5"));
        assertThat(sku.status()).isEqualTo(400);
        assertThat(sku.code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(manager.get("/api/products/" + beans).text("referencePrice")).isEqualTo("2.00");
        assertThat(admin.put("/api/products/" + java.util.UUID.randomUUID(), terms("1.00")).status()).isEqualTo(404);
    }
}
