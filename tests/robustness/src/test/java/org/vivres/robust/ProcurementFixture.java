package org.vivres.robust;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.vivres.load.Http;
import org.vivres.load.Network;

/** Hubs, a producer offering one product, and rounds at each stage, made by a network admin for the tests. */
final class ProcurementFixture {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Http admin;
    private final String run;
    private final String product;
    private final String supplier;

    ProcurementFixture(Http admin, String run, String product) {
        this.admin = admin;
        this.run = run;
        this.product = product;
        this.supplier = Network.created(admin.post("/api/suppliers", supplierBody()));
        Network.created(admin.post("/api/procurement/offers", Map.of("supplier", supplier, "product", product,
                "packSize", "1", "packPrice", "1.00", "minPacks", 1)));
    }

    String supplier() {
        return supplier;
    }

    String product() {
        return product;
    }

    String hub(String suffix) {
        return Network.created(admin.post("/api/organizations", Map.of("name", "Plateforme " + suffix + " " + run,
                "type", "HUB")));
    }

    Map<String, Object> supplierBody() {
        return Map.of("name", "Producteur " + run + "-" + SEQ.incrementAndGet(), "distanceKm", 30);
    }

    static Map<String, Object> roundBody(String hub, String store) {
        return Map.of("name", "Tournée de test", "hub", hub, "stores", List.of(store),
                "closesAt", OffsetDateTime.now().plusDays(2).toString());
    }

    /** An open round of this hub with this store, the store needing 2 of the product. */
    String round(String hub, String store) {
        String id = Network.created(admin.post("/api/procurement/rounds", roundBody(hub, store)));
        Http.Response r = admin.put("/api/procurement/rounds/" + id + "/needs", Map.of("organization", store,
                "product", product, "quantity", "2"));
        if (r.status() != 200) {
            throw new IllegalStateException("need refused: " + r);
        }
        return id;
    }

    /** The same, closed: its purchase order placed. */
    String closed(String hub, String store) {
        String id = round(hub, store);
        Http.Response r = admin.post("/api/procurement/rounds/" + id + "/close", Map.of());
        if (r.status() != 200) {
            throw new IllegalStateException("round " + id + " not closed: " + r);
        }
        return id;
    }

    /** The same, closed and delivered in full at the hub. */
    String delivered(String hub, String store) {
        String id = closed(hub, store);
        Network.created(admin.post("/api/procurement/rounds/" + id + "/receipts", Map.of("product", product,
                "quantity", "2")));
        return id;
    }
}
