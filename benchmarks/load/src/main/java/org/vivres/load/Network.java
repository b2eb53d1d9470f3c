package org.vivres.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A store network built through the HTTP API as a network admin would: stores with a manager and cashiers,
 * a catalogue, a network-wide tier with a monthly cap, a caisse fund (funder, conventions with every store, one
 * eligibility rule, members, the current month opened), and in each store an activity whose session this week
 * gives its registered households an offer on two products. Every household has the tier, is a caisse member and
 * is registered to its store's session, so a ticket of theirs goes through every till hook present.
 */
public final class Network {
    static final ZoneId STORES = ZoneId.of("Europe/Paris");
    /** Products of this category are not eligible for the caisse. */
    public static final String NOT_ELIGIBLE = "ALCOOL";
    static final List<String> CATEGORIES = List.of("FRUITS_LEGUMES", "EPICERIE", "CREMERIE", "BOULANGERIE",
            "HYGIENE", NOT_ELIGIBLE);
    static final String PASSWORD = "motdepasse-charge-1";

    /** How big a network to build. */
    public record Shape(int stores, int products, int householdsPerStore, int cashiersPerStore, long seed) {
    }

    public record Product(String id, String category, boolean measured, BigDecimal referencePrice) {
    }

    /** A household with its caisse membership. */
    public record Household(String id, String member) {
    }

    public record Store(String id, Http manager, List<Http> cashiers, List<Household> households,
                        String activity, String session, List<String> offerProducts) {
    }

    private final Http admin;
    private final List<Store> stores;
    private final List<Product> products;
    private final String fund;
    private final String tier;

    private Network(Http admin, List<Store> stores, List<Product> products, String fund, String tier) {
        this.admin = admin;
        this.stores = stores;
        this.products = products;
        this.fund = fund;
        this.tier = tier;
    }

    public Http admin() {
        return admin;
    }

    public List<Store> stores() {
        return stores;
    }

    public List<Product> products() {
        return products;
    }

    public String fund() {
        return fund;
    }

    public String tier() {
        return tier;
    }

    /** Every household of every store. */
    public List<Household> households() {
        return stores.stream().flatMap(s -> s.households().stream()).toList();
    }

    /** Today in the stores' time zone (a ticket's date). */
    public static LocalDate today() {
        return LocalDate.now(STORES);
    }

    /**
     * Builds the network; {@code admin} is logged in as a network admin. Names carry a random suffix so that
     * several networks can live in one database.
     */
    public static Network build(Http admin, Shape shape) {
        awaitBundles(admin);
        Random random = new Random(shape.seed());
        String run = Long.toString(System.nanoTime(), 36);
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < shape.products(); i++) {
            // the first two of each store's offers must be fruit and vegetables sold by the unit
            String category = i < 2 * shape.stores() ? "FRUITS_LEGUMES" : CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            boolean measured = i >= 2 * shape.stores() && random.nextInt(5) == 0;
            BigDecimal price = BigDecimal.valueOf(50 + random.nextInt(550), 2);
            String id = created(admin.post("/api/products", Map.of("sku", "SKU-" + run + "-" + i,
                    "name", "Produit " + i + " " + run, "category", category, "uom", measured ? "KG" : "UNIT",
                    "referencePrice", price.toPlainString(), "vatRate", "5.5",
                    "labels", random.nextBoolean() ? List.of("LOCAL") : List.of("ORGANIC"),
                    "originKm", 10 + random.nextInt(500))));
            products.add(new Product(id, category, measured, price));
        }
        String tier = "SSA-" + run;
        // A cap checked at every line and never reached, so that a quoted basket costs the same for the whole run
        // (TicketBook): at 5 000 € the backup drill's 16 households reached it once its tills sold 1 300 tickets.
        created(admin.post("/api/pricing/tiers", Map.of("code", tier, "name", "Tarif solidaire " + run,
                "percentOfReference", "70", "categoryPercents", Map.of("FRUITS_LEGUMES", "50"),
                "monthlyCap", "500000.00")));
        String fund = created(admin.post("/api/caisse/funds", Map.of("name", "Caisse " + run,
                "monthlyAllowance", "150.00", "minContribution", "1.00", "maxContribution", "60.00")));
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", "Département",
                "kind", "PUBLIC", "amount", "9000000.00", "status", "SECURED")));
        created(admin.post("/api/caisse/funds/" + fund + "/criteria",
                Map.of("excludedCategories", List.of(NOT_ELIGIBLE))));

        List<Store> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int s = 0; s < shape.stores(); s++) {
                stores.add(store(admin, shape, run, s, fund, tier, products, pool));
            }
        } finally {
            pool.shutdown();
        }
        created(admin.post("/api/caisse/funds/" + fund + "/periods",
                Map.of("month", YearMonth.from(today()).toString())));
        return new Network(admin, List.copyOf(stores), List.copyOf(products), fund, tier);
    }

    private static Store store(Http admin, Shape shape, String run, int s, String fund, String tier,
                               List<Product> products, ExecutorService pool) {
        String store = created(admin.post("/api/organizations",
                Map.of("name", "Épicerie " + s + " " + run, "type", "STORE")));
        Http manager = user(admin, "MANAGER", store, "gerant-" + s + "-" + run);
        List<Http> cashiers = new ArrayList<>();
        for (int c = 0; c < shape.cashiersPerStore(); c++) {
            cashiers.add(user(admin, "CASHIER", store, "caisse-" + s + "-" + c + "-" + run));
        }
        created(admin.post("/api/caisse/funds/" + fund + "/conventions",
                Map.of("organization", store, "validFrom", today().minusYears(1).toString())));
        String activity = created(manager.post("/api/activities",
                Map.of("name", "Atelier cuisine " + run, "kind", "COOKING_WORKSHOP", "organization", store)));
        String startsAt = today().atTime(12, 0).atZone(STORES).toOffsetDateTime().toString();
        String session = created(manager.post("/api/activities/" + activity + "/sessions", Map.of("startsAt", startsAt,
                "capacity", Math.max(1, shape.householdsPerStore()), "fee", "2.00", "tierFees", Map.of(tier, "0.50"))));
        List<String> offers = List.of(products.get(2 * s).id(), products.get(2 * s + 1).id());
        for (String product : offers) {
            created(manager.post("/api/activities/" + activity + "/offers", Map.of("product", product,
                    "unitPrice", "0.30", "maxQuantityPerHousehold", "1000000", "validDaysAroundSession", 7)));
        }
        List<Future<Household>> pending = new ArrayList<>();
        for (int h = 0; h < shape.householdsPerStore(); h++) {
            String reference = "CARTE-" + s + "-" + h + "-" + run;
            pending.add(pool.submit(() -> household(manager, store, reference, tier, fund, session)));
        }
        List<Household> households = new ArrayList<>();
        for (Future<Household> f : pending) {
            try {
                households.add(f.get());
            } catch (Exception e) {
                throw new IllegalStateException("household set-up failed", e);
            }
        }
        return new Store(store, manager, Collections.unmodifiableList(cashiers), List.copyOf(households),
                activity, session, offers);
    }

    private static Household household(Http manager, String store, String reference, String tier, String fund,
                                       String session) {
        String id = created(manager.post("/api/households",
                Map.of("reference", reference, "organization", store, "size", 3)));
        ok(manager.put("/api/households/" + id + "/tier", Map.of("tier", tier,
                "validFrom", today().minusDays(1).toString(), "validTo", today().plusYears(1).toString())));
        String member = created(manager.post("/api/caisse/funds/" + fund + "/members",
                Map.of("household", id, "contribution", "10.00")));
        created(manager.post("/api/activities/sessions/" + session + "/registrations", Map.of("household", id)));
        return new Household(id, member);
    }

    /**
     * Waits until the capability bundles' entities are in service: right after start-up, /api/health is UP as soon as
     * the core is, and a bundle's endpoints answer 503 STARTING until the persistence layer has taken it in.
     */
    public static void awaitBundles(Http admin) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (String path : List.of("/api/pricing/tiers", "/api/caisse/funds", "/api/activities")) {
            Http.Response r = admin.get(path);
            while (r.status() == 503 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                r = admin.get(path);
            }
            if (r.status() != 200) {
                throw new IllegalStateException(path + " is not available: " + r);
            }
        }
    }

    /** A new user with {@code role} in {@code organization}, logged in. */
    public static Http user(Http admin, String role, String organization, String name) {
        created(admin.post("/api/users", Map.of("username", name, "password", PASSWORD, "roles", List.of(role),
                "organization", organization)));
        return admin.login(name, PASSWORD);
    }

    /** The id of a 201 answer; fails on anything else. */
    public static String created(Http.Response r) {
        if (r.status() != 201) {
            throw new IllegalStateException("expected 201, got " + r);
        }
        return r.text("id");
    }

    static Http.Response ok(Http.Response r) {
        if (r.status() != 200) {
            throw new IllegalStateException("expected 200, got " + r);
        }
        return r;
    }
}
