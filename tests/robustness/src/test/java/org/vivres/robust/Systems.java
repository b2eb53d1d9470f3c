package org.vivres.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.vivres.it.VivresSystem;
import org.vivres.launcher.DatabaseSettings;
import org.vivres.load.Http;

/** The harness's running system seen through the load module's client and a JDBC connection. */
final class Systems {
    private Systems() {
    }

    /** The network admin, as a client of the load module. */
    static Http admin(VivresSystem system) {
        return Http.of(system.running().baseUrl()).withToken(system.admin().token());
    }

    /**
     * A JDBC look at the system, once its start-up work is done: the first check of the fiscal chains writes its event
     * a few seconds after start, and a test comparing the tables before and after a call must not see that.
     */
    static Db db(VivresSystem system) throws SQLException {
        awaitFiscalCheck(system);
        DatabaseSettings d = system.running().database();
        return new Db(d.url(), d.user(), d.password());
    }

    private static void awaitFiscalCheck(VivresSystem system) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(system.running().baseUrl() + "api/health")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try {
            while (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"fiscal\":\"UNCHECKED\"")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the start-up check of the fiscal chains did not run in 90 s");
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
