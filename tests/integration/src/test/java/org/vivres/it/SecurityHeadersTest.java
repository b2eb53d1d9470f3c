package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The browser-side defences on the API's answers, successes and refusals alike. */
@ExtendWith(VivresSystem.class)
class SecurityHeadersTest {
    static Api admin;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(admin.base().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyApiAnswerForbidsFramingSniffingCachingAndInlineScripts() throws Exception {
        List<HttpResponse<String>> answers = List.of(send("GET", "/api/health", null),
                send("GET", "/api/no-such-thing", null), send("GET", "/api/products", null),
                send("POST", "/api/session", "{not json"), send("PATCH", "/api/health", null));
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 404, 401, 400, 400);
        for (HttpResponse<String> r : answers) {
            var h = r.headers();
            String what = r.request().method() + " " + r.uri().getPath();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).as(what)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(h.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(h.firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(h.firstValue("Cache-Control")).as(what).contains("no-store");
        }
    }
}
