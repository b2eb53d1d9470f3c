package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a penetration test typed: common passwords, identifiers that look like others (zero-width space, full-width
 * digits, a Cyrillic letter), JSON with a key given twice or broken. Each refusal changes nothing.
 */
@ExtendWith(VivresSystem.class)
class LookAlikeAndWeakInputTest {
    static Api admin;
    static Fixtures fx;
    static String store;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
    }

    private static Api.Response newUser(String username, String password) {
        return admin.post("/api/users", Map.of("username", username, "password", password,
                "roles", List.of("CASHIER"), "organization", store));
    }

    @Test
    void commonPasswordsAreRefusedWhereverAPasswordIsSet() {
        String name = fx.unique("commun");
        for (String common : List.of("password", "12345678", "azertyuiop", "Motdepasse", "soleil123")) {
            Api.Response r = newUser(name, common);
            assertThat(r.status()).as(common).isEqualTo(422);
            assertThat(r.code()).isEqualTo("PASSWORD_TOO_COMMON");
            assertThat(r.message()).contains("plus courants");
        }
        assertThat(admin.get("/api/users?limit=500").raw()).as("nothing created").doesNotContain(name);
        assertThat(admin.english().post("/api/users", Map.of("username", name, "password", "password",
                "roles", List.of("CASHIER"), "organization", store)).message()).contains("most common");

        Api.Response created = newUser(name, Fixtures.PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response reset = admin.put("/api/users/" + created.text("id") + "/password", Map.of("password", "iloveyou"));
        assertThat(reset.code()).isEqualTo("PASSWORD_TOO_COMMON");
        Api me = admin.login(name, Fixtures.PASSWORD);
        Api.Response own = me.put("/api/session/password", Map.of("current", Fixtures.PASSWORD, "password", "marseille"));
        assertThat(own.code()).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(me.get("/api/products?limit=1").status()).as("the refused change ended no session").isEqualTo(200);
        admin.login(name, Fixtures.PASSWORD);
    }

    @Test
    void aCyrillicOrInvisibleCharacterInAUsernameIsRefused() {
        for (String lookAlike : List.of("\u0430dmin-" + System.nanoTime(), "admin\u200B" + System.nanoTime(),
                "adm\u202Ein" + System.nanoTime())) {
            Api.Response r = newUser(lookAlike, Fixtures.PASSWORD);
            assertThat(r.status()).as(lookAlike).isEqualTo(422);
            assertThat(r.code()).isEqualTo("INVALID_CHARACTERS");
            assertThat(r.message()).contains("« identifiant »").contains("invisible");
        }
    }

    @Test
    void cardReferencesAreNormalisedAndLookAlikesRefused() {
        String digits = Long.toString(System.nanoTime());
        StringBuilder wide = new StringBuilder("CARTE-");
        digits.chars().forEach(c -> wide.append((char) (c - '0' + '\uFF10')));
        Api.Response created = admin.post("/api/households", Map.of("reference", wide.toString(), "organization", store,
                "size", 2));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("reference")).isEqualTo("CARTE-" + digits);
        // typed either way at the till, it is the same card
        assertThat(admin.get("/api/households?reference=CARTE-" + digits).json().path("items")).hasSize(1);
        assertThat(admin.get("/api/households?reference=" + java.net.URLEncoder.encode(wide.toString(),
                java.nio.charset.StandardCharsets.UTF_8)).json().path("items")).hasSize(1);
        Api.Response again = admin.post("/api/households", Map.of("reference", "CARTE-" + digits, "organization", store,
                "size", 2));
        assertThat(again.code()).isEqualTo("HOUSEHOLD_REFERENCE_TAKEN");

        for (String lookAlike : List.of("CARTE-\u200B" + digits, "\u0421ARTE-" + digits, "\uFEFFCARTE-" + digits)) {
            Api.Response r = admin.post("/api/households", Map.of("reference", lookAlike, "organization", store,
                    "size", 2));
            assertThat(r.status()).as(lookAlike).isEqualTo(422);
            assertThat(r.code()).isEqualTo("INVALID_CHARACTERS");
            Api.Response lookup = admin.get("/api/households?reference=" + java.net.URLEncoder.encode(lookAlike,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(lookup.code()).isEqualTo("INVALID_CHARACTERS");
        }
    }

    @Test
    void aSkuWithAZeroWidthSpaceIsRefused() {
        Api.Response r = admin.post("/api/products", Map.of("sku", "SKU\u200B" + System.nanoTime(), "name", "Pain",
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", "1.00", "vatRate", "5.5"));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("INVALID_CHARACTERS");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndBrokenJsonIsExplainedPlainly() {
        String name = fx.unique("Doublon");
        Api.Response twice = admin.post("/api/organizations",
                "{\"name\":\"" + name + "\",\"type\":\"STORE\",\"type\":\"HUB\"}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.code()).isEqualTo("DUPLICATE_FIELD");
        assertThat(twice.message()).isEqualTo("Le champ « type » est donné deux fois.");
        assertThat(admin.get("/api/organizations?limit=500").raw()).doesNotContain(name);

        Api.Response broken = admin.post("/api/organizations", "{\"name\": tru}");
        assertThat(broken.code()).isEqualTo("MALFORMED_JSON");
        assertThat(broken.message()).matches("Le corps de la requête n'est pas un JSON valide \\(ligne 1, colonne \\d+\\)\\.")
                .doesNotContain("Unrecognized", "token", "line:");
    }
}
