package org.vivres.it;

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

/** A client of the Vivres HTTP API, logged in as one user (or not at all). */
public final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final String language;

    Api(HttpClient http, URI base, String token, String language) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.language = language;
    }

    /** Nobody logged in yet, on a Vivres a test started itself (with --demo, say). */
    public static Api of(String baseUrl) {
        return new Api(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), URI.create(baseUrl),
                null, "fr");
    }

    /** What came back: the status and the JSON body (an empty object when there is none). */
    public record Response(int status, JsonNode json, String raw) {
        /** The error code of an error body. */
        public String code() {
            return json.path("error").path("code").asText(null);
        }

        public String message() {
            return json.path("error").path("message").asText(null);
        }

        public String text(String field) {
            return json.path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    /** Logs in and returns a client acting as that user; fails the test if the login fails. */
    public Api login(String username, String password) {
        Response r = anonymous().post("/api/session", Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("login " + username + " failed: " + r);
        }
        return new Api(http, base, r.text("token"), language);
    }

    /** The same user, asking for English messages. */
    public Api english() {
        return new Api(http, base, token, "en");
    }

    public Api anonymous() {
        return new Api(http, base, null, language);
    }

    /** The language this client asks for ({@code Accept-Language}): {@code fr}, or {@code en} after {@link #english()}. */
    public String language() {
        return language;
    }

    public String token() {
        return token;
    }

    public URI base() {
        return base;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).POST(bodyOf(body)));
    }

    /** Posts {@code body} as it is (a bundle jar, say), with its {@code contentType}. */
    public Response postBytes(String path, byte[] body, String contentType) {
        return send(request(path).setHeader("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).PUT(bodyOf(body)));
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            JsonNode json = body == null || body.isBlank() ? JSON.createObjectNode() : parse(body);
            return new Response(r.statusCode(), json, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("raw", body);
        }
    }
}
