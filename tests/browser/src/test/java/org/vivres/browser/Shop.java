package org.vivres.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;

/** A store with its people and products, made through the API for one test class. */
final class Shop {
    static final String PASSWORD = "caisse-secrete-1";

    final Api admin;
    final Fixtures fx;
    final String store;
    /** The store's "Caisse 1", which the till takes as its own (the only one with a drawer). */
    final String till;

    Shop(Api admin) {
        this.admin = admin;
        this.fx = new Fixtures(admin);
        this.store = fx.store();
        Api.Response r = admin.post("/api/tills", Map.of("organization", store, "name", "Caisse 1"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        this.till = r.text("id");
    }

    /** A user of the store with {@code role}; returns its username (password {@link #PASSWORD}). */
    String user(String role) {
        String name = fx.unique(role.toLowerCase());
        Api.Response r = admin.post("/api/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of(role), "organization", store));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return name;
    }

    /** A product with stock in the store; returns {id, sku, name}. */
    String[] product(String name, String price, String uom) {
        return product(name, price, uom, "EPICERIE");
    }

    /** A product of {@code category} with stock in the store; returns {id, sku, name}. */
    String[] product(String name, String price, String uom, String category) {
        return product(name, price, uom, category, "5.5");
    }

    /** A product sold at {@code vatRate} percent, with stock in the store; returns {id, sku, name}. */
    String[] product(String name, String price, String uom, String category, String vatRate) {
        String sku = fx.unique("390");
        String unique = name + " " + sku.substring(sku.length() - 4);
        Api.Response r = admin.post("/api/products", Map.of("sku", sku, "name", unique, "category", category,
                "uom", uom, "referencePrice", price, "vatRate", vatRate, "labels", List.of(), "originKm", 50));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        fx.stock(store, r.text("id"), "100");
        return new String[] {r.text("id"), sku, unique};
    }

    /** A household of the store; returns {id, reference}. */
    String[] household() {
        String reference = fx.unique("CARTE");
        Api.Response r = admin.post("/api/households", Map.of("reference", reference, "organization", store, "size", 3));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {r.text("id"), reference};
    }

    /** A network admin (no organization); returns its username (password {@link #PASSWORD}). */
    String networkAdmin() {
        String name = fx.unique("reseau");
        Api.Response r = admin.post("/api/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of("NETWORK_ADMIN")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return name;
    }

    Api.Response tickets() {
        Api.Response r = admin.get("/api/tickets?organization=" + store + "&limit=500");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }
}
