package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds test data through the API, with unique names so that test classes share one system. */
public final class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();
    static final String PASSWORD = "motdepasse-123";

    private final Api admin;
    private final String run = Long.toString(System.nanoTime(), 36);

    public Fixtures(Api admin) {
        this.admin = admin;
    }

    public String unique(String prefix) {
        return prefix + "-" + run + "-" + SEQ.incrementAndGet();
    }

    public String store() {
        return created(admin.post("/api/organizations", Map.of("name", unique("Épicerie"), "type", "STORE")));
    }

    public String hub() {
        return created(admin.post("/api/organizations", Map.of("name", unique("Pôle"), "type", "HUB")));
    }

    /** A product at {@code price} (UNIT unless {@code uom} says otherwise). */
    public String product(String category, String price, String uom, List<String> labels, int originKm) {
        return created(admin.post("/api/products", Map.of("sku", unique("SKU"), "name", unique("Produit"),
                "category", category, "uom", uom, "referencePrice", price, "vatRate", "5.5",
                "labels", labels, "originKm", originKm)));
    }

    public String product(String price) {
        return product("EPICERIE", price, "UNIT", List.of(), 100);
    }

    public String household(String organization) {
        return created(admin.post("/api/households",
                Map.of("reference", unique("CARTE"), "organization", organization, "size", 2)));
    }

    public void stock(String organization, String product, String quantity) {
        Api.Response r = admin.post("/api/stock/movements", Map.of("organization", organization, "product", product,
                "quantity", quantity, "reason", "RECEIPT"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    public String onHand(String organization, String product) {
        Api.Response r = admin.get("/api/stock?organization=" + organization + "&product=" + product);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("items").isEmpty() ? "0.000" : r.json().path("items").get(0).path("onHand").asText();
    }

    /** A user with {@code role} in {@code organization}, logged in. */
    public Api user(String role, String organization) {
        String name = unique(role.toLowerCase());
        Api.Response r = admin.post("/api/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of(role), "organization", organization));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return admin.login(name, PASSWORD);
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }
}
