package org.vivres.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference figure: the SQL floor of a 20-line checkout with a caisse payment ({@code floor/checkout-floor.*},
 * the project's yardstick, copied as given), run by pgbench on the same PostgreSQL server as Vivres, in a database of
 * its own. Needs the {@code pgbench} of Debian's {@code postgresql-client} (any version
 * from 13 on talks to the embedded 17).
 */
public final class PgBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** The figures pgbench printed. */
    public record Result(double tps, double latencyMillis, String command) {
    }

    private PgBench() {
    }

    /** The pgbench binary: on the PATH, else the newest under /usr/lib/postgresql. */
    public static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "pgbench");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("pgbench not found: apt-get install postgresql-client"));
        } catch (IOException e) {
            throw new IllegalStateException("pgbench not found: apt-get install postgresql-client", e);
        }
    }

    /**
     * Creates the database {@code floor} on 127.0.0.1:port with the schema of the SQL floor of a checkout
     * ({@code floor/checkout-floor.sql}, a copy of the project's yardstick, used as it is).
     */
    public static void initFloor(int port, String password) throws Exception {
        createDatabase(port, password, "floor");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/floor",
                "postgres", password); Statement s = c.createStatement()) {
            s.execute(resource("checkout-floor.sql"));
        }
    }

    /**
     * The SQL floor of a 20-line checkout with a caisse payment: {@code pgbench -n -f checkout-floor.pgbench
     * -c clients -j threads -T seconds} on the database {@link #initFloor} made.
     */
    public static Result floor(int port, String password, int clients, int threads, int seconds) throws Exception {
        Path script = Files.createTempFile("checkout-floor", ".pgbench");
        try {
            Files.writeString(script, resource("checkout-floor.pgbench"));
            Path pgbench = binary();
            List<String> bench = new ArrayList<>(List.of(pgbench.toString(), "-n", "-f", script.toString(), "-c",
                    Integer.toString(clients), "-j", Integer.toString(threads), "-T", Integer.toString(seconds)));
            bench.addAll(common(port));
            bench.add("floor");
            String out = exec(bench, password);
            return result(out, String.join(" ", bench).replace(pgbench.toString(), "pgbench")
                    .replace(script.toString(), "checkout-floor.pgbench"));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = PgBench.class.getResourceAsStream("floor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("floor/" + name + " missing from the benchmark's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Result result(String out, String command) {
        Matcher tps = TPS.matcher(out);
        Matcher latency = LATENCY.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + out);
        }
        return new Result(Double.parseDouble(tps.group(1)), latency.find() ? Double.parseDouble(latency.group(1)) : 0,
                command);
    }

    private static List<String> common(int port) {
        return List.of("-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres");
    }

    private static void createDatabase(int port, String password, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (r.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        }
    }

    private static String exec(List<String> command, String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
