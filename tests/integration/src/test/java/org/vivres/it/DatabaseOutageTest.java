package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;

/**
 * Vivres on a PostgreSQL server of its own ({@code --db-url}), which goes away and comes back:
 * clear 503 errors meanwhile, nothing half-written, recovery without restarting Vivres.
 */
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsDownRequestsGet503AndVivresRecoversOnItsOwn() throws Exception {
        Path pgData = TempFolders.create("vivres-outage-pg-");
        Path data = TempFolders.create("vivres-outage-");
        int pgPort = freePort();
        EmbeddedPostgres pg = postgres(pgData, pgPort);
        Path dist = Path.of(System.getProperty("vivres.dist"));
        LaunchOptions options = LaunchOptions.ephemeral(dist, data)
                .withDatabase("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "")
                .withAdminPassword("outage-admin-pw");
        try (RunningVivres vivres = Launcher.start(options)) {
            Api admin = new Api(HttpClient.newHttpClient(), URI.create(vivres.baseUrl()), null, "fr")
                    .login("admin", "outage-admin-pw");
            Fixtures fx = new Fixtures(admin);
            String store = fx.store();
            String product = fx.product("2.00");
            String ticketId = UUID.randomUUID().toString();
            Map<String, Object> ticket = Map.of("id", ticketId, "organization", store,
                    "lines", List.of(Map.of("product", product, "quantity", "1")),
                    "payments", List.of(Map.of("method", "CARD", "amount", "2.00")));

            pg.close();
            Api.Response refused = admin.post("/api/tickets", ticket);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(refused.message()).contains("rien n'a été enregistré");
            assertThat(admin.anonymous().get("/api/health").text("status")).isEqualTo("DATABASE_UNAVAILABLE");

            pg = postgres(pgData, pgPort);
            Api.Response accepted = until(() -> admin.post("/api/tickets", ticket), Duration.ofSeconds(60));
            assertThat(accepted.status()).isEqualTo(201);
            assertThat(admin.post("/api/tickets", ticket).status()).isEqualTo(200);
            assertThat(fx.onHand(store, product)).isEqualTo("-1.000");
        } finally {
            pg.close();
            TempFolders.delete(data);
            TempFolders.delete(pgData);
        }
    }

    private static Api.Response until(java.util.function.Supplier<Api.Response> call, Duration limit)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        Api.Response last = call.get();
        while (last.status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = call.get();
        }
        return last;
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
