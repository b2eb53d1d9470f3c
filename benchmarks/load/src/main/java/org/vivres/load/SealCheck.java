package org.vivres.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The seal chains of every store, verified through the API ({@code GET /api/fiscal/verify}) after a run: a faster
 * checkout is worth nothing if one ticket fell out of its chain.
 */
public final class SealCheck {

    private SealCheck() {
    }

    /** "INTACT (n records)" when every store's chains verify, else what broke, store by store. */
    public static String check(Network network) {
        long records = 0;
        List<String> broken = new ArrayList<>();
        for (Network.Store store : network.stores()) {
            Http.Response verify = network.admin().get("/api/fiscal/verify?organization=" + store.id());
            if (verify.status() != 200 || !"INTACT".equals(verify.text("status"))) {
                broken.add(store.id() + ": " + verify);
            } else {
                records += verify.json().path("records").asLong();
            }
        }
        return broken.isEmpty() ? "INTACT (" + records + " records)" : "**BROKEN** " + broken;
    }
}
