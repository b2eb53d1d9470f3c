package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A store's legal identity, printed on its receipts and closings: set by the network admin when creating it, then by
 * the admin or the store's own manager; a SIRET or a VAT number that cannot be one is refused and changes nothing.
 */
@ExtendWith(VivresSystem.class)
class OrganizationIdentityTest {
    static final String SIRET = "89876543300013";
    static final String VAT = "FR18898765433";

    static Map<String, Object> identity(String siret, String vat) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", "SCIC Coopérative du Test",
                "address", "35 rue de la Guillotière\nBâtiment B", "postalCode", "69007", "city", "Lyon"));
        if (siret != null) {
            body.put("siret", siret);
        }
        if (vat != null) {
            body.put("vatNumber", vat);
        }
        return body;
    }

    static JsonNode listed(Api who, String id) {
        for (JsonNode o : who.get("/api/organizations?limit=500").json().path("items")) {
            if (id.equals(o.path("id").asText())) {
                return o;
            }
        }
        return null;
    }

    @Test
    void theAdminDeclaresTheIdentityAtCreationAndTheStoresManagerKeepsItUpToDate(Api admin) {
        Fixtures fx = new Fixtures(admin);
        Map<String, Object> body = identity("898 765 433 00013", "fr18 898765433");
        body.put("name", fx.unique("Coopérative"));
        body.put("type", "STORE");
        Api.Response created = admin.post("/api/organizations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String store = created.text("id");
        assertThat(created.text("siret")).isEqualTo(SIRET);
        assertThat(created.text("vatNumber")).isEqualTo(VAT);
        assertThat(created.text("address")).isEqualTo("35 rue de la Guillotière\nBâtiment B");
        Api manager = fx.user("MANAGER", store);
        JsonNode seen = listed(manager, store);
        assertThat(seen.path("legalName").asText()).isEqualTo("SCIC Coopérative du Test");
        assertThat(seen.path("postalCode").asText()).isEqualTo("69007");
        assertThat(seen.path("city").asText()).isEqualTo("Lyon");
        assertThat(manager.get("/api/organizations/" + store).json()).isEqualTo(seen);

        // the manager moves the store and gives up the VAT number (no longer liable)
        Map<String, Object> moved = identity(SIRET, null);
        moved.put("address", "2 place Bellecour");
        Api.Response put = manager.put("/api/organizations/" + store, moved);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.text("address")).isEqualTo("2 place Bellecour");
        assertThat(put.json().has("vatNumber")).isFalse();
        assertThat(listed(admin, store)).isEqualTo(put.json());
        assertThat(put.text("name")).isEqualTo(created.text("name"));
    }

    @Test
    void aSiretOrAVatNumberThatCannotBeOneIsRefusedAndNothingChanges(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        Api manager = fx.user("MANAGER", store);
        assertThat(manager.put("/api/organizations/" + store, identity(SIRET, VAT)).status()).isEqualTo(200);
        JsonNode before = listed(admin, store);

        Api.Response badSiret = manager.put("/api/organizations/" + store, identity("89876543300014", null));
        assertThat(badSiret.status()).isEqualTo(422);
        assertThat(badSiret.code()).isEqualTo("INVALID_SIRET");
        assertThat(badSiret.message()).contains("SIRET");
        assertThat(manager.put("/api/organizations/" + store, identity("8987654330001", null)).code())
                .isEqualTo("INVALID_SIRET");
        Api.Response badKey = manager.put("/api/organizations/" + store, identity(SIRET, "FR19898765433"));
        assertThat(badKey.status()).isEqualTo(422);
        assertThat(badKey.code()).isEqualTo("INVALID_VAT_NUMBER");
        // a valid VAT number, but of another company than the SIRET's
        assertThat(manager.put("/api/organizations/" + store, identity(SIRET, "FR44732829320")).code())
                .isEqualTo("INVALID_VAT_NUMBER");
        Map<String, Object> creating = identity("123", null);
        creating.put("name", fx.unique("Épicerie"));
        creating.put("type", "STORE");
        Api.Response refusedCreation = admin.post("/api/organizations", creating);
        assertThat(refusedCreation.code()).isEqualTo("INVALID_SIRET");
        assertThat(listed(admin, store)).isEqualTo(before);
        assertThat(admin.get("/api/organizations?limit=500").raw()).doesNotContain((String) creating.get("name"));

        // only the admin and the store's own manager
        assertThat(fx.user("CASHIER", store).put("/api/organizations/" + store, identity(null, null)).code())
                .isEqualTo("ROLE_FORBIDDEN");
        Api.Response other = fx.user("MANAGER", fx.store()).put("/api/organizations/" + store, identity(null, null));
        assertThat(other.status()).isIn(403, 404);
        assertThat(listed(admin, store)).isEqualTo(before);
        assertThat(admin.put("/api/organizations/" + store, identity(null, null)).status()).isEqualTo(200);
        assertThat(listed(admin, store).has("siret")).isFalse();
    }
}
