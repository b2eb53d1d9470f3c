package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A body over 2 MB is refused before it is read to the end, so the connection cannot carry another request: the
 * answer says {@code Connection: close}, and the client's next request goes on a new connection instead of failing
 * on one the server has dropped.
 */
@ExtendWith(VivresSystem.class)
class OversizedBodyTest {

    @Test
    void anOversizedBodyIsRefusedAndTheClientIsToldNotToReuseTheConnection(VivresSystem system) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = URI.create(system.running().baseUrl());
        String token = system.admin().token();
        String huge = "{\"x\":\"" + "B".repeat(3 * 1024 * 1024) + "\"}";
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(base.resolve("/api/products"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("BODY_TOO_LARGE");
        assertThat(refused.headers().firstValue("Connection")).hasValue("close");

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> next = client.send(HttpRequest.newBuilder(base.resolve("/api/products?limit=1"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(next.statusCode()).isEqualTo(200);
        }
    }
}
