package org.vivres.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;

/**
 * Checkout under load, end to end: starts the distribution on an embedded PostgreSQL (fsync and synchronous commit
 * on, as {@code ./vivres run}), builds a network through the API, measures pgbench on the same server, counts the SQL
 * statements of a checkout, warms up, then runs 1, 8 and 32 tills for N seconds each and checks the caisse after.
 * Prints a Markdown report (also written to {@code --out}). Options, with their defaults:
 * <pre>
 *   --dist distribution/target/vivres   --seconds 20   --warmup 15   --tills 1,8,32
 *   --stores 4   --households 100 (per store)   --products 200   --pool (vivres.db.pool; kernel default 20)
 *   --lines 20 (lines per basket; 1 to 3: a caisse payment for a few products, the offer products first)
 *   --floor-seconds 20 (the SQL floor before each step; 0: skip)   --sql-tickets 20 (0: skip)   --jfr FILE (profile an extra run at the
 *   highest till count; 0 s: none)   --jfr-seconds 30   --jfr-settings profile (or default)   --out FILE
 *   --real-tills true (each simulated till rings on a till of its own, opened, with its own seal chain;
 *   false: every ticket of a store on its till 0, one chain per store)
 *   --statements false (true: the server loads pg_stat_statements, and each step is followed by where PostgreSQL
 *   spent it, statement by statement, beside the floor)
 * </pre>
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path dist = Path.of(o.getOrDefault("dist", "distribution/target/vivres"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "15"));
        List<Integer> tills = new ArrayList<>();
        for (String t : o.getOrDefault("tills", "1,8,32").split(",")) {
            tills.add(Integer.parseInt(t.strip()));
        }
        int maxTills = tills.stream().mapToInt(Integer::intValue).max().orElse(1);
        int stores = Integer.parseInt(o.getOrDefault("stores", "4"));
        int lines = Integer.parseInt(o.getOrDefault("lines", "20"));
        Network.Shape shape = new Network.Shape(stores, Integer.parseInt(o.getOrDefault("products", "200")),
                Integer.parseInt(o.getOrDefault("households", "100")), Math.max(1, (maxTills + stores - 1) / stores), 42);

        String password = "bench-" + Long.toHexString(System.nanoTime());
        Path data = Files.createTempDirectory("vivres-load-");
        LaunchOptions launch = LaunchOptions.ephemeral(dist, data).withAdminPassword(password);
        boolean statements = Boolean.parseBoolean(o.getOrDefault("statements", "false"));
        if (statements) {
            launch = launch.withFrameworkProperty(LaunchOptions.STATEMENT_STATISTICS_PROPERTY, "true");
        }
        if (o.containsKey("pool")) {
            launch = launch.withFrameworkProperty("vivres.db.pool", o.get("pool"));
        }
        StringBuilder report = new StringBuilder();
        line(report, "Checkout under load — " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        line(report, "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", distribution " + dist.toAbsolutePath().normalize());
        long t0 = System.nanoTime();
        try (RunningVivres vivres = Launcher.start(launch)) {
            // interrupted (Ctrl-C, SIGTERM): stop Felix and the embedded PostgreSQL all the same
            Thread hook = new Thread(vivres::close, "load-benchmark-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            line(report, String.format(Locale.ROOT, "Started (embedded PostgreSQL, fresh data) in %.1f s",
                    (System.nanoTime() - t0) / 1e9));
            Http admin = Http.of(vivres.baseUrl()).login("admin", password);
            long s0 = System.nanoTime();
            Network network = Network.build(admin, shape);
            TicketBook book = TicketBook.quote(network, 8, lines, 4242);
            line(report, String.format(Locale.ROOT, "Network: %d stores, %d products, %d households (tier with cap, "
                    + "caisse member, registered to an activity with an offer), %d cashiers; built in %.1f s; "
                    + "baskets of %d lines", stores, shape.products(), network.households().size(),
                    stores * shape.cashiersPerStore(),
                    (System.nanoTime() - s0) / 1e9, lines));
            int pgPort = vivres.embeddedDatabasePort().orElseThrow();
            CpuMeter cpu = new CpuMeter(data.resolve("postgres"));

            int floorSeconds = Integer.parseInt(o.getOrDefault("floor-seconds", "20"));
            if (floorSeconds > 0) {
                PgBench.initFloor(pgPort, vivres.database().password());
                line(report, "Reference: the SQL floor of a 20-line checkout with a caisse payment "
                        + "(`floor/checkout-floor.sql` and `.pgbench`, as given), run by pgbench on the same server "
                        + "just before each step, with as many clients as tills");
            }

            StatementStats stats = statements ? StatementStats.enable(vivres.database()) : null;
            StringBuilder perStatement = new StringBuilder();
            LoadRun load = new LoadRun(network, book);
            if (Boolean.parseBoolean(o.getOrDefault("real-tills", "true"))) {
                load.onRealTills();
            }
            // The statements are counted after the warm-up, as the runs below see the node: what it keeps in memory
            // (the catalogue, the tiers, the offers) read once, not at each ticket as a cold start would.
            if (warmup > 0) {
                LoadRun.Result w = load.run(Math.min(8, maxTills), Duration.ofSeconds(warmup), 1, null);
                line(report, String.format(Locale.ROOT, "Warm-up: %d tills for %d s, %d tickets", w.tills(), warmup,
                        w.ok()));
            }
            int sqlTickets = Integer.parseInt(o.getOrDefault("sql-tickets", "20"));
            SqlProfile.Result sql = null;
            if (sqlTickets > 0) {
                sql = SqlProfile.measure(vivres.database(), data.resolve("postgres.log"),
                        network, book, load, sqlTickets);
                line(report, String.format(Locale.ROOT, "SQL statements per checkout after the warm-up (%d lines, "
                        + "%d tickets, BEGIN/COMMIT included): **%.1f**", lines, sql.tickets(), sql.perTicket()));
                report.append("\n| per ticket | statement |\n|---|---|\n");
                sql.byStatement().entrySet().stream().limit(15).forEach(e -> report.append(String.format(Locale.ROOT,
                        "| %.1f | `%s` |\n", e.getValue(), abbreviate(e.getKey(), 160))));
                report.append(String.format(Locale.ROOT, "\nServer time per checkout (parse, bind, execute; one till, "
                        + "every statement logged): **%.2f ms**; the longest:\n\n| ms per ticket | statement |\n"
                        + "|---|---|\n", sql.millisPerTicket()));
                sql.millisByStatement().entrySet().stream().limit(12).forEach(e -> report.append(String.format(
                        Locale.ROOT, "| %.3f | `%s` |\n", e.getValue(), abbreviate(e.getKey(), 160))));
                report.append("\nWhat the caisse payment does, per checkout:\n\n| per ticket | statement |\n|---|---|\n");
                sql.byStatement().entrySet().stream().filter(e -> e.getKey().contains("caisse_"))
                        .forEach(e -> report.append(String.format(Locale.ROOT, "| %.1f | `%s` |\n", e.getValue(),
                                abbreviate(e.getKey(), 220))));
                report.append('\n');
            }

            report.append("\n| tills | tickets/s | p50 ms | p99 ms | max ms | tickets | errors | SQL floor TPS "
                    + "| vs floor | floor PostgreSQL CPU ms/tx | statements/s | Vivres CPU ms/ticket "
                    + "| PostgreSQL CPU ms/ticket | tickets per CPU-second | load generator CPU ms/ticket | seal chains |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (int i = 0; i < tills.size(); i++) {
                PgBench.Result floor = null;
                double floorCpu = 0;
                if (stats != null) {
                    stats.reset();
                }
                if (floorSeconds > 0) {
                    CpuMeter.Sample before = cpu.sample();
                    floor = PgBench.floor(pgPort, vivres.database().password(), tills.get(i),
                            Math.min(2, tills.get(i)), floorSeconds);
                    floorCpu = cpu.sample().minus(before).postgresNanos() / 1e6 / (floor.tps() * floorSeconds);
                }
                CpuMeter.Sample before = cpu.sample();
                LoadRun.Result r = load.run(tills.get(i), Duration.ofSeconds(seconds), 100 + i, null);
                CpuMeter.Sample used = cpu.sample().minus(before);
                if (stats != null) {
                    perStatement.append(String.format(Locale.ROOT, "Where PostgreSQL spent the step at %d tills "
                            + "(pg_stat_statements; execution time includes lock waits):%n%n", r.tills()))
                            .append(StatementStats.format(stats.read(), r.ok(), 15)).append('\n');
                }
                double appMs = (used.jvmNanos() - r.generatorCpuNanos()) / 1e6 / r.ok();
                double dbMs = used.postgresNanos() / 1e6 / r.ok();
                String row = String.format(Locale.ROOT,
                        "| %d | **%.1f** | %.1f | %.1f | %.1f | %d | %s | %s | %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %s |",
                        r.tills(), r.throughput(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.ok(),
                        r.errors().isEmpty() ? "0" : r.errors().toString(),
                        floor == null ? "—" : String.format(Locale.ROOT, "%.0f", floor.tps()),
                        floor == null ? "—" : String.format(Locale.ROOT, "**%.1f %%**", 100 * r.throughput() / floor.tps()),
                        floor == null ? "—" : String.format(Locale.ROOT, "%.2f", floorCpu),
                        sql == null ? "—" : String.format(Locale.ROOT, "%.0f", r.throughput() * sql.perTicket()),
                        appMs, dbMs, 1000 / (appMs + dbMs), r.generatorCpuNanos() / 1e6 / r.ok(),
                        SealCheck.check(network));
                report.append(row).append('\n');
                System.err.println(row);
            }
            report.append('\n').append(perStatement);

            Path jfr = o.containsKey("jfr") ? Path.of(o.get("jfr")) : null;
            if (jfr != null) {
                int jfrSeconds = Integer.parseInt(o.getOrDefault("jfr-seconds", "30"));
                try (Recording recording = new Recording(Configuration.getConfiguration(
                        o.getOrDefault("jfr-settings", "profile")))) {
                    recording.start();
                    LoadRun.Result r = load.run(maxTills, Duration.ofSeconds(jfrSeconds), 999, null);
                    recording.stop();
                    recording.dump(jfr);
                    line(report, String.format(Locale.ROOT, "Profiled run (JFR, %d tills, %d s, %.1f tickets/s), "
                            + "recording %s:", maxTills, jfrSeconds, r.throughput(), jfr));
                }
                report.append('\n').append(JfrTop.format(JfrTop.read(jfr), 20)).append('\n');
            }

            CaisseCheck.Report caisse = CaisseCheck.check(network, load.acknowledgedPerHousehold());
            line(report, String.format(Locale.ROOT, "Caisse after the run: %d members, %d negative balances, "
                    + "%d balances differing from their ledger, %d debits for %d accepted tickets: %s",
                    caisse.members(), caisse.negative(), caisse.ledgerMismatches(), caisse.debits(),
                    caisse.acknowledged(), caisse.ok() ? "**OK**" : "**FAILED** " + caisse.problems()));
            line(report, String.format(Locale.ROOT, "JVM (Vivres and the load generator together): peak RSS %s, "
                    + "heap used %d MB", peakRss(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20));
        } finally {
            // its Felix cache and PostgreSQL cluster: some 100 MB per run
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.out.println(report);
        if (o.containsKey("out")) {
            Files.writeString(Path.of(o.get("out")), report, StandardCharsets.UTF_8);
        }
    }

    private static void line(StringBuilder report, String text) {
        report.append(text).append("\n\n");
        System.err.println(text);
    }

    static String abbreviate(String s, int max) {
        String one = s.replace('|', '¦');
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }

    private static String peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return l.substring(6).strip();
                }
            }
        } catch (IOException e) {
            // not on Linux
        }
        return "?";
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --name value ...; got " + args[i]);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }
}
