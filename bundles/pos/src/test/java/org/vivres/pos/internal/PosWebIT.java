package org.vivres.pos.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/** The web apps served by the bundle, and GET /api/ui/contributions, in the running system. */
@ExtendWith(VivresSystem.class)
class PosWebIT {
    static Api admin;
    static Fixtures fx;
    static String store;
    static HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
    }

    static HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(admin.base().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> ids(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("items").spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    @Test
    void theTillAndTheBackOfficeAreServed() throws Exception {
        HttpResponse<String> till = fetch("/pos/");
        assertThat(till.statusCode()).isEqualTo(200);
        assertThat(till.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(till.body()).contains("/pos/app.js").contains("lang=\"fr\"");
        assertThat(fetch("/pos/index.html").body()).isEqualTo(till.body());

        HttpResponse<String> redirect = fetch("/pos");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).endsWith("/pos/");

        assertThat(fetch("/backoffice/").body()).contains("/backoffice/app.js");
        assertThat(fetch("/backoffice").statusCode()).isEqualTo(302);
    }

    @Test
    void modulesAreJavaScriptAndRevalidated() throws Exception {
        for (String path : List.of("/pos/app.js", "/ui/pos/api.js", "/ui/pos/messages/fr.js", "/ui/pos/messages/en.js",
                "/backoffice/screens/products.js")) {
            HttpResponse<String> r = fetch(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).contains("javascript");
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-cache");
        }
        assertThat(fetch("/ui/pos/style.css").headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(fetch("/pos/nothing-here.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theAppsForbidInlineScriptsFramingAndSniffingButStayCacheable() throws Exception {
        for (String path : List.of("/pos/", "/backoffice/", "/pos/app.js", "/ui/pos/style.css", "/pos/nothing-here.js")) {
            HttpResponse<String> r = fetch(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                    "object-src 'none'", "base-uri 'self'").doesNotContainPattern("script-src[^;]*unsafe");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            if (r.statusCode() == 200) {
                // the till keeps its files for outages: revalidated, never no-store
                assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("no-store");
            }
        }
        // no inline script nor event handler attribute in the entry pages: the policy would block them
        for (String page : List.of("/pos/", "/backoffice/")) {
            String html = fetch(page).body();
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    void contributionsAreListedForTheCallersRolesInOrder() {
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        Api referrer = fx.user("REFERRER", store);

        assertThat(ids(manager.get("/api/ui/contributions?place=backoffice.screen")))
                .containsExactly("pos.products", "pos.sales", "pos.tills", "pos.closings", "pos.stock",
                        "pos.households", "pos.users", "pos.organizations", "pos.reports");
        assertThat(ids(referrer.get("/api/ui/contributions"))).containsExactly("pos.households", "pos.reports");
        assertThat(ids(cashier.get("/api/ui/contributions?place=backoffice.screen"))).isEmpty();
        assertThat(ids(admin.get("/api/ui/contributions"))).containsExactly("pos.products", "pos.sales", "pos.tills",
                "pos.closings", "pos.stock", "pos.households", "pos.users", "pos.organizations", "pos.bundles", "pos.reports");
        assertThat(ids(admin.get("/api/ui/contributions?place=till.payment"))).isEmpty();
        // The till asks for its offline price rules too: none without a capability bundle.
        assertThat(ids(cashier.get("/api/ui/contributions?place=till.priceRule"))).isEmpty();
    }

    @Test
    void eachContributionHasItsTitleInTheCallersLanguageAndItsModule() {
        JsonNode fr = admin.get("/api/ui/contributions?place=backoffice.screen").json().path("items").get(0);
        assertThat(fr.path("title").asText()).isEqualTo("Produits");
        assertThat(fr.path("place").asText()).isEqualTo("backoffice.screen");
        assertThat(fr.path("module").asText()).isEqualTo("/backoffice/screens/products.js");
        JsonNode en = admin.english().get("/api/ui/contributions?place=backoffice.screen").json().path("items").get(0);
        assertThat(en.path("title").asText()).isEqualTo("Products");
    }

    @Test
    void refusals() {
        Api.Response anonymous = admin.anonymous().get("/api/ui/contributions");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHORIZED");

        Api.Response badPlace = admin.get("/api/ui/contributions?place=till.nowhere");
        assertThat(badPlace.status()).isEqualTo(400);
        assertThat(badPlace.code()).isEqualTo("INVALID_VALUE");
        assertThat(badPlace.message()).contains("till.payment");

        assertThat(admin.post("/api/ui/contributions", "{}").status()).isEqualTo(400);
    }
}
