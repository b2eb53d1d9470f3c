package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts after their creation: a manager deactivates someone who left (their till is logged out at once) and
 * brings them back, resets a forgotten password; a user changes their own. Another store's accounts are not theirs.
 */
@ExtendWith(VivresSystem.class)
class AccountTest {
    static final String PASSWORD = "motdepasse-123";
    static Api admin;
    static Fixtures fx;
    static String store;
    static Api manager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        manager = fx.user("MANAGER", store);
    }

    /** {id, username} of a new cashier of {@code organization}. */
    static String[] cashier(String organization) {
        String name = fx.unique("caissier");
        Api.Response r = admin.post("/api/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of("CASHIER"), "organization", organization));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {r.text("id"), name};
    }

    static int login(String username, String password) {
        return admin.anonymous().post("/api/session", Map.of("username", username, "password", password)).status();
    }

    @Test
    void aDeactivatedCashierIsLoggedOutAndCannotLogInUntilBroughtBack() {
        String[] c = cashier(store);
        Api till = admin.login(c[1], PASSWORD);
        assertThat(till.get("/api/products?limit=1").status()).isEqualTo(200);

        Api.Response off = manager.put("/api/users/" + c[0] + "/active", Map.of("active", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().path("active").asBoolean()).isFalse();
        assertThat(till.get("/api/products?limit=1").status()).as("its open session ended").isEqualTo(401);
        assertThat(login(c[1], PASSWORD)).isEqualTo(401);
        assertThat(manager.get("/api/users").json().path("items").toString()).contains(c[1]);

        assertThat(manager.put("/api/users/" + c[0] + "/active", Map.of("active", true)).status()).isEqualTo(200);
        assertThat(login(c[1], PASSWORD)).isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsResetByTheManagerAndTheOldOneNoLongerOpens() {
        String[] c = cashier(store);
        Api till = admin.login(c[1], PASSWORD);
        assertThat(manager.put("/api/users/" + c[0] + "/password", Map.of("password", "court")).code())
                .isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(login(c[1], PASSWORD)).as("a refused reset changes nothing").isEqualTo(200);

        assertThat(manager.put("/api/users/" + c[0] + "/password", Map.of("password", "nouveau-secret-9"))
                .status()).isEqualTo(204);
        assertThat(till.get("/api/products?limit=1").status()).isEqualTo(401);
        assertThat(login(c[1], PASSWORD)).isEqualTo(401);
        assertThat(login(c[1], "nouveau-secret-9")).isEqualTo(200);
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivenTheCurrentOne() {
        String[] c = cashier(store);
        Api me = admin.login(c[1], PASSWORD);
        Api.Response wrong = me.put("/api/session/password", Map.of("current", "pas-le-bon-1", "password",
                "a-moi-seul-42"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("BAD_CURRENT_PASSWORD");
        assertThat(me.put("/api/session/password", Map.of("current", PASSWORD, "password", "a-moi-seul-42"))
                .status()).isEqualTo(204);
        assertThat(login(c[1], "a-moi-seul-42")).isEqualTo(200);
        assertThat(login(c[1], PASSWORD)).isEqualTo(401);
    }

    @Test
    void aManagerManagesOnlyTheirStoresAccountsAndNotTheirOwnDeactivation() {
        String[] elsewhere = cashier(fx.store());
        assertThat(manager.put("/api/users/" + elsewhere[0] + "/active", Map.of("active", false)).status())
                .isEqualTo(404);
        assertThat(manager.put("/api/users/" + elsewhere[0] + "/password", Map.of("password", "nouveau-secret-9"))
                .status()).isEqualTo(404);
        assertThat(login(elsewhere[1], PASSWORD)).isEqualTo(200);
        String[] colleague = cashier(store);
        assertThat(admin.login(colleague[1], PASSWORD).put("/api/users/" + colleague[0] + "/active",
                Map.of("active", false)).code()).isEqualTo("ROLE_FORBIDDEN");
        String name = fx.unique("gerant");
        String self = admin.post("/api/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of("MANAGER"), "organization", store)).text("id");
        Api.Response selfOff = admin.login(name, PASSWORD).put("/api/users/" + self + "/active",
                Map.of("active", false));
        assertThat(selfOff.status()).isEqualTo(422);
        assertThat(selfOff.code()).isEqualTo("CANNOT_DEACTIVATE_SELF");
        assertThat(login(name, PASSWORD)).isEqualTo(200);
    }
}
