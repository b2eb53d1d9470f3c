package org.vivres.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small JSON client of the Vivres API, logged in as one user (or anonymous). Thread-safe: the tills of
 * a load run share one {@link HttpClient} and its connection pool.
 */
public final class Http {
    /** Jackson, as the API speaks it (money as strings is the caller's business). */
    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private final String token;

    private Http(HttpClient client, URI base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    /** An anonymous client of {@code baseUrl} ({@code http://127.0.0.1:PORT/}). */
    public static Http of(String baseUrl) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return new Http(client, URI.create(baseUrl), null);
    }

    /** The answer: status, parsed body (an empty object when there is none or it is not JSON), raw body. */
    public record Response(int status, JsonNode json, String raw) {
        public String text(String field) {
            return json.path(field).asText(null);
        }

        /** The {@code error.code} of an error body. */
        public String code() {
            return json.path("error").path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + (raw.length() > 300 ? raw.substring(0, 300) + "…" : raw);
        }
    }

    /** Logs in; fails when the login does. */
    public Http login(String username, String password) {
        Response r = anonymous().post("/api/session", Map.of("username", username, "password", password));
        // 503 STARTING: the persistence layer is still taking in the bundles that just started
        for (long deadline = System.nanoTime() + 60_000_000_000L; r.status() == 503 && System.nanoTime() < deadline;) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            r = anonymous().post("/api/session", Map.of("username", username, "password", password));
        }
        if (r.status() != 200) {
            throw new IllegalStateException("login " + username + ": " + r);
        }
        return withToken(r.text("token"));
    }

    /** The same server as the user of {@code bearer}. */
    public Http withToken(String bearer) {
        return new Http(client, base, bearer);
    }

    public Http anonymous() {
        return new Http(client, base, null);
    }

    public String token() {
        return token;
    }

    public URI base() {
        return base;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    /**
     * Sends {@code body} as JSON ({@code String} and {@code byte[]} go as they are). An I/O failure (server gone)
     * is thrown as {@link UncheckedIOException}.
     */
    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), parse(r.body()), r.body() == null ? "" : r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Object body) {
        if (body instanceof byte[] b) {
            return b;
        }
        try {
            return body instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
