package org.vivres.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vivres.launcher.DatabaseSettings;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;

/**
 * How long closings take, end to end over HTTP on the distribution (embedded PostgreSQL, fsync on):
 * <ol>
 * <li>closing a till session that sold {@code --tickets} tickets (1 000; two lines at two VAT rates, cash or card,
 * posted through the API);</li>
 * <li>closing last month for {@code --stores} stores (4) whose every day is closed, each day holding
 * {@code --per-day} tickets (300) with their payments and VAT rows, written in bulk in SQL (a month of till traffic
 * through the API would take an hour); each day's closing is timed too.</li>
 * </ol>
 * Prints one line per measure. Not a test: timings are reported, never asserted.
 */
public final class ClosingBenchmark {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ClosingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = LoadBenchmark.options(args);
        Path dist = Path.of(o.getOrDefault("dist", "distribution/target/vivres"));
        int tickets = Integer.parseInt(o.getOrDefault("tickets", "1000"));
        int stores = Integer.parseInt(o.getOrDefault("stores", "4"));
        int perDay = Integer.parseInt(o.getOrDefault("per-day", "300"));
        String password = "bench-" + Long.toHexString(System.nanoTime());
        LaunchOptions launch = LaunchOptions.ephemeral(dist, Files.createTempDirectory("vivres-closing-"))
                .withAdminPassword(password);
        try (RunningVivres vivres = Launcher.start(launch)) {
            Http admin = Http.of(vivres.baseUrl()).login("admin", password);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < stores; i++) {
                ids.add(ok(admin.post("/api/organizations", Map.of("name", "Épicerie banc " + i + " "
                        + System.nanoTime(), "type", "STORE")), 201).text("id"));
            }
            tillSession(admin, ids.get(0), tickets);
            month(admin, vivres.database(), ids, perDay);
        }
    }

    private static void tillSession(Http admin, String store, int tickets) {
        String bread = product(admin, "2.11", "5.5");
        String soap = product(admin, "2.40", "20");
        for (String p : List.of(bread, soap)) {
            ok(admin.post("/api/stock/movements", Map.of("organization", store, "product", p,
                    "quantity", "100000", "reason", "RECEIPT")), 201);
        }
        String till = ok(admin.post("/api/tills", Map.of("organization", store, "name", "Caisse 1")), 201).text("id");
        ok(admin.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "100.00")), 201);
        long t0 = System.nanoTime();
        for (int i = 0; i < tickets; i++) {
            ok(admin.post("/api/tickets", Map.of("organization", store, "till", till,
                    "lines", List.of(Map.of("product", bread, "quantity", "2"), Map.of("product", soap, "quantity", "1")),
                    "payments", List.of(Map.of("method", i % 3 == 0 ? "CARD" : "CASH", "amount", "6.62")))), 201);
        }
        report("posting %d tickets on one till: %.1f s", tickets, (System.nanoTime() - t0) / 1e9);
        long c0 = System.nanoTime();
        Http.Response z = ok(admin.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "100.00"))), 200);
        report("closing the till session of %d tickets (Z n° %s, %s tickets, total %s): %.0f ms", tickets,
                z.text("number"), z.text("tickets"), z.text("total"), (System.nanoTime() - c0) / 1e6);
    }

    private static void month(Http admin, DatabaseSettings db, List<String> stores, int perDay) throws Exception {
        YearMonth month = YearMonth.now(PARIS).minusMonths(1);
        long g0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (String store : stores) {
                bulk(c, store, month, perDay);
            }
        }
        report("writing %d tickets (%d per day × %d days × %d stores) in SQL: %.1f s",
                perDay * month.lengthOfMonth() * stores.size(), perDay, month.lengthOfMonth(), stores.size(),
                (System.nanoTime() - g0) / 1e9);
        long slowestDay = 0;
        for (String store : stores) {
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                long d0 = System.nanoTime();
                ok(admin.post("/api/closings", Map.of("organization", store, "kind", "DAY", "period", d.toString())),
                        201);
                slowestDay = Math.max(slowestDay, System.nanoTime() - d0);
            }
        }
        report("closing each day (%d tickets): slowest of %d %.0f ms", perDay, month.lengthOfMonth() * stores.size(),
                slowestDay / 1e6);
        for (String store : stores) {
            long m0 = System.nanoTime();
            Http.Response m = ok(admin.post("/api/closings", Map.of("organization", store, "kind", "MONTH",
                    "period", month.toString())), 201);
            report("closing month %s of a store (%s tickets, total %s, perpetual %s): %.0f ms", month,
                    m.text("tickets"), m.text("total"), m.text("perpetualTotal"), (System.nanoTime() - m0) / 1e6);
        }
    }

    /** A month of sales of 10.55 at 5.5 % (10.00 + 0.55), paid in cash, with their payment and VAT rows. */
    private static void bulk(Connection c, String store, YearMonth month, int perDay) throws Exception {
        String audit = "created_at, created_by, updated_at, updated_by, version";
        String[] statements = {
            "insert into erp_ticket (id, organization_id, " + audit + ", document_no, kind, ticket_date, total, "
                + "request_hash) select gen_random_uuid(), ?::uuid, d + interval '10 hours', 'bench', "
                + "d + interval '10 hours', 'bench', 0, 'B' || left(replace(gen_random_uuid()::text, '-', ''), 24), 'SALE', "
                + "d::date, 10.55, 'bench' from generate_series(?::date, ?::date, interval '1 day') d, "
                + "generate_series(1, ?) n",
            "insert into erp_payment (id, organization_id, " + audit + ", ticket_id, method, amount) "
                + "select gen_random_uuid(), organization_id, " + audit + ", id, 'CASH', total from erp_ticket "
                + "where organization_id = ?::uuid and request_hash = 'bench'",
            "insert into erp_ticket_vat (id, organization_id, " + audit + ", ticket_id, rate, base, vat, total) "
                + "select gen_random_uuid(), organization_id, " + audit + ", id, 5.50, 10.00, 0.55, total "
                + "from erp_ticket where organization_id = ?::uuid and request_hash = 'bench'"};
        for (int i = 0; i < statements.length; i++) {
            try (PreparedStatement s = c.prepareStatement(statements[i])) {
                s.setString(1, store);
                if (i == 0) {
                    s.setObject(2, month.atDay(1));
                    s.setObject(3, month.atEndOfMonth());
                    s.setInt(4, perDay);
                }
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("analyze")) {
            s.execute();
        }
    }

    private static String product(Http admin, String price, String rate) {
        return ok(admin.post("/api/products", Map.of("sku", "BENCH-" + System.nanoTime(), "name",
                "Produit " + System.nanoTime(), "category", "EPICERIE", "uom", "UNIT", "referencePrice", price,
                "vatRate", rate)), 201).text("id");
    }

    private static Http.Response ok(Http.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException(r.toString());
        }
        return r;
    }

    private static void report(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
