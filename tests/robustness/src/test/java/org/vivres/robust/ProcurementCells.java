package org.vivres.robust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vivres.load.Http;
import org.vivres.load.Network;

/**
 * The procurement endpoints of the access matrix. A round belongs to its hub: hub H's users act on H's rounds and are
 * refused on hub H2's; store A's manager reads the rounds A takes part in and writes A's needs, and neither reads nor
 * writes those of a round without A. Suppliers, offers and the demand history are the network's, read by any manager;
 * producers are written by the network admin only, offers by the admin and the hubs' managers (a store's manager is
 * refused with {@code HUB_ONLY}).
 */
final class ProcurementCells {
    private static final List<String> MANAGER = List.of("MANAGER");

    private final Http admin;
    private final String run;
    private final ProcurementFixture fixture;
    private final String storeA;
    private final String storeB;
    private final String hubA;
    private final String hubB;

    /** Rounds the report cells read, closed and delivered: hub H's with store A, hub H2's with store B. */
    record Delivered(String roundA, String roundB, String supplier) {
    }

    ProcurementCells(Http admin, String run, String product, Network.Store a, Network.Store b) {
        this.admin = admin;
        this.run = run;
        this.fixture = new ProcurementFixture(admin, run, product);
        this.storeA = a.id();
        this.storeB = b.id();
        this.hubA = fixture.hub("A");
        this.hubB = fixture.hub("B");
    }

    Delivered delivered() {
        return new Delivered(fixture.delivered(hubA, storeA), fixture.delivered(hubB, storeB), fixture.supplier());
    }

    List<MatrixCell> cells() {
        List<MatrixCell> c = new ArrayList<>();
        String product = fixture.product();
        String supplier = fixture.supplier();
        String roundB = fixture.round(hubB, storeB);
        String openA = "/api/procurement/rounds/" + fixture.round(hubA, storeA);
        String openB = "/api/procurement/rounds/" + roundB;
        // store A's side
        c.add(MatrixCell.of("GET", "/api/procurement/rounds", null, "/api/procurement/rounds?limit=500", null,
                MANAGER, roundB));
        c.add(MatrixCell.get(openA, openB, MANAGER));
        c.add(MatrixCell.of("PUT", openA + "/needs", () -> need(storeA, product), openB + "/needs",
                () -> need(storeB, product), MANAGER));
        // the network's
        c.add(MatrixCell.of("POST", "/api/suppliers", fixture::supplierBody, null, null, List.of()));
        c.add(MatrixCell.get("/api/suppliers", null, MANAGER));
        c.add(MatrixCell.get("/api/suppliers/" + supplier, null, MANAGER));
        Supplier<Object> offer = () -> Map.of("supplier", supplier, "product", product, "packSize", "2",
                "packPrice", "1.50");
        c.add(MatrixCell.of("POST", "/api/procurement/offers", offer, null, null, MANAGER).refusedWith("HUB_ONLY"));
        c.add(MatrixCell.get("/api/procurement/offers?product=" + product, null, MANAGER));
        c.add(MatrixCell.get("/api/procurement/demand?product=" + product, null, MANAGER));
        c.add(MatrixCell.get("/api/procurement/organizations", null, MANAGER));
        // hub H's side
        Map<String, Http> hub = hubUsers();
        c.add(MatrixCell.of("POST", "/api/procurement/offers", offer, null, null, MANAGER).calledBy(hub));
        c.add(MatrixCell.of("POST", "/api/procurement/rounds", () -> ProcurementFixture.roundBody(hubA, storeA),
                "/api/procurement/rounds", () -> ProcurementFixture.roundBody(hubB, storeB), MANAGER).calledBy(hub));
        // the first allowed call closes the round, the next ones are told it is closed (409)
        c.add(MatrixCell.of("POST", openA + "/close", null, openB + "/close", null, MANAGER).calledBy(hub));
        String closedA = "/api/procurement/rounds/" + fixture.closed(hubA, storeA);
        String closedB = "/api/procurement/rounds/" + fixture.closed(hubB, storeB);
        Supplier<Object> one = () -> Map.of("product", product, "quantity", "1");
        String receiptA = Network.created(admin.post(closedA + "/receipts", one.get()));
        String receiptB = Network.created(admin.post(closedB + "/receipts", one.get()));
        c.add(MatrixCell.of("POST", closedA + "/receipts", one, closedB + "/receipts", one, MANAGER).calledBy(hub));
        // the first allowed call takes the delivery back, the next ones find it gone (404)
        c.add(MatrixCell.of("DELETE", closedA + "/receipts/" + receiptA, null, closedB + "/receipts/" + receiptB, null,
                MANAGER).calledBy(hub));
        Supplier<Object> costs = () -> Map.of("costs", List.of(Map.of("label", "Transport", "amount", "3.00",
                "basis", "QUANTITY")));
        c.add(MatrixCell.of("POST", closedA + "/allocate", costs, closedB + "/allocate", costs, MANAGER)
                .calledBy(hub));
        c.add(MatrixCell.get(closedA, closedB, MANAGER).calledBy(hub));
        return c;
    }

    /** Hub H's users by role, the callers of the hub's cells. */
    private Map<String, Http> hubUsers() {
        Map<String, Http> users = new HashMap<>();
        for (String role : List.of("CASHIER", "MANAGER", "REFERRER")) {
            users.put(role, Network.user(admin, role, hubA, "matrix-hub-" + role.toLowerCase() + "-" + run));
        }
        return Map.copyOf(users);
    }

    private static Map<String, Object> need(String store, String product) {
        return Map.of("organization", store, "product", product, "quantity", "3");
    }
}
