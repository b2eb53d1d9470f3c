package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.VivresSystem;
import org.vivres.load.Http;
import org.vivres.load.LoadRun;
import org.vivres.load.Network;
import org.vivres.load.TicketBook;

/**
 * Malformed and hostile bodies, from a seeded generator, against every endpoint that takes a body (core, pricing,
 * caisse, activities, procurement, financing) and hostile query strings against the lists: never a 5xx, and a refused request changes no
 * row of any table (compared with a fingerprint of every table before and after it).
 */
@ExtendWith(VivresSystem.class)
class FuzzTest {
    private static final long SEED = 20261125L;

    private record Endpoint(String method, String path, ObjectNode body) {
    }

    @Test
    void hostileBodiesAreRefusedCleanlyAndChangeNothing(VivresSystem system) throws Exception {
        int requests = Full.count(500, 10_000);
        Http admin = Systems.admin(system);
        Network network = Network.build(admin, new Network.Shape(1, 30, 3, 1, 21));
        TicketBook book = TicketBook.quote(network, 1, 22);
        Network.Store store = network.stores().get(0);
        Network.Household household = store.households().get(0);
        String ticket = UUID.randomUUID().toString();
        Map<String, Object> sale = TicketBook.ticket(UUID.fromString(ticket), store.id(), household.id(),
                book.baskets(store.id()).get(0));
        assertThat(store.cashiers().get(0).post("/api/tickets", sale).status()).isEqualTo(201);
        List<Endpoint> endpoints = endpoints(admin, network, sale, ticket);
        List<String> queries = queries(network);
        Systems.awaitStartupFiscalCheck(admin);

        Hostile hostile = new Hostile(SEED);
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> noAnswer = new ArrayList<>();
        try (Db db = Systems.db(system)) {
            Map<String, String> before = db.fingerprint();
            String previous = "";
            String lastMethod;
            String lastPath;
            Object lastBody;
            for (int i = 0; i < requests; i++) {
                Http.Response r;
                String what;
                boolean asCashier = random.nextInt(5) == 0;
                Http client = asCashier ? store.cashiers().get(0) : admin;
                if (random.nextInt(10) == 0) {
                    String path = queries.get(random.nextInt(queries.size()))
                            + URLEncoder.encode(hostile.value().asText(), StandardCharsets.UTF_8);
                    what = "GET " + path;
                    lastMethod = "GET";
                    lastPath = path;
                    lastBody = null;
                    r = send(client, "GET", path, null);
                } else {
                    Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
                    Object body = hostile.body(e.body());
                    what = e.method() + " " + e.path() + " " + abbreviate(Hostile.wire(body));
                    lastMethod = e.method();
                    lastPath = e.path();
                    lastBody = Hostile.wire(body);
                    r = send(client, e.method(), e.path(), lastBody);
                }
                if (r.status() == LoadRun.NO_ANSWER) {
                    // The client sent this on a kept-alive connection the server had closed after the previous
                    // answer: nothing was processed (checked) and the client sends it again on a new one.
                    noAnswer.add(what + " (after: " + previous + ") → " + r.raw());
                    if (!db.fingerprint().equals(before)) {
                        failures.add(what + " → no answer, but rows changed: " + diff(before, db.fingerprint()));
                    }
                    r = send(client, lastMethod, lastPath, lastBody);
                }
                previous = what + " → " + r.status();
                statuses.merge(r.status(), 1, Integer::sum);
                Map<String, String> after = db.fingerprint();
                if (r.status() >= 500 || r.status() == LoadRun.NO_ANSWER) {
                    failures.add(what + " → " + r);
                } else if (r.status() >= 400 && !after.equals(before)) {
                    failures.add(what + " → " + r.status() + " but rows changed: " + diff(before, after));
                }
                before = after;
            }
        }
        System.out.println("Fuzz: " + requests + " requests, statuses " + statuses + "; sent again after a closed "
                + "connection: " + noAnswer.size());
        noAnswer.forEach(n -> System.out.println("  closed connection: " + (n.length() > 700 ? n.substring(0, 700) : n)));
        assertThat(failures).as("statuses " + statuses).isEmpty();
    }

    /** Found by the fuzzing: bcrypt reads 72 bytes at most, and a longer password was a 500. */
    @Test
    void aPasswordLongerThanBcryptCanReadIsRefusedNotAFailure(VivresSystem system) {
        Http admin = Systems.admin(system);
        Network network = Network.build(admin, new Network.Shape(1, 2, 0, 0, 23));
        Http.Response user = admin.post("/api/users", Map.of("username", "long-" + System.nanoTime(),
                "password", "é".repeat(40), "roles", List.of("CASHIER"), "organization", network.stores().get(0).id()));
        assertThat(user.status()).as(user.toString()).isEqualTo(400);
        assertThat(user.code()).isEqualTo("PASSWORD_TOO_LONG");
        Http.Response login = admin.anonymous().post("/api/session",
                Map.of("username", "personne-" + System.nanoTime(), "password", "A".repeat(1 << 20)));
        assertThat(login.status()).as(login.toString()).isEqualTo(401);
    }

    private static Http.Response send(Http client, String method, String path, Object body) {
        try {
            return client.send(method, path, body);
        } catch (java.io.UncheckedIOException e) {
            return new Http.Response(LoadRun.NO_ANSWER, Http.JSON.createObjectNode(), e.toString());
        }
    }

    private static List<Endpoint> endpoints(Http admin, Network n, Map<String, Object> sale, String ticket) {
        Network.Store s = n.stores().get(0);
        String h = s.households().get(0).id();
        String p = n.products().get(0).id();
        String today = Network.today().toString();
        String month = YearMonth.from(Network.today()).plusYears(5).toString();
        List<Endpoint> e = new ArrayList<>();
        e.add(post("/api/session", Map.of("username", "fuzz-personne", "password", "motdepasse-123")));
        e.add(post("/api/organizations", Map.of("name", "Fuzz", "type", "STORE")));
        e.add(post("/api/users", Map.of("username", "fuzz-user", "password", "motdepasse-123",
                "roles", List.of("CASHIER"), "organization", s.id())));
        String account = "/api/users/" + Network.created(admin.post("/api/users", Map.of("username",
                "fuzz-compte-" + System.nanoTime(), "password", "motdepasse-123", "roles", List.of("CASHIER"),
                "organization", s.id())));
        e.add(new Endpoint("PUT", account + "/active", tree(Map.of("active", true))));
        e.add(new Endpoint("PUT", account + "/password", tree(Map.of("password", "motdepasse-123"))));
        // a wrong current password: the caller's own stays as it is, whatever the mutation does to the new one
        e.add(new Endpoint("PUT", "/api/session/password", tree(Map.of("current", "pas-le-bon-mot-de-passe",
                "password", "nouveau-secret-9"))));
        e.add(post("/api/products", Map.of("sku", "FUZZ-1", "name", "Fuzz", "category", "EPICERIE", "uom", "UNIT",
                "referencePrice", "1.00", "vatRate", "5.5", "labels", List.of("LOCAL"), "originKm", 10)));
        e.add(new Endpoint("PUT", "/api/products/" + n.products().get(1).id(), tree(Map.of("name", "Fuzz",
                "category", "EPICERIE", "referencePrice", "1.00", "vatRate", "5.5", "labels", List.of("LOCAL"),
                "originKm", 10))));
        // managed lists of the catalogue (issue 17)
        e.add(post("/api/categories", Map.of("code", "FUZZ_CAT", "name", "Fuzz", "nameEn", "Fuzz")));
        e.add(post("/api/labels", Map.of("code", "FUZZ_LABEL", "name", "Fuzz", "nameEn", "Fuzz")));
        // a JSON body read as a CSV file: refused lines, never an error; a dry run writes nothing anyway
        e.add(post("/api/products/import?dryRun=true", Map.of("sku", "FUZZ-IMPORT", "name", "Fuzz")));
        // whatever the body, it is no bundle jar: 422, nothing written into deploy/
        e.add(post("/api/bundles", Map.of("symbolicName", "org.vivres.fuzz", "version", "1.0.0")));
        Map<String, Object> offline = new java.util.HashMap<>(sale);
        offline.put("soldOffline", true);
        offline.put("soldAt", java.time.OffsetDateTime.now().toString());
        e.add(post("/api/tickets", offline));
        e.add(post("/api/stock/movements", Map.of("organization", s.id(), "product", p, "quantity", "1",
                "reason", "RECEIPT")));
        e.add(post("/api/stock/counts", Map.of("organization", s.id(), "counts",
                List.of(Map.of("product", p, "counted", "40")))));
        e.add(post("/api/households", Map.of("reference", "FUZZ-CARTE", "organization", s.id(), "size", 2)));
        e.add(post("/api/tickets/quote", sale));
        e.add(post("/api/tickets", sale));
        e.add(post("/api/tickets/" + ticket + "/returns", Map.of("lines",
                List.of(Map.of("product", n.products().get(0).id(), "quantity", "1")))));
        // issue 17: a return's quote, a delivery of several lines
        e.add(post("/api/tickets/" + ticket + "/returns/quote", Map.of("lines",
                List.of(Map.of("product", n.products().get(0).id(), "quantity", "1")))));
        e.add(post("/api/stock/deliveries", Map.of("organization", s.id(), "supplier", "Ferme Fuzz",
                "noteNumber", "BL-FUZZ", "date", today, "lines", List.of(Map.of("product", p, "quantity", "2",
                        "unitCost", "0.80"), Map.of("product", n.products().get(0).id(), "quantity", "1",
                        "unitCost", "1.20")))));
        e.add(new Endpoint("PUT", "/api/households/" + h + "/tier", tree(Map.of("tier", n.tier(),
                "validFrom", today, "validTo", today))));
        e.add(post("/api/pricing/tiers", Map.of("code", "FUZZ", "name", "Fuzz", "organization", s.id(),
                "percentOfReference", "80", "categoryPercents", Map.of("EPICERIE", "70"), "maxQuotient", "500.00",
                "monthlyCap", "50.00")));
        e.add(post("/api/pricing/assessments", Map.of("household", h, "monthlyIncome", "900.00",
                "householdParts", "2", "validTo", today)));
        e.add(post("/api/caisse/funds", Map.of("name", "Fuzz", "monthlyAllowance", "100.00",
                "minContribution", "1.00", "maxContribution", "50.00")));
        String f = "/api/caisse/funds/" + n.fund();
        e.add(post(f + "/sources", Map.of("funder", "Fuzz", "kind", "PUBLIC", "amount", "10.00", "status", "PENDING")));
        e.add(post(f + "/conventions", Map.of("organization", s.id(), "validFrom", today)));
        e.add(post(f + "/criteria", Map.of("categories", List.of("EPICERIE"), "labels", List.of("LOCAL"),
                "maxOriginKm", 100, "excludedCategories", List.of("ALCOOL"))));
        e.add(post(f + "/members", Map.of("household", h, "contribution", "5.00")));
        String member = "/api/caisse/members/" + s.households().get(0).member();
        e.add(new Endpoint("PUT", member + "/contribution", tree(Map.of("contribution", "5.00"))));
        e.add(new Endpoint("PUT", member + "/active", tree(Map.of("active", true))));
        e.add(post(f + "/periods", Map.of("month", month)));
        e.add(post(f + "/settlements", Map.of("month", month)));
        e.add(post("/api/activities", Map.of("name", "Fuzz", "kind", "SHARED_MEAL", "organization", s.id())));
        e.add(post("/api/activities/" + s.activity() + "/sessions", Map.of("startsAt", today + "T12:00:00+01:00",
                "capacity", 5, "fee", "1.00", "tierFees", Map.of(n.tier(), "0.50"))));
        e.add(post("/api/activities/" + s.activity() + "/offers", Map.of("product", p, "unitPrice", "0.10",
                "maxQuantityPerHousehold", "2", "validDaysAroundSession", 3)));
        e.add(post("/api/activities/sessions/" + s.session() + "/registrations", Map.of("household", h)));
        e.add(post("/api/activities/sessions/" + s.session() + "/attendance", Map.of("household", h)));
        e.add(new Endpoint("PUT", "/api/pricing/tiers/" + n.tier(), tree(Map.of("name", "Fuzz",
                "percentOfReference", "80", "categoryPercents", Map.of("EPICERIE", "70"), "monthlyCap", "50.00"))));
        Map<String, Object> pledge = Map.of("funder", "Fuzz", "kind", "PRIVATE", "amount", "10.00", "status", "PENDING");
        e.add(new Endpoint("PUT", f + "/sources/" + Network.created(admin.post(f + "/sources", pledge)), tree(pledge)));
        e.addAll(procurement(admin, s.id(), p));
        e.addAll(financing(admin, s, p, today));
        // tills, sessions and closings: a till open, so that movements and the close get past their first checks
        String till = "/api/tills/" + Network.created(admin.post("/api/tills", Map.of("organization", s.id(),
                "name", "Fuzz")));
        Network.created(admin.post(till + "/sessions", Map.of("openingFloat", "10.00")));
        e.add(post("/api/tills", Map.of("organization", s.id(), "name", "Fuzz 2")));
        e.add(post(till + "/sessions", Map.of("openingFloat", "10.00")));
        e.add(post(till + "/sessions/current/movements", Map.of("type", "CASH_OUT", "amount", "1.00",
                "reason", "dépôt en banque")));
        e.add(post(till + "/sessions/current/close", Map.of("counted", Map.of("CASH", "9.00", "CARD", "0.00"))));
        e.add(post("/api/closings", Map.of("organization", s.id(), "kind", "MONTH", "period", "2001-01")));
        // fiscal archives: of a month closed, and of one not closed
        AccessMatrixTest.closedAndArchived(admin, s.id());
        e.add(post("/api/fiscal/archives", Map.of("organization", s.id(), "period", "2000-01")));
        // tickets sold offline: a manager's decision on a gap waiting for one
        e.add(post("/api/tickets/" + AccessMatrixTest.offlineGap(s, p) + "/offline-gap/decision",
                Map.of("decision", "APPROVED", "comment", "Fuzz")));
        // the store's legal identity (receipts, closings)
        e.add(new Endpoint("PUT", "/api/organizations/" + s.id(), tree(Map.of("legalName", "SCIC Fuzz",
                "address", "1 rue du Fuzz\nBât. A", "postalCode", "69007", "city", "Lyon",
                "siret", "89876543300013", "vatNumber", "FR18898765433"))));
        return e;
    }

    /**
     * Donors, donations of goods (into stock) and of money, volunteer hours, one on an activity's session, and a ticket
     * of gifts to the store's cagnotte (a chosen amount and a round-up: objects in a ticket line).
     */
    private static List<Endpoint> financing(Http admin, Network.Store s, String product, String today) {
        String donor = Network.created(admin.post("/api/donors", Map.of("name", "Fuzz donateur " + System.nanoTime(),
                "kind", "COMPANY", "organization", s.id())));
        return List.of(
                post("/api/donors", Map.of("name", "Fuzz", "kind", "FARM", "organization", s.id())),
                post("/api/donations", Map.of("organization", s.id(), "donor", donor, "receivedOn", today,
                        "description", "Fuzz", "lines", List.of(Map.of("product", product, "quantity", "2",
                                "unitValue", "1.50")))),
                post("/api/donations", Map.of("organization", s.id(), "donor", donor, "receivedOn", today,
                        "kind", "MONEY", "description", "Fuzz", "value", "20.00")),
                post("/api/volunteering", Map.of("organization", s.id(), "volunteer", "Fuzz", "date", today,
                        "hours", "0.5", "task", "ACTIVITY", "activitySession", s.session())),
                post("/api/tickets", Map.of("organization", s.id(), "lines", List.of(
                        Map.of("donation", Map.of("organization", s.id(), "amount", "1.50")),
                        Map.of("donation", Map.of("organization", s.id(), "roundUp", true), "quantity", "1")),
                        "payments", List.of(Map.of("method", "CASH", "amount", "2.00")))));
    }

    /** A round open for needs and one closed for deliveries and allocation, the hub's and the store's. */
    private static List<Endpoint> procurement(Http admin, String store, String product) {
        ProcurementFixture fixture = new ProcurementFixture(admin, "fuzz", product);
        String hub = fixture.hub("Fuzz");
        String open = "/api/procurement/rounds/" + fixture.round(hub, store);
        String closed = "/api/procurement/rounds/" + fixture.closed(hub, store);
        return List.of(
                post("/api/suppliers", fixture.supplierBody()),
                post("/api/procurement/offers", Map.of("supplier", fixture.supplier(), "product", product,
                        "packSize", "6", "packPrice", "9.00", "minPacks", 2)),
                post("/api/procurement/rounds", ProcurementFixture.roundBody(hub, store)),
                new Endpoint("PUT", open + "/needs", tree(Map.of("organization", store, "product", product,
                        "quantity", "4"))),
                post(open + "/close", Map.of()),
                post(closed + "/receipts", Map.of("product", product, "quantity", "1")),
                post(closed + "/allocate", Map.of("costs", List.of(Map.of("label", "Transport", "amount", "3.00",
                        "basis", "VALUE")))));
    }

    private static List<String> queries(Network n) {
        String s = n.stores().get(0).id();
        return List.of("/api/products?q=", "/api/products/scan?code=", "/api/products?limit=", "/api/products?offset=",
                "/api/households?reference=",
                "/api/stock?organization=", "/api/stock?organization=" + s + "&product=", "/api/tickets?from=",
                "/api/tickets?organization=" + s + "&to=", "/api/pricing/balance?organization=" + s + "&from=",
                "/api/caisse/funds/" + n.fund() + "/projection?months=",
                "/api/caisse/funds/" + n.fund() + "/eligible?product=", "/api/activities?kind=",
                "/api/activities/registrations?household=", "/api/organizations/", "/api/tickets/",
                "/api/procurement/demand?product=", "/api/donors?kind=", "/api/donations?organization=" + s + "&from=",
                "/api/volunteering?organization=" + s + "&to=", "/api/volunteering?task=",
                "/api/cagnotte?organization=" + s + "&from=", "/api/cagnotte/funds?organization=", "/api/procurement/offers?supplier=", "/api/procurement/rounds/",
                "/api/reports/ticket?format=csv&id=", "/api/reports/caisse-fund?fund=" + n.fund() + "&from=",
                "/api/reports/pricing-balance?format=html&organization=" + s + "&from=2026-01-01&to=",
                "/api/reports/activity?format=xls&activity=",
                "/api/reports/financing-mix?format=csv&organization=" + s + "&from=2026-01-01&to=",
                "/api/reports/donation-receipt?format=csv&donor=", "/api/reports/donation-receipt?year=", "/api/tickets/journal?organization=" + s + "&from=",
                "/api/tickets/journal?organization=", "/api/tickets?organization=" + s + "&documentNo=", "/api/reports/sales-journal?organization=" + s + "&to=",
                "/api/tills?organization=", "/api/closings?organization=" + s + "&kind=",
                "/api/tickets/offline-gaps?organization=" + s + "&status=", "/api/tickets/offline-gaps?organization=",
                "/api/fiscal/events?organization=" + s + "&from=", "/api/fiscal/events?organization=",
                "/api/reports/closing?format=csv&session=", "/api/reports/closing?closing=",
                // fiscal: the chains' check, the archives and their list
                "/api/fiscal/verify?organization=", "/api/fiscal/archives?organization=", "/api/fiscal/archives/");
    }

    private static Endpoint post(String path, Map<String, ?> body) {
        return new Endpoint("POST", path, tree(body));
    }

    private static ObjectNode tree(Map<String, ?> body) {
        return Http.JSON.valueToTree(body);
    }

    private static String abbreviate(Object body) {
        String s = body instanceof byte[] b ? "<" + b.length + " bytes>" : String.valueOf(body);
        return s.length() > 200 ? s.substring(0, 200) + "… (" + s.length() + " chars)" : s;
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, v) -> {
            if (!v.equals(before.get(table))) {
                changed.put(table, before.get(table) + " → " + v);
            }
        });
        return changed.toString();
    }
}
