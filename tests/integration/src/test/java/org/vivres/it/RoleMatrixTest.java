package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every core endpoint against every role: a forbidden cell is refused with 403 before anything is
 * read or written; an allowed cell gets past the role check (its answer is then about the request
 * itself: 2xx, 400, 404 or 422, never 401/403).
 */
@ExtendWith(VivresSystem.class)
class RoleMatrixTest {
    static Api admin;
    static Map<String, Api> users;
    static String store;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        Fixtures fx = new Fixtures(admin);
        store = fx.store();
        users = Map.of("CASHIER", fx.user("CASHIER", store), "MANAGER", fx.user("MANAGER", store),
                "REFERRER", fx.user("REFERRER", store));
    }

    static Stream<Arguments> matrix() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                // method, path, allowed roles
                Arguments.of("POST", "/api/organizations", List.of()),
                Arguments.of("GET", "/api/organizations", List.of("CASHIER", "MANAGER", "REFERRER")),
                Arguments.of("POST", "/api/users", List.of("MANAGER")),
                Arguments.of("GET", "/api/users", List.of("MANAGER")),
                Arguments.of("POST", "/api/products", List.of()),
                Arguments.of("GET", "/api/products", List.of("CASHIER", "MANAGER", "REFERRER")),
                Arguments.of("POST", "/api/stock/movements", List.of("MANAGER")),
                Arguments.of("GET", "/api/stock", List.of("CASHIER", "MANAGER", "REFERRER")),
                Arguments.of("POST", "/api/households", List.of("MANAGER", "REFERRER")),
                Arguments.of("GET", "/api/households", List.of("CASHIER", "MANAGER", "REFERRER")),
                Arguments.of("GET", "/api/households/" + id + "/export", List.of("MANAGER", "REFERRER")),
                Arguments.of("DELETE", "/api/households/" + id, List.of("MANAGER")),
                Arguments.of("POST", "/api/tickets/quote", List.of("CASHIER", "MANAGER")),
                Arguments.of("POST", "/api/tickets", List.of("CASHIER", "MANAGER")),
                Arguments.of("GET", "/api/tickets", List.of("CASHIER", "MANAGER")),
                Arguments.of("GET", "/api/tickets/" + id, List.of("CASHIER", "MANAGER")),
                Arguments.of("POST", "/api/tickets/" + id + "/returns", List.of("CASHIER", "MANAGER")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItMayAndNothingElse(String method, String path, List<String> allowed) {
        for (Map.Entry<String, Api> user : users.entrySet()) {
            Api.Response r = call(user.getValue(), method, path);
            if (allowed.contains(user.getKey())) {
                assertThat(r.status()).as(user.getKey() + " " + r).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(r.status()).as(user.getKey() + " " + r).isEqualTo(403);
                assertThat(r.code()).isEqualTo("ROLE_FORBIDDEN");
            }
        }
        assertThat(call(admin, method, path).status()).as("admin").isNotIn(401, 403).isLessThan(500);
        assertThat(call(admin.anonymous(), method, path).status()).as("anonymous").isEqualTo(401);
    }

    private static Api.Response call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            default -> api.post(path, Map.of());
        };
    }
}
