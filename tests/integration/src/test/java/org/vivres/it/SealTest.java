package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each ticket and return is sealed when it is recorded, in its till's chain, and its answer says how. */
@ExtendWith(VivresSystem.class)
class SealTest {
    @Test
    void ticketsAndReturnsAreSealedInTheirTillsChainOneAfterTheOther(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String product = fx.product("2.50");
        fx.stock(store, product, "100");
        Api cashier = fx.user("CASHIER", store);
        Map<String, Object> body = Map.of("organization", store,
                "lines", List.of(Map.of("product", product, "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00")));
        String id = java.util.UUID.randomUUID().toString();
        JsonNode first = cashier.post("/api/tickets", Map.of("id", id, "organization", store,
                "lines", List.of(Map.of("product", product, "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00")))).json();
        Api.Response second = cashier.post("/api/tickets", body);
        assertThat(second.status()).isEqualTo(201);
        JsonNode s1 = first.get("seal");
        JsonNode s2 = second.json().get("seal");
        assertThat(s1.get("chain").asText()).isEqualTo("TILL-0-" + store);
        assertThat(s1.get("sequence").asLong()).isEqualTo(1);
        assertThat(s1.get("previous").asText()).isEqualTo("0".repeat(64));
        assertThat(s1.get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(s2.get("chain").asText()).isEqualTo(s1.get("chain").asText());
        assertThat(s2.get("sequence").asLong()).isEqualTo(2);
        assertThat(s2.get("previous").asText()).isEqualTo(s1.get("hash").asText());

        assertThat(cashier.get("/api/tickets/" + first.get("id").asText()).json().get("seal")).isEqualTo(s1);
        Api.Response ret = cashier.post("/api/tickets/" + first.get("id").asText() + "/returns",
                Map.of("lines", List.of(Map.of("product", product, "quantity", "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);
        assertThat(ret.json().get("seal").get("sequence").asLong()).isEqualTo(3);
        assertThat(ret.json().get("seal").get("previous").asText()).isEqualTo(s2.get("hash").asText());
        // a retry is the same ticket, sealed once
        Api.Response retry = cashier.post("/api/tickets", Map.of("id", id, "organization", store,
                "lines", List.of(Map.of("product", product, "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00"))));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("seal")).isEqualTo(s1);
    }
}
