package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.VivresSystem;
import org.vivres.load.Http;
import org.vivres.load.Network;

/**
 * Every endpoint of the bundles (core, pricing, caisse, activities, procurement, financing, reports, the till's contributions;
 * login, logout, one's own password and the open health check aside), called by each role of store A (cashier, manager, referrer) on A's own data
 * and on store B's — hub H's roles for a hub's rounds — by a network admin and by nobody. A role the route does not
 * allow gets 403 {@code ROLE_FORBIDDEN}; an allowed role gets past the checks on its own data (no 401/403, no 5xx),
 * unless the cell names the 403 code its handler answers them with (a store writing the hubs' offers, a manager
 * touching a network admin's account); on B's data it is refused with 403 or 404 — or, for a list, gets one that
 * does not show B's data; and a refused call changes no row. The network's shared data (products, producers) is the
 * network admin's alone.
 */
@ExtendWith(VivresSystem.class)
class AccessMatrixTest {
    private static final List<String> ROLES = List.of("CASHIER", "MANAGER", "REFERRER");
    private static final List<String> STAFF = ROLES;
    private static final List<String> NONE = List.of();
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Map<String, Integer> OUTCOMES = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Test
    void everyRoleOfOneStoreGetsWhatItMayAndNothingOfAnotherStore(VivresSystem system) throws Exception {
        Http admin = Systems.admin(system);
        Network network = Network.build(admin, new Network.Shape(2, 6, 2, 1, 31));
        Network.Store a = network.stores().get(0);
        Network.Store b = network.stores().get(1);
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, Http> users = Map.of(
                "CASHIER", Network.user(admin, "CASHIER", a.id(), "matrix-c-" + run),
                "MANAGER", Network.user(admin, "MANAGER", a.id(), "matrix-m-" + run),
                "REFERRER", Network.user(admin, "REFERRER", a.id(), "matrix-r-" + run));
        String product = network.products().get(network.products().size() - 1).id();
        String ticketA = sale(a, product);
        String ticketB = sale(b, product);
        List<MatrixCell> cells = cells(network, admin, a, b, product, ticketA, ticketB, run);
        Systems.awaitStartupFiscalCheck(admin);
        // a path with {fresh} gets a new household of A at each call, so that erasing one leaves the others
        Supplier<String> fresh = () -> Network.created(admin.post("/api/households", Map.of("reference",
                "MATRICE-" + run + "-" + SEQ.incrementAndGet(), "organization", a.id(), "size", 1)));

        List<String> failures = new ArrayList<>();
        int calls = 0;
        try (Db db = Systems.db(system)) {
            for (MatrixCell cell : cells) {
                for (String role : ROLES) {
                    Http user = (cell.callers() == null ? users : cell.callers()).get(role);
                    boolean allowed = cell.allowed().contains(role);
                    calls += 2;
                    Expect own = !allowed ? Expect.ROLE_FORBIDDEN
                            : cell.refusal() != null ? Expect.REFUSED_WITH : Expect.PASSES;
                    expect(db, fresh, failures, role + " own", cell, cell.path(), cell.body(), user, own);
                    if (cell.otherPath() != null) {
                        expect(db, fresh, failures, role + " other", cell, cell.otherPath(), cell.otherBody(), user,
                                allowed ? (cell.hidden() != null ? Expect.HIDES : Expect.REFUSED) : Expect.ROLE_FORBIDDEN);
                    }
                }
                calls += 2;
                expect(db, fresh, failures, "admin", cell, cell.path(), cell.body(), admin, Expect.PASSES);
                expect(db, fresh, failures, "anonymous", cell, cell.path(), cell.body(), admin.anonymous(), Expect.UNAUTHORIZED);
            }
        }
        System.out.println("Access matrix: " + cells.size() + " endpoints, " + calls + " calls, " + OUTCOMES);
        assertThat(failures).isEmpty();
    }

    private enum Expect { PASSES, ROLE_FORBIDDEN, REFUSED_WITH, REFUSED, HIDES, UNAUTHORIZED }

    private static void expect(Db db, Supplier<String> fresh, List<String> failures, String who, MatrixCell cell,
                               String template, Supplier<Object> body, Http user, Expect expect) throws Exception {
        String path = template.contains("{fresh}") ? template.replace("{fresh}", fresh.get()) : template;
        Object payload = body == null ? null : body.get();
        Map<String, String> before = db.fingerprint();
        Http.Response r = user.send(cell.method(), path, payload);
        String call = who + ": " + cell.method() + " " + path + " → " + r;
        boolean ok = switch (expect) {
            case PASSES -> r.status() < 500 && r.status() != 401 && r.status() != 403;
            case ROLE_FORBIDDEN -> r.status() == 403 && "ROLE_FORBIDDEN".equals(r.code());
            case REFUSED_WITH -> r.status() == 403 && cell.refusal().equals(r.code());
            case REFUSED -> r.status() == 403 || r.status() == 404;
            case HIDES -> r.status() == 403 || r.status() == 404 || r.status() == 200 && !r.raw().contains(cell.hidden());
            case UNAUTHORIZED -> r.status() == 401;
        };
        if (!ok) {
            failures.add(expect + " expected; " + call);
        }
        OUTCOMES.merge(expect + ":" + r.status(), 1, Integer::sum);
        if (expect != Expect.PASSES && r.status() >= 400 && !db.fingerprint().equals(before)) {
            failures.add("a refused call changed rows: " + call);
        }
    }

    /** A store's January 2000 closed (no sales then) and archived: an archive to download. */
    static String closedAndArchived(Http admin, String store) {
        Network.created(admin.post("/api/closings", Map.of("organization", store, "kind", "MONTH", "period",
                "2000-01")));
        return Network.created(admin.post("/api/fiscal/archives", Map.of("organization", store, "period",
                "2000-01")));
    }

    private static String sale(Network.Store store, String product) {
        Http.Response r = store.cashiers().get(0).post("/api/tickets", Map.of("organization", store.id(),
                "lines", List.of(Map.of("product", product, "quantity", "10")),
                "payments", List.of(Map.of("method", "CARD", "amount", "0.01"))));
        if (r.status() == 422) {
            // pay what the quote says
            Http.Response quote = store.cashiers().get(0).post("/api/tickets/quote", Map.of("organization", store.id(),
                    "lines", List.of(Map.of("product", product, "quantity", "10"))));
            r = store.cashiers().get(0).post("/api/tickets", Map.of("organization", store.id(),
                    "lines", List.of(Map.of("product", product, "quantity", "10")),
                    "payments", List.of(Map.of("method", "CARD", "amount", quote.text("total")))));
        }
        return Network.created(r);
    }

    /**
     * A ticket of {@code store} sold offline and paid twice its price: its gap (the whole total, owed back) waits for
     * a manager.
     */
    static String offlineGap(Network.Store store, String product) {
        Http till = store.cashiers().get(0);
        List<Map<String, String>> lines = List.of(Map.of("product", product, "quantity", "1"));
        String total = till.post("/api/tickets/quote", Map.of("organization", store.id(), "lines", lines))
                .text("total");
        return Network.created(till.post("/api/tickets", Map.of("organization", store.id(), "lines", lines,
                "soldOffline", true, "soldAt", java.time.OffsetDateTime.now().toString(), "payments",
                List.of(Map.of("method", "CASH", "amount", new java.math.BigDecimal(total).multiply(
                        java.math.BigDecimal.valueOf(2)).toPlainString())))));
    }

    private static List<MatrixCell> cells(Network n, Http admin, Network.Store a, Network.Store b, String p,
                                    String ticketA, String ticketB, String run) {
        String hA = a.households().get(0).id();
        String hB = b.households().get(0).id();
        String mA = a.households().get(0).member();
        String mB = b.households().get(0).member();
        String f = "/api/caisse/funds/" + n.fund();
        String today = LocalDate.now().toString();
        Supplier<String> freshA = () -> Network.created(admin.post("/api/households", Map.of("reference",
                "MATRICE-" + run + "-" + SEQ.incrementAndGet(), "organization", a.id(), "size", 1)));
        List<MatrixCell> c = new ArrayList<>();
        c.add(cell("POST", "/api/organizations", () -> Map.of("name", "Matrice " + run + SEQ.incrementAndGet(),
                "type", "STORE"), null, null, NONE));
        c.add(cell("GET", "/api/organizations", null, null, null, STAFF));
        c.add(cell("GET", "/api/organizations/" + a.id(), null, "/api/organizations/" + b.id(), null, STAFF));
        c.add(MatrixCell.of("POST", "/api/users", () -> user(run, a.id()), "/api/users", () -> user(run, b.id()),
                List.of("MANAGER"), null));
        c.add(cell("GET", "/api/users", null, null, null, List.of("MANAGER")));
        // accounts nobody else uses: left active, their password set to what it was
        String targetA = Network.created(admin.post("/api/users", user(run, a.id())));
        String targetB = Network.created(admin.post("/api/users", user(run, b.id())));
        Supplier<Object> active = () -> Map.of("active", true);
        c.add(cell("PUT", "/api/users/" + targetA + "/active", active, "/api/users/" + targetB + "/active", active,
                List.of("MANAGER")));
        Supplier<Object> samePassword = () -> Map.of("password", "motdepasse-123");
        c.add(cell("PUT", "/api/users/" + targetA + "/password", samePassword, "/api/users/" + targetB + "/password",
                samePassword, List.of("MANAGER")));
        // a network admin's account is above a manager: neither its state nor its password are theirs to change
        String networkAdmin = Network.created(admin.post("/api/users", Map.of("username", "mat-reseau-" + run,
                "password", "motdepasse-123", "roles", List.of("NETWORK_ADMIN"))));
        c.add(cell("PUT", "/api/users/" + networkAdmin + "/active", active, null, null, List.of("MANAGER"))
                .refusedWith("USER_OUTRANKS_YOU"));
        c.add(cell("PUT", "/api/users/" + networkAdmin + "/password", samePassword, null, null, List.of("MANAGER"))
                .refusedWith("USER_OUTRANKS_YOU"));
        c.add(cell("POST", "/api/products", () -> Map.of("sku", "MAT-" + run + SEQ.incrementAndGet(), "name", "M",
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", "1.00", "vatRate", "5.5"), null, null,
                NONE));
        c.add(cell("GET", "/api/products", null, null, null, STAFF));
        c.add(cell("GET", "/api/products/" + p, null, null, null, STAFF));
        // a product of its own: the tickets of the other cells keep their prices
        String changed = Network.created(admin.post("/api/products", Map.of("sku", "MATP-" + run, "name", "M",
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", "1.00", "vatRate", "5.5")));
        c.add(cell("PUT", "/api/products/" + changed, () -> Map.of("name", "Matrice", "category", "EPICERIE",
                "referencePrice", "1.00", "vatRate", "5.5"), null, null, NONE));
        // managed lists of the catalogue (issue 17): everyone reads them, only the network admin adds to them
        c.add(cell("GET", "/api/categories", null, null, null, STAFF));
        c.add(cell("GET", "/api/labels", null, null, null, STAFF));
        c.add(cell("POST", "/api/categories", () -> Map.of("code", "MAT_" + run.toUpperCase() + SEQ.incrementAndGet(),
                "name", "Matrice"), null, null, NONE));
        c.add(cell("POST", "/api/labels", () -> Map.of("code", "MAT_" + run.toUpperCase() + SEQ.incrementAndGet(),
                "name", "Matrice"), null, null, NONE));
        c.add(cell("POST", "/api/products/import?dryRun=true", () -> "sku;name;category;uom;referencePrice;vatRate\n"
                + "MATI-" + run + ";Matrice;EPICERIE;UNIT;1,00;5,5\n", null, null, NONE));
        c.add(cell("GET", "/api/products/scan?code=MATP-" + run, null, null, null, STAFF));
        // the bundles screen: the admin's calls are refused for what they hold (no jar, the kernel), nothing deployed
        c.add(cell("GET", "/api/bundles", null, null, null, NONE));
        c.add(cell("POST", "/api/bundles", () -> "pas un jar", null, null, NONE));
        c.add(cell("DELETE", "/api/bundles/org.vivres.erp.kernel", null, null, null, NONE));
        c.add(MatrixCell.of("POST", "/api/stock/movements", () -> movement(a.id(), p), "/api/stock/movements",
                () -> movement(b.id(), p), List.of("MANAGER"), null));
        c.add(cell("GET", "/api/stock?organization=" + a.id(), null, "/api/stock?organization=" + b.id(), null, STAFF));
        c.add(cell("POST", "/api/stock/counts", () -> count(a.id(), p), "/api/stock/counts", () -> count(b.id(), p),
                List.of("MANAGER")));
        c.add(MatrixCell.of("POST", "/api/households", () -> Map.of("reference", "MAT-" + run + SEQ.incrementAndGet(),
                "organization", a.id(), "size", 2), "/api/households", () -> Map.of("reference",
                "MAT-" + run + SEQ.incrementAndGet(), "organization", b.id(), "size", 2),
                List.of("MANAGER", "REFERRER"), null));
        c.add(MatrixCell.of("GET", "/api/households", null, "/api/households?limit=500", null, STAFF, hB));
        c.add(cell("GET", "/api/households/" + hA, null, "/api/households/" + hB, null, STAFF));
        c.add(cell("GET", "/api/households/" + hA + "/export", null, "/api/households/" + hB + "/export", null,
                List.of("MANAGER", "REFERRER")));
        c.add(MatrixCell.of("DELETE", "/api/households/{fresh}", null, "/api/households/" + hB, null,
                List.of("MANAGER"), null));
        c.add(MatrixCell.of("POST", "/api/tickets/quote", () -> quote(a.id(), p), "/api/tickets/quote",
                () -> quote(b.id(), p), List.of("CASHIER", "MANAGER"), null));
        c.add(MatrixCell.of("POST", "/api/tickets", () -> ticket(a.id(), p), "/api/tickets", () -> ticket(b.id(), p),
                List.of("CASHIER", "MANAGER"), null));
        c.add(cell("GET", "/api/tickets?organization=" + a.id(), null, "/api/tickets?organization=" + b.id(), null,
                List.of("CASHIER", "MANAGER")));
        c.add(cell("GET", "/api/tickets/" + ticketA, null, "/api/tickets/" + ticketB, null,
                List.of("CASHIER", "MANAGER")));
        c.add(cell("GET", "/api/tickets/journal?organization=" + a.id(), null,
                "/api/tickets/journal?organization=" + b.id(), null, List.of("CASHIER", "MANAGER")));
        Supplier<Object> oneBack = () -> Map.of("lines", List.of(Map.of("product", p, "quantity", "1")));
        c.add(MatrixCell.of("POST", "/api/tickets/" + ticketA + "/returns", oneBack, "/api/tickets/" + ticketB + "/returns",
                oneBack, List.of("CASHIER", "MANAGER"), null));
        // issue 17: what a return would give back before it is made, deliveries by note, the return slip
        c.add(MatrixCell.of("POST", "/api/tickets/" + ticketA + "/returns/quote", oneBack,
                "/api/tickets/" + ticketB + "/returns/quote", oneBack, List.of("CASHIER", "MANAGER"), null));
        c.add(cell("GET", "/api/tickets/" + ticketA + "/returnable", null, "/api/tickets/" + ticketB + "/returnable",
                null, List.of("CASHIER", "MANAGER")));
        c.add(MatrixCell.of("POST", "/api/stock/deliveries", () -> delivery(a.id(), p, run), "/api/stock/deliveries",
                () -> delivery(b.id(), p, run), List.of("MANAGER"), null));
        String deliveryA = Network.created(admin.post("/api/stock/deliveries", delivery(a.id(), p, run)));
        String deliveryB = Network.created(admin.post("/api/stock/deliveries", delivery(b.id(), p, run)));
        c.add(cell("GET", "/api/stock/deliveries?organization=" + a.id(), null,
                "/api/stock/deliveries?organization=" + b.id(), null, List.of("MANAGER")));
        c.add(cell("GET", "/api/stock/deliveries/" + deliveryA, null, "/api/stock/deliveries/" + deliveryB, null,
                List.of("MANAGER")));
        String returnA = Network.created(admin.post("/api/tickets/" + ticketA + "/returns", oneBack.get()));
        String returnB = Network.created(admin.post("/api/tickets/" + ticketB + "/returns", oneBack.get()));
        c.add(MatrixCell.get("/api/reports/return-slip?format=csv&id=" + returnA,
                "/api/reports/return-slip?format=csv&id=" + returnB, List.of("CASHIER", "MANAGER")));
        // tills, sessions and closings (B's till open, so that a call wrongly let through would change rows)
        String tillA = Network.created(admin.post("/api/tills", Map.of("organization", a.id(), "name", "M-" + run)));
        String tillB = Network.created(admin.post("/api/tills", Map.of("organization", b.id(), "name", "M-" + run)));
        Network.created(admin.post("/api/tills/" + tillB + "/sessions", Map.of("openingFloat", "10.00")));
        String tA = "/api/tills/" + tillA;
        String tB = "/api/tills/" + tillB;
        c.add(MatrixCell.of("POST", "/api/tills", () -> Map.of("organization", a.id(), "name", "M" + SEQ.incrementAndGet()),
                "/api/tills", () -> Map.of("organization", b.id(), "name", "M" + SEQ.incrementAndGet()),
                List.of("MANAGER"), null));
        c.add(cell("GET", "/api/tills?organization=" + a.id(), null, "/api/tills?organization=" + b.id(), null,
                List.of("CASHIER", "MANAGER")));
        Supplier<Object> opening = () -> Map.of("openingFloat", "10.00");
        c.add(cell("POST", tA + "/sessions", opening, tB + "/sessions", opening, List.of("CASHIER", "MANAGER")));
        c.add(cell("GET", tA + "/sessions", null, tB + "/sessions", null, List.of("CASHIER", "MANAGER")));
        c.add(cell("GET", tA + "/sessions/current", null, tB + "/sessions/current", null,
                List.of("CASHIER", "MANAGER")));
        Supplier<Object> cashIn = () -> Map.of("type", "CASH_IN", "amount", "1.00", "reason", "apport");
        c.add(cell("POST", tA + "/sessions/current/movements", cashIn, tB + "/sessions/current/movements", cashIn,
                List.of("CASHIER", "MANAGER")));
        Supplier<Object> counted = () -> Map.of("counted", Map.of("CASH", "11.00"));
        c.add(cell("POST", tA + "/sessions/current/close", counted, tB + "/sessions/current/close", counted,
                List.of("CASHIER", "MANAGER")));
        c.add(MatrixCell.of("POST", "/api/closings", () -> Map.of("organization", a.id(), "kind", "DAY",
                "period", "2001-01-0" + (1 + SEQ.incrementAndGet() % 9)), "/api/closings", () -> Map.of("organization",
                b.id(), "kind", "DAY", "period", "2001-01-01"), List.of("MANAGER"), null));
        c.add(cell("GET", "/api/closings?organization=" + a.id(), null, "/api/closings?organization=" + b.id(), null,
                List.of("MANAGER")));
        // the store's legal identity, and the Z and closings printed (a closed session and a closing per store)
        Supplier<Object> identity = () -> Map.of("city", "Lyon", "siret", "89876543300013");
        c.add(cell("PUT", "/api/organizations/" + a.id(), identity, "/api/organizations/" + b.id(), identity,
                List.of("MANAGER")));
        String zA = closedSession(admin, a.id(), run);
        String zB = closedSession(admin, b.id(), run);
        String dayA = Network.created(admin.post("/api/closings", Map.of("organization", a.id(), "kind", "DAY",
                "period", "2000-01-01")));
        String dayB = Network.created(admin.post("/api/closings", Map.of("organization", b.id(), "kind", "DAY",
                "period", "2000-01-01")));
        c.add(MatrixCell.get("/api/reports/closing?format=csv&session=" + zA,
                "/api/reports/closing?format=csv&session=" + zB, List.of("CASHIER", "MANAGER")));
        c.add(MatrixCell.get("/api/reports/closing?format=csv&closing=" + dayA,
                "/api/reports/closing?format=csv&closing=" + dayB, List.of("MANAGER")));
        // tickets sold offline: the gaps waiting for a manager, the decision (201 the first time, then 409), events
        String gapA = offlineGap(a, p);
        String gapB = offlineGap(b, p);
        c.add(cell("GET", "/api/tickets/offline-gaps?organization=" + a.id(), null,
                "/api/tickets/offline-gaps?organization=" + b.id(), null, List.of("MANAGER")));
        Supplier<Object> approve = () -> Map.of("decision", "APPROVED", "comment", "Matrice");
        c.add(cell("POST", "/api/tickets/" + gapA + "/offline-gap/decision", approve,
                "/api/tickets/" + gapB + "/offline-gap/decision", approve, List.of("MANAGER")));
        c.add(cell("GET", "/api/fiscal/events?organization=" + a.id(), null,
                "/api/fiscal/events?organization=" + b.id(), null, List.of("MANAGER")));
        // fiscal: the chains' check, the archives of a closed period and the network's public key
        c.add(cell("GET", "/api/fiscal/verify?organization=" + a.id(), null,
                "/api/fiscal/verify?organization=" + b.id(), null, List.of("MANAGER")));
        String archiveA = closedAndArchived(admin, a.id());
        String archiveB = closedAndArchived(admin, b.id());
        c.add(cell("POST", "/api/fiscal/archives", () -> Map.of("organization", a.id(), "period", "2000-01"),
                "/api/fiscal/archives", () -> Map.of("organization", b.id(), "period", "2000-01"), List.of("MANAGER")));
        c.add(cell("GET", "/api/fiscal/archives?organization=" + a.id(), null,
                "/api/fiscal/archives?organization=" + b.id(), null, List.of("MANAGER")));
        c.add(cell("GET", "/api/fiscal/archives/" + archiveA, null, "/api/fiscal/archives/" + archiveB, null,
                List.of("MANAGER")));
        c.add(cell("GET", "/api/fiscal/public-key", null, null, null, STAFF));
        // pricing
        c.add(MatrixCell.of("POST", "/api/pricing/tiers", () -> tier(run, a.id()), "/api/pricing/tiers",
                () -> tier(run, b.id()), List.of("MANAGER"), null));
        c.add(cell("GET", "/api/pricing/tiers", null, null, null, STAFF));
        Map<String, Object> tierA = tier(run, a.id());
        Map<String, Object> tierB = tier(run, b.id());
        Network.created(admin.post("/api/pricing/tiers", tierA));
        Network.created(admin.post("/api/pricing/tiers", tierB));
        Supplier<Object> terms = () -> Map.of("name", "Matrice", "percentOfReference", "80");
        c.add(cell("PUT", "/api/pricing/tiers/" + tierA.get("code"), terms, "/api/pricing/tiers/" + tierB.get("code"),
                terms, List.of("MANAGER")));
        Supplier<Object> assign = () -> Map.of("tier", n.tier(), "validFrom", today, "validTo", today);
        c.add(MatrixCell.of("PUT", "/api/households/" + hA + "/tier", assign, "/api/households/" + hB + "/tier", assign,
                List.of("MANAGER", "REFERRER"), null));
        c.add(MatrixCell.of("DELETE", "/api/households/{fresh}/tier", null, "/api/households/" + hB + "/tier", null,
                List.of("MANAGER", "REFERRER"), null));
        c.add(MatrixCell.of("POST", "/api/pricing/assessments", () -> assessment(freshA.get(), today),
                "/api/pricing/assessments", () -> assessment(hB, today), List.of("MANAGER", "REFERRER"), null));
        c.add(cell("GET", "/api/pricing/balance?organization=" + a.id(), null,
                "/api/pricing/balance?organization=" + b.id(), null, List.of("MANAGER")));
        // caisse
        c.add(cell("POST", "/api/caisse/funds", () -> Map.of("name", "Matrice " + run + SEQ.incrementAndGet(),
                "monthlyAllowance", "10.00", "minContribution", "1.00"), null, null, NONE));
        c.add(cell("GET", "/api/caisse/funds", null, null, null, List.of("MANAGER", "REFERRER")));
        c.add(cell("GET", f, null, null, null, List.of("MANAGER", "REFERRER")));
        c.add(cell("POST", f + "/sources", () -> Map.of("funder", "M", "kind", "CITIZEN", "amount", "1.00",
                "status", "PENDING"), null, null, NONE));
        c.add(cell("POST", f + "/conventions", () -> Map.of("organization", a.id(), "validFrom", today), null, null,
                NONE));
        c.add(cell("POST", f + "/criteria", () -> Map.of("excludedCategories", List.of("TABAC")), null, null, NONE));
        c.add(cell("POST", f + "/periods", () -> Map.of("month", "2031-0" + (1 + SEQ.incrementAndGet() % 9)), null,
                null, NONE));
        c.add(cell("POST", f + "/settlements", () -> Map.of("month", "2019-0" + (1 + SEQ.incrementAndGet() % 9)),
                null, null, NONE));
        c.add(cell("GET", f + "/settlements", null, null, null, NONE));
        c.add(cell("GET", f + "/conventions", null, null, null, List.of("MANAGER", "REFERRER")));
        c.add(cell("GET", f + "/criteria", null, null, null, STAFF));
        c.add(cell("GET", f + "/eligible?product=" + p, null, null, null, STAFF));
        c.add(MatrixCell.of("GET", f + "/members", null, f + "/members?limit=500", null, List.of("MANAGER", "REFERRER"), mB));
        c.add(cell("GET", f + "/periods", null, null, null, List.of("MANAGER", "REFERRER")));
        c.add(cell("GET", f + "/projection?months=3", null, null, null, List.of("MANAGER", "REFERRER")));
        c.add(MatrixCell.of("POST", f + "/members", () -> Map.of("household", freshA.get(), "contribution", "5.00"),
                f + "/members", () -> Map.of("household", hB, "contribution", "5.00"),
                List.of("MANAGER", "REFERRER"), null));
        c.add(cell("GET", "/api/caisse/members/" + mA, null, "/api/caisse/members/" + mB, null,
                List.of("MANAGER", "REFERRER")));
        c.add(cell("GET", "/api/caisse/members/" + mA + "/ledger", null, "/api/caisse/members/" + mB + "/ledger", null,
                List.of("MANAGER", "REFERRER")));
        // the member's contribution and state as they were: allowed calls change nothing the other tests rely on
        Supplier<Object> same = () -> Map.of("contribution", "10.00");
        c.add(cell("PUT", "/api/caisse/members/" + mA + "/contribution", same,
                "/api/caisse/members/" + mB + "/contribution", same, List.of("MANAGER", "REFERRER")));
        Supplier<Object> stays = () -> Map.of("active", true);
        c.add(cell("PUT", "/api/caisse/members/" + mA + "/active", stays, "/api/caisse/members/" + mB + "/active",
                stays, List.of("MANAGER", "REFERRER")));
        Supplier<Object> pledge = () -> Map.of("funder", "Matrice", "kind", "PRIVATE", "amount", "1.00",
                "status", "PENDING");
        String source = Network.created(admin.post(f + "/sources", pledge.get()));
        c.add(cell("PUT", f + "/sources/" + source, pledge, null, null, NONE));
        // activities
        c.add(MatrixCell.of("POST", "/api/activities", () -> activity(a.id()), "/api/activities", () -> activity(b.id()),
                List.of("MANAGER"), null));
        c.add(MatrixCell.of("GET", "/api/activities", null, "/api/activities?limit=500", null, STAFF, b.activity()));
        c.add(cell("GET", "/api/activities/" + a.activity(), null, "/api/activities/" + b.activity(), null, STAFF));
        Supplier<Object> session = () -> Map.of("startsAt", today + "T18:00:00+01:00", "capacity", 3, "fee", "1.00");
        c.add(MatrixCell.of("POST", "/api/activities/" + a.activity() + "/sessions", session,
                "/api/activities/" + b.activity() + "/sessions", session, List.of("MANAGER"), null));
        Supplier<Object> offer = () -> Map.of("product", p, "unitPrice", "0.10", "maxQuantityPerHousehold", "1",
                "validDaysAroundSession", 1);
        c.add(MatrixCell.of("POST", "/api/activities/" + a.activity() + "/offers", offer,
                "/api/activities/" + b.activity() + "/offers", offer, List.of("MANAGER"), null));
        String offerA = Network.created(admin.post("/api/activities/" + a.activity() + "/offers", offer.get()));
        String offerB = Network.created(admin.post("/api/activities/" + b.activity() + "/offers", offer.get()));
        // the first allowed call ends the offer, the next ones are told it has ended (409): both pass the access check
        c.add(cell("DELETE", "/api/activities/" + a.activity() + "/offers/" + offerA, null,
                "/api/activities/" + b.activity() + "/offers/" + offerB, null, List.of("MANAGER")));
        c.add(cell("GET", "/api/activities/" + a.activity() + "/report", null,
                "/api/activities/" + b.activity() + "/report", null, List.of("MANAGER")));
        String sA = "/api/activities/sessions/" + a.session();
        String sB = "/api/activities/sessions/" + b.session();
        c.add(MatrixCell.of("POST", sA + "/registrations", () -> Map.of("household", freshA.get()), sB + "/registrations",
                () -> Map.of("household", hB), STAFF, null));
        c.add(cell("GET", sA + "/registrations", null, sB + "/registrations", null, STAFF));
        c.add(MatrixCell.of("POST", sA + "/attendance", () -> Map.of("household", hA), sB + "/attendance",
                () -> Map.of("household", hB), STAFF, null));
        Supplier<Object> roomy = () -> Map.of("startsAt", today + "T19:00:00+01:00", "capacity", 5, "fee", "1.00");
        String roomyA = Network.created(admin.post("/api/activities/" + a.activity() + "/sessions", roomy.get()));
        String roomyB = Network.created(admin.post("/api/activities/" + b.activity() + "/sessions", roomy.get()));
        String registrationA = Network.created(admin.post("/api/activities/sessions/" + roomyA + "/registrations",
                Map.of("household", freshA.get())));
        String freshB = Network.created(admin.post("/api/households", Map.of("reference",
                "MATRICE-B-" + run + "-" + SEQ.incrementAndGet(), "organization", b.id(), "size", 1)));
        String registrationB = Network.created(admin.post("/api/activities/sessions/" + roomyB + "/registrations",
                Map.of("household", freshB)));
        // the first allowed call cancels it, the next ones find it gone (404): both pass the access check
        c.add(cell("DELETE", "/api/activities/registrations/" + registrationA, null,
                "/api/activities/registrations/" + registrationB, null, STAFF));
        c.add(cell("GET", "/api/activities/registrations?household=" + hA, null,
                "/api/activities/registrations?household=" + hB, null, STAFF));
        c.add(cell("GET", "/api/ui/contributions", null, null, null, STAFF));
        ProcurementCells procurement = new ProcurementCells(admin, run, p, a, b);
        c.addAll(procurement.cells());
        c.addAll(FinancingCells.cells(admin, run, a.id(), b.id()));
        c.addAll(ReportCells.cells(n, a, b, ticketA, ticketB, procurement.delivered()));
        return c;
    }

    /** A session of a till of its own in {@code store}, opened and closed: its Z can be printed. */
    private static String closedSession(Http admin, String store, String run) {
        String till = "/api/tills/" + Network.created(admin.post("/api/tills", Map.of("organization", store,
                "name", "Z-" + run)));
        String session = Network.created(admin.post(till + "/sessions", Map.of("openingFloat", "0.00")));
        admin.post(till + "/sessions/current/close", Map.of("counted", Map.of("CASH", "0.00")));
        return session;
    }

    private static MatrixCell cell(String method, String path, Supplier<Object> body, String otherPath,
                                   Supplier<Object> otherBody, List<String> allowed) {
        return MatrixCell.of(method, path, body, otherPath, otherBody, allowed);
    }

    private static Map<String, Object> user(String run, String org) {
        return Map.of("username", "mat-" + run + "-" + SEQ.incrementAndGet(), "password", "motdepasse-123",
                "roles", List.of("CASHIER"), "organization", org);
    }

    private static Map<String, Object> movement(String org, String product) {
        return Map.of("organization", org, "product", product, "quantity", "1", "reason", "RECEIPT");
    }

    /** A delivery of one line under a note number of its own. */
    private static Map<String, Object> delivery(String org, String product, String run) {
        return Map.of("organization", org, "supplier", "Ferme de la Matrice", "noteNumber",
                "BL-" + run + "-" + SEQ.incrementAndGet(), "lines",
                List.of(Map.of("product", product, "quantity", "1", "unitCost", "0.50")));
    }

    private static Map<String, Object> count(String org, String product) {
        return Map.of("organization", org, "counts", List.of(Map.of("product", product, "counted", "500")));
    }

    private static Map<String, Object> quote(String org, String product) {
        return Map.of("organization", org, "lines", List.of(Map.of("product", product, "quantity", "1")));
    }

    private static Map<String, Object> ticket(String org, String product) {
        return Map.of("organization", org, "lines", List.of(Map.of("product", product, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "0.01")));
    }

    private static Map<String, Object> tier(String run, String org) {
        return Map.of("code", "M" + Long.toString(System.nanoTime(), 36) + SEQ.incrementAndGet(), "name", "Matrice",
                "organization", org, "percentOfReference", "80");
    }

    private static Map<String, Object> assessment(String household, String today) {
        return Map.of("household", household, "monthlyIncome", "800.00", "householdParts", "2",
                "validTo", LocalDate.parse(today).plusMonths(1).toString());
    }

    private static Map<String, Object> activity(String org) {
        return Map.of("name", "Matrice " + SEQ.incrementAndGet(), "kind", "FARM_VISIT", "organization", org);
    }
}
