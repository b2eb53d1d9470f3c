package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security issue #22. The catalogue is the whole network's: one store's manager changing a price, a VAT rate or a label
 * changed every store's till and every caisse's criteria, so products are the network admin's alone. And nobody
 * touches the account of someone holding a role they could not grant: a store's manager reset a network admin's
 * password and logged in as them. (Producers and offers, in the procurement bundle: its SupplierOfferIT.)
 */
@ExtendWith(VivresSystem.class)
class SharedDataAccessTest {
    static final String PASSWORD = "motdepasse-123";
    static Api admin;
    static Fixtures fx;
    static Api manager;
    static String elsewhere;
    static Api tillElsewhere;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        manager = fx.user("MANAGER", fx.store());
        elsewhere = fx.store();
        tillElsewhere = fx.user("CASHIER", elsewhere);
    }

    static Map<String, Object> terms(String price, String vat, List<String> labels) {
        return Map.of("name", "Pain de campagne", "category", "BOULANGERIE", "referencePrice", price, "vatRate", vat,
                "labels", labels, "originKm", 5);
    }

    static Api.Response quote(String product) {
        return tillElsewhere.post("/api/tickets/quote", Map.of("organization", elsewhere,
                "lines", List.of(Map.of("product", product, "quantity", "1"))));
    }

    @Test
    void aStoreManagerCannotChangeTheNetworksProductsAndEveryTillKeepsTheirTerms() {
        String bread = fx.product("BOULANGERIE", "3.40", "UNIT", List.of("LOCAL"), 5);
        fx.stock(elsewhere, bread, "10");
        for (Map<String, Object> change : List.of(terms("0.01", "5.5", List.of("LOCAL")),
                terms("3.40", "5.5", List.of("LOCAL", "ORGANIC")), terms("3.40", "0", List.of("LOCAL")))) {
            Api.Response refused = manager.put("/api/products/" + bread, change);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("ROLE_FORBIDDEN");
        }
        JsonNode kept = admin.get("/api/products/" + bread).json();
        assertThat(kept.path("referencePrice").asText()).isEqualTo("3.40");
        assertThat(new BigDecimal(kept.path("vatRate").asText())).isEqualByComparingTo("5.5");
        assertThat(kept.path("labels").toString()).isEqualTo("[\"LOCAL\"]");
        assertThat(quote(bread).text("total")).as("another store's till").isEqualTo("3.40");
        Api.Response sale = tillElsewhere.post("/api/tickets", Map.of("organization", elsewhere,
                "lines", List.of(Map.of("product", bread, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "3.40"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);

        String sku = fx.unique("SKU");
        Api.Response created = manager.post("/api/products", Map.of("sku", sku, "name", "Savon", "category", "HYGIENE",
                "uom", "UNIT", "referencePrice", "2.50", "vatRate", "20", "labels", List.of("ORGANIC")));
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(admin.get("/api/products?q=" + sku).json().path("items")).isEmpty();

        Api.Response changed = admin.put("/api/products/" + bread, terms("3.60", "5.5", List.of("LOCAL")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(quote(bread).text("total")).isEqualTo("3.60");
    }

    @Test
    void aManagerCannotResetNorDeactivateANetworkAdmin() {
        String name = fx.unique("reseau");
        String id = created(admin.post("/api/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of("NETWORK_ADMIN"))));
        Api networkAdmin = admin.login(name, PASSWORD);

        Api.Response reset = manager.put("/api/users/" + id + "/password", Map.of("password", "pris-par-le-gerant"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(403);
        assertThat(reset.code()).isEqualTo("USER_OUTRANKS_YOU");
        assertThat(reset.message()).contains("rôle que vous ne pouvez pas attribuer");
        assertThat(manager.english().put("/api/users/" + id + "/password", Map.of("password", "pris-par-le-gerant"))
                .message()).startsWith("This account holds a role you cannot grant");
        assertThat(login(name, "pris-par-le-gerant")).isEqualTo(401);
        for (boolean active : List.of(false, true)) {
            Api.Response state = manager.put("/api/users/" + id + "/active", Map.of("active", active));
            assertThat(state.status()).as(state.toString()).isEqualTo(403);
            assertThat(state.code()).isEqualTo("USER_OUTRANKS_YOU");
        }
        assertThat(networkAdmin.get("/api/organizations").status()).as("its session goes on").isEqualTo(200);
        assertThat(login(name, PASSWORD)).isEqualTo(200);

        assertThat(admin.put("/api/users/" + id + "/password", Map.of("password", "nouveau-secret-9")).status())
                .as("a network admin may").isEqualTo(204);
        assertThat(login(name, "nouveau-secret-9")).isEqualTo(200);
    }

    @Test
    void aNetworkAdminBelongsToNoOrganization() {
        String store = fx.store();
        for (List<String> roles : List.of(List.of("NETWORK_ADMIN"), List.of("MANAGER", "NETWORK_ADMIN"))) {
            String name = fx.unique("reseau");
            Api.Response r = admin.post("/api/users", Map.of("username", name, "password", PASSWORD, "roles", roles,
                    "organization", store));
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("NETWORK_ADMIN_WITHOUT_ORGANIZATION");
            assertThat(r.message()).contains("n'appartient à aucune organisation");
            assertThat(login(name, PASSWORD)).as("not created").isEqualTo(401);
        }
        Api.Response english = admin.english().post("/api/users", Map.of("username", fx.unique("reseau"),
                "password", PASSWORD, "roles", List.of("NETWORK_ADMIN"), "organization", store));
        assertThat(english.message()).startsWith("A network admin belongs to no organization");
    }

    static int login(String username, String password) {
        return admin.anonymous().post("/api/session", Map.of("username", username, "password", password)).status();
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }
}
