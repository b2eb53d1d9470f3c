package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, tokens, roles and organizations, checked by the server whatever the client does. */
@ExtendWith(VivresSystem.class)
class SessionAndAccessTest {
    static Api admin;
    static Fixtures fx;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
    }

    @Test
    void loginGivesATokenAndTheUser() {
        Api.Response r = admin.anonymous().post("/api/session", Map.of("username", "admin", "password", VivresSystem.ADMIN_PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("token")).hasSizeGreaterThan(30);
        assertThat(r.json().path("user").path("username").asText()).isEqualTo("admin");
        assertThat(r.json().path("user").path("roles").toString()).contains("NETWORK_ADMIN");
    }

    @Test
    void wrongPasswordIsRefusedInFrenchOrEnglish() {
        Api.Response fr = admin.anonymous().post("/api/session", Map.of("username", "admin", "password", "faux"));
        assertThat(fr.status()).isEqualTo(401);
        assertThat(fr.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(fr.message()).contains("mot de passe");
        Api.Response en = admin.anonymous().english().post("/api/session", Map.of("username", "nobody", "password", "x"));
        assertThat(en.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(en.message()).contains("password");
    }

    @Test
    void repeatedFailuresForOneUsernameAreSlowedDown() {
        String store = fx.store();
        String username = fx.unique("victime");
        admin.post("/api/users", Map.of("username", username, "password", Fixtures.PASSWORD, "roles", List.of("CASHIER"),
                "organization", store));
        int throttled = 0;
        for (int i = 0; i < 6; i++) {
            Api.Response r = admin.anonymous().post("/api/session", Map.of("username", username, "password", "mauvais" + i));
            if (r.status() == 429) {
                throttled++;
                assertThat(r.code()).isEqualTo("TOO_MANY_ATTEMPTS");
            }
        }
        assertThat(throttled).isGreaterThan(0);
        // Another username is not affected.
        assertThat(admin.anonymous().post("/api/session", Map.of("username", "admin", "password", VivresSystem.ADMIN_PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void callsWithoutOrWithABadTokenAre401() {
        assertThat(admin.anonymous().get("/api/products").status()).isEqualTo(401);
        Api.Response r = admin.anonymous().get("/api/organizations");
        assertThat(r.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void logoutEndsTheToken() {
        Api session = admin.login("admin", VivresSystem.ADMIN_PASSWORD);
        assertThat(session.get("/api/organizations").status()).isEqualTo(200);
        assertThat(session.delete("/api/session").status()).isEqualTo(204);
        assertThat(session.get("/api/organizations").status()).isEqualTo(401);
    }

    @Test
    void onlyANetworkAdminCreatesOrganizations() {
        String store = fx.store();
        Api manager = fx.user("MANAGER", store);
        Api.Response r = manager.post("/api/organizations", Map.of("name", fx.unique("X"), "type", "STORE"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(admin.post("/api/organizations", Map.of("name", fx.unique("X"), "type", "SHOP")).status()).isEqualTo(400);
    }

    @Test
    void aManagerCreatesUsersOfItsOwnStoreOnlyAndCannotGrantNetworkAdmin() {
        String store = fx.store();
        String other = fx.store();
        Api manager = fx.user("MANAGER", store);
        Api.Response ok = manager.post("/api/users", Map.of("username", fx.unique("caissier"), "password", Fixtures.PASSWORD,
                "roles", List.of("CASHIER"), "organization", store));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        Api.Response elsewhere = manager.post("/api/users", Map.of("username", fx.unique("c"), "password", Fixtures.PASSWORD,
                "roles", List.of("CASHIER"), "organization", other));
        assertThat(elsewhere.status()).isEqualTo(403);
        Api.Response escalate = manager.post("/api/users", Map.of("username", fx.unique("c"), "password", Fixtures.PASSWORD,
                "roles", List.of("NETWORK_ADMIN"), "organization", store));
        assertThat(escalate.status()).isEqualTo(403);
        assertThat(escalate.code()).isEqualTo("ROLE_NOT_GRANTABLE");
        Api.Response duplicate = manager.post("/api/users", Map.of("username", ok.text("username"), "password",
                Fixtures.PASSWORD, "roles", List.of("CASHIER"), "organization", store));
        assertThat(duplicate.status()).isEqualTo(409);
        Api.Response weak = manager.post("/api/users", Map.of("username", fx.unique("c"), "password", "court",
                "roles", List.of("CASHIER"), "organization", store));
        assertThat(weak.code()).isEqualTo("PASSWORD_TOO_SHORT");
    }

    @Test
    void aCashierCannotCreateUsersNorProducts() {
        Api cashier = fx.user("CASHIER", fx.store());
        assertThat(cashier.post("/api/users", Map.of()).status()).isEqualTo(403);
        assertThat(cashier.post("/api/products", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void usersSeeOnlyTheirOwnOrganization() {
        String store = fx.store();
        String other = fx.store();
        Api manager = fx.user("MANAGER", store);
        Api.Response list = manager.get("/api/organizations");
        assertThat(list.json().path("items")).hasSize(1);
        assertThat(list.json().path("items").get(0).path("id").asText()).isEqualTo(store);
        assertThat(manager.get("/api/organizations/" + other).status()).isEqualTo(404);
    }
}
