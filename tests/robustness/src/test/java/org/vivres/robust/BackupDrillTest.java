package org.vivres.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vivres.it.TempFolders;
import org.vivres.load.Http;
import org.vivres.load.Network;
import org.vivres.load.TicketBook;

/**
 * The backup drill of issue #20, as a network admin would run it with {@code ./vivres run --backup-dir},
 * {@code ./vivres backup} and {@code ./vivres restore}: four tills selling (part caisse, part cash) while a base backup
 * is taken, more work, then the data folder lost. Restored to the end of the archive: every acknowledged ticket is
 * there once, balances equal ledgers, the fiscal chains INTACT. Restored to a moment between two known tickets: the
 * first is there, the second not. A backup with an archived WAL segment missing, or a file changed, or whose sealed
 * records were changed (a broken fiscal chain), is refused and the target left untouched.
 */
class BackupDrillTest {
    private static final int TILLS = 4;
    private static final Duration COMMAND = Duration.ofMinutes(5);
    /** 4 stores × 26 days × about 58 tickets a day. */
    private static final int MONTH_OF_TICKETS = 6000;

    @Test
    void aLostDataFolderComesBackFromTheBackupWithEveryAcknowledgedTicket() throws Exception {
        Path dist = VivresProcess.distribution();
        Path data = TempFolders.create("vivres-drill-");
        Path scratch = TempFolders.create("vivres-drill-backups-");
        Path backups = scratch.resolve("sauvegardes");
        int port = freePort();
        int pgPort = freePort();
        Map<UUID, String> acknowledged = new ConcurrentHashMap<>(); // ticket → store
        VivresProcess vivres = VivresProcess.start(dist, data, port, pgPort, List.of("--backup-dir", backups.toString()));
        try {
            Http admin = Http.of(vivres.baseUrl()).login("admin", VivresProcess.ADMIN_PASSWORD);
            // a full run first sells a month of a 4-store network, so that the figures are those of a real backup
            int stores = Full.count(2, 4);
            Network network = Network.build(admin, new Network.Shape(stores, 20, Full.count(8, 60), TILLS / stores, 5));
            TicketBook book = TicketBook.quote(network, 4, 6);
            int month = Full.count(0, MONTH_OF_TICKETS);
            if (month > 0) {
                long seeding = System.nanoTime();
                sellAMonth(network, book, month, acknowledged);
                System.out.printf("Backup drill: a month of %d tickets on %d stores sold in %d s%n", month, stores,
                        (System.nanoTime() - seeding) / 1_000_000_000);
            }

            // a base backup while the four tills sell
            AtomicBoolean stop = new AtomicBoolean();
            List<String> failures = new CopyOnWriteArrayList<>();
            ExecutorService tills = tills(network, book, stop, acknowledged, failures);
            Thread.sleep(1500);
            long backupStart = System.nanoTime();
            VivresProcess.Result backup = VivresProcess.command(dist, List.of("backup", "--data", data.toString()), COMMAND);
            long backupMillis = (System.nanoTime() - backupStart) / 1_000_000;
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("Copie des fichiers de la base : 100 %", "Sauvegarde terminée");
            int duringBackup = acknowledged.size();
            JsonNode health = admin.get("/api/health").json().path("backup");
            assertThat(health.path("last").path("sizeBytes").asLong()).as(health.toString()).isPositive();
            assertThat(health.path("last").path("ageHours").asLong()).isZero();
            assertThat(health.path("archiving").path("mode").asText()).isEqualTo("on");
            assertThat(health.path("warnings")).as("no warning after a fresh backup").isEmpty();
            Thread.sleep(2000); // more work after the backup
            stop.set(true);
            tills.shutdown();
            assertThat(tills.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(failures).isEmpty();
            switchAndAwaitArchived(vivres);

            // two known tickets around a known instant
            Network.Store store = network.stores().get(0);
            UUID first = post(store, book, new Random(101));
            Thread.sleep(1100);
            Instant between = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Thread.sleep(1100);
            UUID second = post(store, book, new Random(102));
            switchAndAwaitArchived(vivres); // what archive_timeout does within a minute
            System.out.printf("Backup drill: %d tickets acknowledged (%d when the backup ended), backup %d ms, %s%n",
                    acknowledged.size() + 2, duringBackup, backupMillis, sizes(backups));

            // the disk is lost
            vivres.killAll();
            TempFolders.delete(data);

            refusesCorruptedBackups(dist, scratch, backups);

            Path latest = scratch.resolve("restauree");
            long restoreStart = System.nanoTime();
            VivresProcess.Result restore = VivresProcess.command(dist, List.of("restore", backups.toString(),
                    "--data", latest.toString(), "--dist", dist.toString()), COMMAND);
            long restoreMillis = (System.nanoTime() - restoreStart) / 1_000_000;
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("Santé UP", "chaînes fiscales INTACT", "Restauré dans " + latest,
                    "Restored");
            Path atInstant = scratch.resolve("a-l-instant");
            VivresProcess.Result pointInTime = VivresProcess.command(dist, List.of("restore", backups.toString(),
                    "--at", between.toString(), "--data", atInstant.toString(), "--dist", dist.toString()), COMMAND);
            assertThat(pointInTime.exitCode()).as(pointInTime.output()).isZero();
            System.out.printf("Backup drill: restore to the end of the archive %d ms%n", restoreMillis);

            // fresh ports: those of the lost system went back to the kernel, which may since have given them to a
            // client socket of this test (a port found free once is not free for good)
            vivres = VivresProcess.start(dist, latest, freePort(), freePort());
            try (Db db = vivres.db()) {
                Set<UUID> all = new java.util.HashSet<>(acknowledged.keySet());
                all.add(first);
                all.add(second);
                assertThat(db.documents(all)).as("every acknowledged ticket restored").hasSize(all.size());
                assertThat(db.documents(all).values()).as("none doubled").doesNotHaveDuplicates();
                assertThat(db.count("select count(*) from erp_ticket where id = any(?)", (Object) all.toArray(UUID[]::new)))
                        .isEqualTo(all.size());
                assertThat(db.integrityProblems()).as("balances equal ledgers, tickets whole").isEmpty();
            }
            vivres.stop();
            Path tampered = scratch.resolve("rompue");
            vivres = VivresProcess.start(dist, atInstant, freePort(), freePort(),
                    List.of("--backup-dir", tampered.toString()));
            try (Db db = vivres.db()) {
                assertThat(db.documents(Set.of(first, second))).as("restored to " + between).containsOnlyKeys(first);
                assertThat(db.integrityProblems()).isEmpty();
                // what only the seals show: a sold line changed by someone holding the database's password
                db.execute("alter table erp_ticket_line disable trigger user");
                db.execute("update erp_ticket_line set line_amount = line_amount + 1 where ticket_id = '" + first + "'");
                db.execute("alter table erp_ticket_line enable trigger user");
            }
            refusesABrokenChain(dist, scratch, atInstant, tampered);
        } finally {
            vivres.stop();
            TempFolders.delete(data);
            TempFolders.delete(scratch);
        }
    }

    /** A backup with a hole in its archive, and one with a changed file: refused, the target folder untouched. */
    private static void refusesCorruptedBackups(Path dist, Path scratch, Path backups) throws Exception {
        Path holed = copy(backups, scratch.resolve("trouee"));
        List<Path> segments;
        try (Stream<Path> wal = Files.list(holed.resolve("wal"))) {
            segments = wal.filter(p -> p.getFileName().toString().matches("[0-9A-F]{24}")).sorted().toList();
        }
        assertThat(segments).as("the archive holds several segments").hasSizeGreaterThanOrEqualTo(3);
        Path removed = segments.get(segments.size() - 2);
        Files.delete(removed);
        Path changed = copy(backups, scratch.resolve("modifiee"));
        Path base;
        try (Stream<Path> bases = Files.list(changed.resolve("base"))) {
            base = bases.findFirst().orElseThrow();
        }
        Files.writeString(base.resolve("postgres").resolve("PG_VERSION"), "16\n");

        for (Path bad : List.of(holed, changed)) {
            Path target = scratch.resolve("cible-" + bad.getFileName());
            Files.createDirectories(target);
            VivresProcess.Result refused = VivresProcess.command(dist, List.of("restore", bad.toString(),
                    "--data", target.toString(), "--dist", dist.toString()), COMMAND);
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
            assertThat(refused.output()).contains("Sauvegarde refusée, rien n'a été restauré");
            try (Stream<Path> left = Files.list(target); Stream<Path> beside = Files.list(scratch)) {
                assertThat(left).as("target untouched").isEmpty();
                assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".restauration"));
            }
        }
        assertThat(VivresProcess.command(dist, List.of("restore", holed.toString(), "--data",
                scratch.resolve("x").toString(), "--dist", dist.toString()), COMMAND).output())
                .contains("segment WAL manquant dans l'archive : " + removed.getFileName());
        assertThat(VivresProcess.command(dist, List.of("restore", changed.toString(), "--data",
                scratch.resolve("x").toString(), "--dist", dist.toString()), COMMAND).output())
                .contains("fichier modifié depuis la sauvegarde : postgres/PG_VERSION");
    }

    /** A backup whose sealed records were changed is not restored: the chain is named, the target left empty. */
    private static void refusesABrokenChain(Path dist, Path scratch, Path data, Path backups) throws Exception {
        VivresProcess.Result backup = VivresProcess.command(dist, List.of("backup", "--data", data.toString()), COMMAND);
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        Path target = scratch.resolve("cible-rompue");
        Files.createDirectories(target);
        VivresProcess.Result refused = VivresProcess.command(dist, List.of("restore", backups.toString(),
                "--data", target.toString(), "--dist", dist.toString()), COMMAND);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("ne passe pas la vérification", "chaîne fiscale rompue : chaîne « TILL-")
                .doesNotContain("Restauré dans");
        try (Stream<Path> left = Files.list(target); Stream<Path> beside = Files.list(scratch)) {
            assertThat(left).as("target untouched").isEmpty();
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".restauration"));
        }
    }

    /** {@code count} tickets, spread over the stores, four tills at once; each acknowledged or the test fails. */
    private static void sellAMonth(Network network, TicketBook book, int count, Map<UUID, String> acknowledged)
            throws InterruptedException {
        ExecutorService tills = Executors.newFixedThreadPool(TILLS);
        List<String> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < TILLS; t++) {
            Network.Store store = network.stores().get(t % network.stores().size());
            Random random = new Random(1000 + t);
            tills.submit(() -> {
                for (int i = 0; i < count / TILLS && failures.isEmpty(); i++) {
                    try {
                        acknowledged.put(post(store, book, random), store.id());
                    } catch (AssertionError | UncheckedIOException e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        tills.shutdown();
        assertThat(tills.awaitTermination(2, TimeUnit.HOURS)).isTrue();
        assertThat(failures).isEmpty();
    }

    private static ExecutorService tills(Network network, TicketBook book, AtomicBoolean stop,
                                         Map<UUID, String> acknowledged, List<String> failures) {
        ExecutorService tills = Executors.newFixedThreadPool(TILLS);
        for (int t = 0; t < TILLS; t++) {
            Network.Store store = network.stores().get(t % network.stores().size());
            Random random = new Random(t);
            tills.submit(() -> {
                while (!stop.get()) {
                    try {
                        acknowledged.put(post(store, book, random), store.id());
                    } catch (AssertionError | UncheckedIOException e) {
                        failures.add(e.toString());
                        return;
                    }
                }
            });
        }
        return tills;
    }

    /** One ticket, paid part caisse part cash, acknowledged (or the test fails). */
    private static UUID post(Network.Store store, TicketBook book, Random random) {
        Network.Household household = store.households().get(random.nextInt(store.households().size()));
        TicketBook.Basket basket = book.baskets(store.id()).get(random.nextInt(book.baskets(store.id()).size()));
        UUID id = new UUID(random.nextLong(), random.nextLong());
        Http.Response r = store.cashiers().get(0).post("/api/tickets",
                TicketBook.ticket(id, store.id(), household.id(), basket));
        if (r.status() != 201) {
            throw new AssertionError("ticket " + id + " refused: " + r);
        }
        return id;
    }

    /** Closes the segment being written and waits until PostgreSQL has archived it. */
    private static void switchAndAwaitArchived(VivresProcess vivres) throws Exception {
        try (Db db = vivres.db()) {
            String segment = db.text("select pg_walfile_name(pg_switch_wal())");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!segment.equals(db.text("select coalesce(last_archived_wal, '') from pg_stat_archiver"))) {
                assertThat(System.nanoTime() < deadline).as("segment " + segment + " archived").isTrue();
                Thread.sleep(100);
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static String sizes(Path backups) throws IOException {
        return "base " + size(backups.resolve("base")) / 1_000_000 + " MB, archived WAL "
                + size(backups.resolve("wal")) / 1_000_000 + " MB";
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
