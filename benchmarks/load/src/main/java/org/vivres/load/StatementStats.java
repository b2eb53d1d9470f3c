package org.vivres.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vivres.launcher.DatabaseSettings;

/**
 * Where PostgreSQL spends a step, statement by statement, as its own {@code pg_stat_statements} counts it (the server
 * started with {@code vivres.db.statement-statistics}): reset before the step, read after. Time is execution time,
 * lock waits included; pages are the shared buffers a statement touched (hit or read), the figure that gives away a
 * plan reading more rows than it uses; WAL is what the statement wrote to the log. The floor's statements, run in its
 * own database just before, are counted beside Vivres' for comparison.
 */
final class StatementStats {
    /** One statement's counts over the step. */
    record Row(String database, String query, long calls, double millis, long pages, long walBytes) {
    }

    private final DatabaseSettings database;

    private StatementStats(DatabaseSettings database) {
        this.database = database;
    }

    /** Creates the extension in Vivres' database, where the view is then read. */
    static StatementStats enable(DatabaseSettings database) throws SQLException {
        StatementStats stats = new StatementStats(database);
        stats.execute("create extension if not exists pg_stat_statements");
        return stats;
    }

    void reset() throws SQLException {
        execute("select pg_stat_statements_reset()");
    }

    /** Every statement counted since the last {@link #reset}, the most time first. */
    List<Row> read() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select d.datname, p.query, p.calls, p.total_exec_time, p.shared_blks_hit + p.shared_blks_read,
                       p.wal_bytes
                from pg_stat_statements p join pg_database d on d.oid = p.dbid
                where p.query not like '%pg_stat_statements%'
                order by p.total_exec_time desc""")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2).replaceAll("\\s+", " "), r.getLong(3), r.getDouble(4),
                        r.getLong(5), r.getBigDecimal(6).longValue()));
            }
        }
        return rows;
    }

    /**
     * The step's totals per checkout beside the floor's per transaction (the floor's count is its most frequent
     * statement's), and Vivres' {@code top} statements by time.
     */
    static String format(List<Row> rows, long tickets, int top) {
        List<Row> floor = rows.stream().filter(r -> r.database().equals("floor")).toList();
        List<Row> vivres = rows.stream().filter(r -> !r.database().equals("floor")).toList();
        long floorTx = floor.stream().mapToLong(Row::calls).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append("| per transaction | statements | execution ms | pages | WAL bytes |\n|---|---|---|---|---|\n");
        total(out, "SQL floor", floor, floorTx);
        total(out, "Vivres checkout", vivres, tickets);
        out.append("\n| calls per checkout | ms per checkout | pages per call | WAL bytes per checkout | statement |\n")
                .append("|---|---|---|---|---|\n");
        vivres.stream().sorted(Comparator.comparingDouble(Row::millis).reversed()).limit(top).forEach(r ->
                out.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.1f | %.0f | `%s` |\n",
                        (double) r.calls() / tickets, r.millis() / tickets, (double) r.pages() / r.calls(),
                        (double) r.walBytes() / tickets, LoadBenchmark.abbreviate(r.query(), 110))));
        return out.toString();
    }

    private static void total(StringBuilder out, String what, List<Row> rows, long transactions) {
        if (transactions == 0) {
            return;
        }
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.0f | %.0f |\n", what,
                (double) rows.stream().mapToLong(Row::calls).sum() / transactions,
                rows.stream().mapToDouble(Row::millis).sum() / transactions,
                (double) rows.stream().mapToLong(Row::pages).sum() / transactions,
                (double) rows.stream().mapToLong(Row::walBytes).sum() / transactions));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
