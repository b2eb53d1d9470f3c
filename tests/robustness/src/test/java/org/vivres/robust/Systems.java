package org.vivres.robust;

import java.sql.SQLException;
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
     * Waits for the fiscal check Vivres runs shortly after it starts (it journals an event): a test comparing every
     * table before and after each request must not see it land in the middle.
     */
    static void awaitStartupFiscalCheck(Http admin) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while ("UNCHECKED".equals(admin.get("/api/health").text("fiscal")) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    static Db db(VivresSystem system) throws SQLException {
        DatabaseSettings d = system.running().database();
        return new Db(d.url(), d.user(), d.password());
    }
}
