package org.vivres.financing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.vivres.it.Api;

/** Waits for reports to be listed: the reports engine and the bundles' sources start in any order. */
final class Reports {
    private Reports() {
    }

    static void await(Api admin, String... names) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> listed = List.of();
        while (Instant.now().isBefore(deadline)) {
            Api.Response r = admin.get("/api/reports");
            listed = r.status() == 200 ? r.json().path("items").findValuesAsText("name") : List.of();
            if (listed.containsAll(List.of(names))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("reports " + List.of(names) + " not listed; listed: " + listed);
    }
}
