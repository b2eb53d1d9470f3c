package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.vivres.it.TempFolders;
import org.vivres.load.CaisseCheck;
import org.vivres.load.Http;
import org.vivres.load.Network;
import org.vivres.load.TicketBook;

/**
 * {@code kill -9} of Vivres while four tills post checkouts paid part caisse part cash, again and again: every other
 * loop the JVM alone (its PostgreSQL is left running and the next start must deal with it), else the JVM and its
 * PostgreSQL together. After each restart: every ticket a till saw acknowledged is there, once; posting every ticket
 * again gives 200 (or 201 for one the crash lost before it was acknowledged), never a second document; stock levels
 * are what the tickets took; each caisse balance is its ledger and each accepted ticket has one debit.
 */
class CrashTest {
    private static final int TILLS = 4;

    /** A ticket some till posted: its body, who bought, what it took. */
    private record Posted(Map<String, Object> body, Network.Store store, Network.Household household,
                          TicketBook.Basket basket) {
    }

    @Test
    void killNineDuringCheckoutsLosesNoAcknowledgedTicketAndDoublesNone() throws Exception {
        int loops = Full.count(2, 100);
        Path dist = VivresProcess.distribution();
        Path data = TempFolders.create("vivres-crash-");
        int port = freePort();
        int pgPort = freePort();
        Random random = new Random(9);
        Map<UUID, Posted> posted = new ConcurrentHashMap<>();
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        Map<UUID, String> documents = new HashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        VivresProcess vivres = VivresProcess.start(dist, data, port, pgPort);
        try {
            Http admin = Http.of(vivres.baseUrl()).login("admin", VivresProcess.ADMIN_PASSWORD);
            // enough households that none reaches its tier's cap or empties its caisse balance in 100 loops
            Network network = Network.build(admin, new Network.Shape(2, 30, Full.count(12, 60), TILLS / 2, 5));
            TicketBook book = TicketBook.quote(network, 4, 6);
            for (int loop = 1; loop <= loops; loop++) {
                Set<UUID> before = Set.copyOf(posted.keySet());
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService tills = Executors.newFixedThreadPool(TILLS);
                for (int t = 0; t < TILLS; t++) {
                    Network.Store store = network.stores().get(t % network.stores().size());
                    Http cashier = store.cashiers().get(t / network.stores().size());
                    Random r = new Random(random.nextLong());
                    tills.submit(() -> till(store, cashier, book, r, stop, posted, acknowledged, failures));
                }
                Thread.sleep(500 + random.nextInt(2500));
                boolean jvmOnly = loop % 2 == 1;
                if (jvmOnly) {
                    vivres.killJvm();
                } else {
                    vivres.killAll();
                }
                stop.set(true);
                tills.shutdown();
                assertThat(tills.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                vivres = VivresProcess.start(dist, data, port, pgPort);
                admin = Http.of(vivres.baseUrl()).withToken(admin.token());
                assertThat(failures).as("tills").isEmpty();
                verify(loop, jvmOnly, admin, network, posted, acknowledged, before, documents, vivres);
            }
        } finally {
            vivres.stop();
            TempFolders.delete(data);
        }
    }

    /** Posts tickets until told to stop or the server is gone; remembers what was posted and what was acknowledged. */
    private static void till(Network.Store store, Http cashier, TicketBook book, Random random, AtomicBoolean stop,
                             Map<UUID, Posted> posted, Set<UUID> acknowledged, List<String> failures) {
        while (!stop.get()) {
            Network.Household household = store.households().get(random.nextInt(store.households().size()));
            TicketBook.Basket basket = book.baskets(store.id()).get(random.nextInt(book.baskets(store.id()).size()));
            UUID id = new UUID(random.nextLong(), random.nextLong());
            Map<String, Object> body = TicketBook.ticket(id, store.id(), household.id(), basket);
            posted.put(id, new Posted(body, store, household, basket));
            try {
                Http.Response r = cashier.post("/api/tickets", body);
                if (r.status() == 201 || r.status() == 200) {
                    acknowledged.add(id);
                } else if (r.status() != 503) {
                    failures.add("ticket " + id + " refused: " + r);
                }
            } catch (UncheckedIOException e) {
                return; // killed: this ticket's fate is unknown until it is posted again
            }
        }
    }

    private static void verify(int loop, boolean jvmOnly, Http admin, Network network, Map<UUID, Posted> posted,
                               Set<UUID> acknowledged, Set<UUID> before, Map<UUID, String> documents, VivresProcess vivres)
            throws Exception {
        String where = "loop " + loop + (jvmOnly ? " (JVM killed)" : " (JVM and PostgreSQL killed)");
        Network.awaitBundles(admin);
        // every ticket acknowledged since the last restart survived (read through the API); the older ones are
        // checked below, all at once, in the database
        for (UUID id : acknowledged) {
            if (documents.containsKey(id)) {
                continue;
            }
            Posted p = posted.get(id);
            Http.Response r = p.store().cashiers().get(0).get("/api/tickets/" + id);
            assertThat(r.status()).as(where + ": acknowledged ticket " + id + " " + r).isEqualTo(200);
            String previous = documents.putIfAbsent(id, r.text("documentNo"));
            assertThat(previous == null || previous.equals(r.text("documentNo"))).as(where + ": " + id).isTrue();
        }
        // posted again (the till's queue does that), the new ones of this loop: the same document, or created now
        for (Map.Entry<UUID, Posted> e : posted.entrySet()) {
            if (before.contains(e.getKey()) && acknowledged.contains(e.getKey())) {
                continue;
            }
            Http.Response r = e.getValue().store().cashiers().get(0).post("/api/tickets", e.getValue().body());
            assertThat(r.status()).as(where + ": repost " + e.getKey() + " " + r).isIn(200, 201);
            if (acknowledged.contains(e.getKey())) {
                assertThat(r.status()).as(where + ": acknowledged, so stored: " + e.getKey()).isEqualTo(200);
                assertThat(r.text("documentNo")).isEqualTo(documents.get(e.getKey()));
            }
            acknowledged.add(e.getKey());
            documents.putIfAbsent(e.getKey(), r.text("documentNo"));
        }
        assertThat(documents.values()).as(where + ": one document per ticket").doesNotHaveDuplicates();
        // stock: every level is what the tickets took
        for (Network.Store store : network.stores()) {
            Map<String, BigDecimal> expected = new HashMap<>();
            posted.values().stream().filter(p -> p.store() == store).forEach(p -> p.basket().quantities()
                    .forEach((product, q) -> expected.merge(product, q.negate(), BigDecimal::add)));
            Http.Response stock = admin.get("/api/stock?organization=" + store.id() + "&limit=500");
            Map<String, BigDecimal> actual = new HashMap<>();
            for (JsonNode level : stock.json().path("items")) {
                actual.put(level.path("product").asText(), new BigDecimal(level.path("onHand").asText()));
            }
            expected.forEach((product, q) -> assertThat(actual.get(product)).as(where + ": stock of " + product)
                    .isEqualByComparingTo(q));
        }
        // caisse: balances are their ledgers, and each ticket paid once
        Map<String, Long> perHousehold = new HashMap<>();
        posted.values().forEach(p -> perHousehold.merge(p.household().id(), 1L, Long::sum));
        CaisseCheck.Report caisse = CaisseCheck.check(network, perHousehold);
        assertThat(caisse.problems()).as(where).isEmpty();
        try (Db db = vivres.db()) {
            assertThat(db.integrityProblems()).as(where).isEmpty();
            assertThat(db.sealProblems()).as(where + ": every chain gapless, every ticket sealed once").isEmpty();
            assertThat(db.documents(posted.keySet())).as(where + ": every ticket with the document it was given")
                    .isEqualTo(documents);
            assertThat(db.count("select count(*) from erp_ticket where id = any(?)",
                    (Object) posted.keySet().toArray(UUID[]::new))).as(where).isEqualTo(posted.size());
        }
        // and every store's chains check out after the restart, as an inspector would ask
        for (Network.Store store : network.stores()) {
            Http.Response check = admin.get("/api/fiscal/verify?organization=" + store.id());
            assertThat(check.status()).as(where + ": " + check).isEqualTo(200);
            assertThat(check.text("status")).as(where + ": " + check).isEqualTo("INTACT");
        }
        System.out.printf("Crash %s: %d tickets posted so far, all stored once%n", where, posted.size());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
