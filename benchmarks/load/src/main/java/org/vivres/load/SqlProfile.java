package org.vivres.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vivres.launcher.DatabaseSettings;

/**
 * Counts the SQL statements a checkout costs: PostgreSQL logs every statement ({@code log_min_duration_statement
 * = 0}, set with ALTER SYSTEM and a reload, reset afterwards) while one till posts a few tickets one after the
 * other; the statements are read back from the server's log (the embedded server's {@code <data>/postgres.log}).
 */
public final class SqlProfile {
    // "LOG:  duration: 0.051 ms  execute S_3: select ..." or "... statement: BEGIN"
    private static final Pattern STATEMENT = Pattern.compile(
            "duration: ([0-9.]+) ms  (parse [^:]+|bind [^:]+|execute [^:]+|statement): (.*)");

    /**
     * Statements per ticket in all, and per statement text (most frequent first); the server's time per ticket in all
     * and per statement text (parse, bind and execute, longest first), in milliseconds.
     */
    public record Result(int tickets, double perTicket, Map<String, Double> byStatement, double millisPerTicket,
                         Map<String, Double> millisByStatement) {
    }

    private SqlProfile() {
    }

    public static Result measure(DatabaseSettings database, Path postgresLog, Network network, TicketBook book, LoadRun load, int tickets)
            throws SQLException, IOException, InterruptedException {
        long offset = Files.size(postgresLog);
        setLogging(database, true);
        Network.Store store = network.stores().get(0);
        // The till the load's first till rings on: the statements counted are those of the runs (a real till's
        // session is checked at every ticket; till 0's is not).
        String till = load.tillOf(0, store);
        Random random = new Random(7);
        try {
            for (int i = 0; i < tickets; i++) {
                Network.Household h = store.households().get(i % store.households().size());
                TicketBook.Basket basket = book.baskets(store.id()).get(i % book.baskets(store.id()).size());
                Map<String, Object> ticket = TicketBook.ticket(new UUID(random.nextLong(), random.nextLong()),
                        store.id(), h.id(), basket);
                if (till != null) {
                    ticket.put("till", till);
                }
                Http.Response r = store.cashiers().get(0).post("/api/tickets", ticket);
                if (r.status() != 201) {
                    throw new IllegalStateException("ticket refused while counting statements: " + r);
                }
                load.acknowledge(h.id());
            }
        } finally {
            setLogging(database, false);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> millis = new LinkedHashMap<>();
        int total = 0;
        double totalMillis = 0;
        try (RandomAccessFile log = new RandomAccessFile(postgresLog.toFile(), "r")) {
            log.seek(offset);
            byte[] rest = new byte[(int) (log.length() - offset)];
            log.readFully(rest);
            for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
                Matcher m = STATEMENT.matcher(line);
                if (!m.find() || m.group(3).contains("log_min_duration_statement")
                        || m.group(3).contains("pg_reload_conf")) {
                    continue;
                }
                String text = m.group(3).strip();
                double ms = Double.parseDouble(m.group(1));
                millis.merge(text, ms, Double::sum);
                totalMillis += ms;
                if (m.group(2).startsWith("execute") || m.group(2).equals("statement")) {
                    counts.merge(text, 1, Integer::sum);
                    total++;
                }
            }
        }
        Map<String, Double> perTicket = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> perTicket.put(e.getKey(), e.getValue() / (double) tickets));
        Map<String, Double> millisPerTicket = new LinkedHashMap<>();
        millis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> millisPerTicket.put(e.getKey(), e.getValue() / tickets));
        return new Result(tickets, total / (double) tickets, perTicket, totalMillis / tickets, millisPerTicket);
    }

    private static void setLogging(DatabaseSettings database, boolean on) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement()) {
            s.execute(on ? "alter system set log_min_duration_statement = 0"
                    : "alter system reset log_min_duration_statement");
            s.execute("select pg_reload_conf()");
        }
        // every backend applies the reload at its next command; give the signal a moment
        Thread.sleep(500);
    }
}
