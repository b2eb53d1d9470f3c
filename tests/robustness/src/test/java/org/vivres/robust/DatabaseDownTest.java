package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.vivres.it.TempFolders;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;
import org.vivres.load.CaisseCheck;
import org.vivres.load.Http;
import org.vivres.load.Network;
import org.vivres.load.TicketBook;

/**
 * The database server goes away for a while (30 s in a full run, 5 s by default) while three tills post checkouts:
 * meanwhile every answer is a clear 503 {@code DATABASE_UNAVAILABLE}, never a 500; when the server is back, Vivres
 * takes tickets again without a restart; and nothing is half-written — a ticket is there whole or not at all (a
 * refused one, posted again, is created then), and the stock and caisse add up.
 */
class DatabaseDownTest {
    private static final int TILLS = 3;

    private record Posted(Map<String, Object> body, Network.Store store, Network.Household household) {
    }

    @Test
    void whileTheDatabaseIsDownTillsGet503AndEverythingAddsUpAfterwards() throws Exception {
        int downSeconds = Full.count(5, 30);
        Path pgData = TempFolders.create("vivres-down-pg-");
        Path data = TempFolders.create("vivres-down-");
        int pgPort = freePort();
        EmbeddedPostgres pg = postgres(pgData, pgPort);
        List<Path> bundles = Arrays.stream(System.getProperty("vivres.bundles").split(File.pathSeparator))
                .map(Path::of).toList();
        LaunchOptions options = LaunchOptions.ephemeral(Path.of(System.getProperty("vivres.dist")),
                        data)
                .withDatabase("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "")
                .withExtraBundles(bundles).withAdminPassword("down-admin-pw");
        try (RunningVivres vivres = Launcher.start(options)) {
            Http admin = Http.of(vivres.baseUrl()).login("admin", "down-admin-pw");
            Network network = Network.build(admin, new Network.Shape(1, 30, 9, TILLS, 41));
            TicketBook book = TicketBook.quote(network, 4, 42);
            Network.Store store = network.stores().get(0);
            Map<UUID, Posted> posted = new ConcurrentHashMap<>();
            Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
            Map<Integer, Integer> outageStatuses = new ConcurrentHashMap<>();
            List<String> unclear = new CopyOnWriteArrayList<>();
            AtomicBoolean down = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService tills = Executors.newFixedThreadPool(TILLS);
            for (int t = 0; t < TILLS; t++) {
                Http cashier = store.cashiers().get(t);
                Random random = new Random(t);
                tills.submit(() -> {
                    while (!stop.get()) {
                        Network.Household h = store.households().get(random.nextInt(store.households().size()));
                        UUID id = UUID.randomUUID();
                        Map<String, Object> body = TicketBook.ticket(id, store.id(), h.id(),
                                book.baskets(store.id()).get(random.nextInt(4)));
                        posted.put(id, new Posted(body, store, h));
                        Http.Response r;
                        try {
                            r = cashier.post("/api/tickets", body);
                        } catch (UncheckedIOException e) {
                            unclear.add("no answer: " + e);
                            continue;
                        }
                        if (r.status() == 201) {
                            acknowledged.add(id);
                        } else if (r.status() == 503 && "DATABASE_UNAVAILABLE".equals(r.code())
                                && r.json().path("error").path("message").asText().length() > 10) {
                            outageStatuses.merge(503, 1, Integer::sum);
                        } else {
                            unclear.add((down.get() ? "during" : "outside") + " the outage: " + r);
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(2000);
            int ackedBefore = acknowledged.size();
            down.set(true);
            pg.close();
            long outageStart = System.nanoTime();
            Thread.sleep(downSeconds * 1000L);
            int ackedDuringOutage = acknowledged.size();
            pg = postgres(pgData, pgPort);
            down.set(false);
            long back = System.nanoTime();
            // recovery without restart: the tills' tickets are accepted again
            int ackedAtRestart = acknowledged.size();
            while (acknowledged.size() < ackedAtRestart + 5 && System.nanoTime() - back < 60_000_000_000L) {
                Thread.sleep(100);
            }
            double recovery = (System.nanoTime() - back) / 1e9;
            stop.set(true);
            tills.shutdown();
            assertThat(tills.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged.size()).as("accepted again after the outage").isGreaterThanOrEqualTo(ackedAtRestart + 5);
            assertThat(outageStatuses.getOrDefault(503, 0)).as("the outage was seen").isPositive();
            assertThat(unclear).as("every refusal a clear 503").isEmpty();

            // nothing half-written: the database as it is, before any ticket is posted again
            try (Db db = new Db("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "")) {
                assertThat(db.integrityProblems()).isEmpty();
                assertThat(db.count("select count(*) from erp_ticket where id = any(?)",
                        (Object) acknowledged.toArray(UUID[]::new))).isEqualTo(acknowledged.size());
                // the tills post the refused ones again: each is created now (or was, its answer lost)
                Map<Integer, Integer> reposts = new TreeMap<>();
                for (Map.Entry<UUID, Posted> e : posted.entrySet()) {
                    if (!acknowledged.contains(e.getKey())) {
                        Http.Response r = e.getValue().store().cashiers().get(0).post("/api/tickets", e.getValue().body());
                        reposts.merge(r.status(), 1, Integer::sum);
                        assertThat(r.status()).as(r.toString()).isIn(200, 201);
                    }
                }
                assertThat(db.integrityProblems()).isEmpty();
                assertThat(db.count("select count(*) from erp_ticket where id = any(?)",
                        (Object) posted.keySet().toArray(UUID[]::new))).isEqualTo(posted.size());
                Map<String, Long> perHousehold = new HashMap<>();
                posted.values().forEach(p -> perHousehold.merge(p.household().id(), 1L, Long::sum));
                assertThat(CaisseCheck.check(network, perHousehold).problems()).isEmpty();
                System.out.printf("Database down %d s: %d tickets accepted in all, %d during the outage (in flight when "
                                + "it began), %d × 503 DATABASE_UNAVAILABLE, accepted again %.1f s after the server was back, "
                                + "the refused ones posted again: %s%n", downSeconds, acknowledged.size(),
                        ackedDuringOutage - ackedBefore, outageStatuses.getOrDefault(503, 0), recovery, reposts);
                assertThat((System.nanoTime() - outageStart) / 1e9).isGreaterThan(downSeconds);
            }
        } finally {
            pg.close();
            TempFolders.delete(data);
            TempFolders.delete(pgData);
        }
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws Exception {
        // durable like a production server: a commit that was acknowledged is on disk
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
