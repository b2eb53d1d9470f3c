package org.vivres.robust;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A JDBC look at the database under Vivres, for what the API does not show: a fingerprint of every table (to prove
 * a refused request changed nothing) and the integrity of what the till wrote (nothing half-written).
 */
final class Db implements AutoCloseable {
    private final Connection connection;
    private String fingerprintSql;

    Db(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.connection.setAutoCommit(true);
    }

    /**
     * Per table of the public schema: rows, the sum of their versions and the latest update — any insert, delete or
     * update (of an ErpEntity table) changes it.
     */
    Map<String, String> fingerprint() throws SQLException {
        if (fingerprintSql == null) {
            fingerprintSql = fingerprintQuery();
        }
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(fingerprintSql)) {
            while (r.next()) {
                tables.put(r.getString(1), r.getString(2));
            }
        }
        return tables;
    }

    private String fingerprintQuery() throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "select c.table_name, c.column_name || ':' || c.data_type from information_schema.columns c join information_schema.tables t"
                        + " on t.table_name = c.table_name and t.table_schema = c.table_schema"
                        + " where c.table_schema = 'public' and t.table_type = 'BASE TABLE' order by 1, 2")) {
            while (r.next()) {
                columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        StringJoiner union = new StringJoiner(" union all ");
        columns.forEach((table, cols) -> {
            // Flyway's history tables have a text "version"; the entities' is a number bumped by every update
            String version = cols.contains("version:bigint") ? "coalesce(sum(version), 0)" : "0";
            String updated = cols.stream().anyMatch(c -> c.startsWith("updated_at:"))
                    ? "coalesce(max(updated_at)::text, '')" : "''";
            union.add("select '" + table + "', count(*) || '/' || " + version + " || '/' || " + updated
                    + " from \"" + table + "\"");
        });
        return union.toString();
    }

    /** What is wrong with the tickets, stock and caisse in the database; empty when all is well. */
    List<String> integrityProblems() throws SQLException {
        List<String> problems = new ArrayList<>();
        // one pass over each table (aggregates joined by ticket), not a subquery per ticket: thousands of tickets
        String perTicket = """
                with l as (select ticket_id, sum(line_amount) amount, count(*) n,
                                  coalesce(sum(quantity) filter (where product_id is not null), 0) quantity
                             from erp_ticket_line group by ticket_id),
                     p as (select ticket_id, sum(amount) amount from erp_payment group by ticket_id),
                     m as (select ticket_id, sum(quantity) quantity from erp_stock_movement
                            where ticket_id is not null group by ticket_id)
                select t.id from erp_ticket t left join l on l.ticket_id = t.id left join p on p.ticket_id = t.id
                  left join m on m.ticket_id = t.id
                """;
        check(problems, "ticket whose lines do not add up to its total",
                perTicket + " where t.total <> coalesce(l.amount, 0)");
        check(problems, "ticket without lines", perTicket + " where l.n is null");
        check(problems, "ticket whose payments do not add up to its total",
                perTicket + " where t.total <> coalesce(p.amount, 0)");
        check(problems, "ticket whose stock movements are not its product lines",
                perTicket + " where coalesce(m.quantity, 0) <> -coalesce(l.quantity, 0)");
        check(problems, "stock level that is not the sum of its movements", """
                select coalesce(l.organization_id, m.organization_id)::text || ' ' || coalesce(l.product_id, m.product_id)
                  from erp_stock_level l
                  full join (select organization_id, product_id, sum(quantity) q from erp_stock_movement group by 1, 2) m
                    on m.organization_id = l.organization_id and m.product_id = l.product_id
                 where coalesce(l.on_hand, 0) <> coalesce(m.q, 0)
                """);
        check(problems, "caisse payment without its debit", """
                select p.ticket_id from erp_payment p
                  left join (select ticket_id, sum(amount) amount from caisse_ledger_entry where kind = 'DEBIT'
                              group by ticket_id) d on d.ticket_id = p.ticket_id
                 where p.method = 'CAISSE' and p.amount > 0 and p.amount <> coalesce(d.amount, 0)
                """);
        check(problems, "caisse debit without its payment", """
                select e.ticket_id from caisse_ledger_entry e where e.kind = 'DEBIT'
                   and not exists (select 1 from erp_payment p where p.ticket_id = e.ticket_id and p.method = 'CAISSE')
                """);
        check(problems, "caisse balance that is not its ledger, or negative", """
                select m.id from caisse_member m
                  left join (select member_id, sum(case when kind in ('ALLOWANCE', 'REFUND') then amount
                                                        when kind = 'DEBIT' then -amount else 0 end) amount
                               from caisse_ledger_entry group by member_id) e on e.member_id = m.id
                 where m.balance < 0 or m.balance <> coalesce(e.amount, 0)
                """);
        runningTotals(problems);
        return problems;
    }

    /** The running totals the tier cap and the offer allowance read are the sums over the ticket lines. */
    private void runningTotals(List<String> problems) throws SQLException {
        if (exists("pricing_tier_month")) {
            check(problems, "tier month total that is not the sum of its tier-priced lines", """
                    select coalesce(r.household_id, s.household_id)::text || ' ' || coalesce(r.month, s.month)
                      from pricing_tier_month r
                      full join (select t.household_id, date_trunc('month', t.ticket_date)::date as month,
                                        sum(l.line_amount) amount
                                   from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
                                  where t.household_id is not null and l.price_rule like 'TIER:%' group by 1, 2) s
                        on s.household_id = r.household_id and s.month = r.month
                     where coalesce(r.tier_amount, 0) <> coalesce(s.amount, 0)
                    """);
        }
        if (exists("activities_offer_day")) {
            check(problems, "offer day total that is not the sum of its offer-priced lines", """
                    select coalesce(r.household_id, s.household_id)::text || ' ' || coalesce(r.price_rule, s.price_rule)
                      from activities_offer_day r
                      full join (select t.household_id, l.price_rule, t.ticket_date as day, sum(l.quantity) as quantity
                                   from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
                                  where t.household_id is not null and l.price_rule like 'ACTIVITY:%'
                                  group by 1, 2, 3) s
                        on s.household_id = r.household_id and s.price_rule = r.price_rule and s.day = r.day
                     where coalesce(r.quantity, 0) <> coalesce(s.quantity, 0)
                    """);
        }
    }

    private boolean exists(String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /**
     * What is wrong with the seals: a chain whose sequence is not 1..n without gap, a head that is not its chain's
     * last seal, a ticket sealed other than once. Empty when every chain is gapless.
     */
    List<String> sealProblems() throws SQLException {
        List<String> problems = new ArrayList<>();
        check(problems, "chain with a gap", """
                select chain from erp_seal group by chain having count(*) <> max(sequence) or min(sequence) <> 1
                """);
        check(problems, "chain head that is not its last seal", """
                select h.chain from erp_seal_head h
                  left join (select chain, max(sequence) m from erp_seal group by chain) s on s.chain = h.chain
                 where coalesce(s.m, 0) <> h.sequence
                """);
        check(problems, "ticket not sealed exactly once", """
                select t.id from erp_ticket t left join erp_seal s on s.record_type = 'TICKET' and s.record_id = t.id
                 group by t.id having count(s.id) <> 1
                """);
        return problems;
    }

    private void check(List<String> problems, String what, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = 0;
            List<String> sample = new ArrayList<>();
            while (r.next()) {
                if (n++ < 5) {
                    sample.add(r.getString(1));
                }
            }
            if (n > 0) {
                problems.add(n + " × " + what + ": " + sample);
            }
        }
    }

    /** A single number. */
    long count(String sql, Object... params) throws SQLException {
        try (var s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i] instanceof Object[] array
                        ? connection.createArrayOf(array instanceof java.util.UUID[] ? "uuid" : "text", array)
                        : params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** One statement that returns nothing (DDL, an update). */
    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** A single text value. */
    String text(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** The document number of each of these tickets that is stored. */
    Map<java.util.UUID, String> documents(java.util.Collection<java.util.UUID> tickets) throws SQLException {
        Map<java.util.UUID, String> found = new java.util.HashMap<>();
        try (var s = connection.prepareStatement("select id, document_no from erp_ticket where id = any(?)")) {
            s.setArray(1, connection.createArrayOf("uuid", tickets.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getObject(1, java.util.UUID.class), r.getString(2));
                }
            }
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
