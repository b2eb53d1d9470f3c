package org.vivres.erp.kernel.internal.fiscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vivres.fiscal.seal.FiscalRecord;

/**
 * Reads sealed records as their canonical text sees them, in SQL: every value as PostgreSQL prints it (numbers at
 * their stored scale, instants in UTC to the microsecond), so that sealing, checking and the archive's CSV all see
 * the same text. The column labels are the field names; {@code id} (and {@code record} of a child) are not fields.
 */
final class SealedRecords {
    static final String TICKET = "TICKET";
    static final String Z = "Z";
    static final String CLOSING = "CLOSING";
    static final String EVENT = "EVENT";
    private static final String CHILD = "child_";
    private static final JsonFactory JSON = new JsonFactory();

    private static String ts(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    /**
     * A type's main query (its rows' {@code where} clause is appended), its children's, and its chain's name in SQL
     * over the main row's fields ({@code m.}): {@link #chainOf} said in SQL, so that the read-back can lock the head.
     */
    record Shape(String main, String alias, Map<String, String> children, String chain) {
    }

    private static final String TILL_CHAIN =
            "case m.till when '0' then 'TILL-0-' || m.store else 'TILL-' || m.till end";

    static final Map<String, Shape> SHAPES = Map.of(
            TICKET, new Shape("select t.id::text as id, t.document_no as number, t.kind, " + ts("t.created_at")
                    + " as instant, t.organization_id::text as store, coalesce(tt.till_id::text, '0') as till, "
                    + "t.household_id::text as household, t.original_ticket_id::text as original, "
                    + "t.ticket_date::text as date, t.total::text as total "
                    + "from erp_ticket t left join erp_till_ticket tt on tt.id = t.id", "t", Map.of(
                    "line", "select ticket_id::text as record, line_no::text as line_no, line_kind as kind, "
                            + "product_id::text as product, kind_reference as reference, label, "
                            + "quantity::text as quantity, reference_price::text as reference_price, "
                            + "unit_price::text as unit_price, vat_rate::text as vat_rate, "
                            + "line_amount::text as amount, price_rule, sold_line_id::text as sold_line "
                            + "from erp_ticket_line where ticket_id = any(?)",
                    "vat", "select ticket_id::text as record, rate::text as rate, base::text as base, "
                            + "vat::text as vat, total::text as total from erp_ticket_vat where ticket_id = any(?)",
                    "payment", "select ticket_id::text as record, method, amount::text as amount from erp_payment "
                            + "where ticket_id = any(?)"), TILL_CHAIN),
            Z, new Shape("select z.id::text as id, z.number::text as number, z.till_id::text as till, "
                    + "z.organization_id::text as store, z.session_id::text as session, " + ts("s.opened_at")
                    + " as opened_at, s.opening_float::text as opening_float, " + ts("z.closed_at") + " as instant, "
                    + "z.tickets::text as tickets, z.returns::text as returns, z.total::text as total, by_method, "
                    + "by_vat_rate, cash_movements, late_tickets from erp_till_z z "
                    + "join erp_till_session s on s.id = z.session_id", "z", Map.of(
                    "movement", "select z.id::text as record, m.type, m.amount::text as amount, m.reason "
                            + "from erp_till_movement m join erp_till_z z on z.session_id = m.session_id "
                            + "where z.id = any(?)"), TILL_CHAIN),
            CLOSING, new Shape("select c.id::text as id, c.organization_id::text as store, c.kind, c.period, "
                    + "c.first_day::text as first_day, c.last_day::text as last_day, c.tickets::text as tickets, "
                    + "c.returns::text as returns, c.total::text as total, c.period_total::text as period_total, "
                    + "c.perpetual_total::text as perpetual_total, c.by_method, c.by_vat_rate, " + ts("c.created_at")
                    + " as instant from erp_closing c", "c", Map.of(), "'CLOSINGS-' || m.store"),
            EVENT, new Shape("select e.id::text as id, e.organization_id::text as store, " + ts("e.occurred_at")
                    + " as instant, e.type, e.user_id::text as user, e.subject_id::text as subject, "
                    + "e.details::text as details from erp_event e", "e", Map.of(),
                    "'EVENTS-' || coalesce(m.store, 'NETWORK')"));

    private SealedRecords() {
    }

    /** The records of {@code type} with these ids, by id (a missing one is absent). */
    static Map<String, FiscalRecord> read(Connection c, String type, List<UUID> ids) throws SQLException {
        Shape shape = SHAPES.get(type);
        Map<String, Map<String, String>> mains = new LinkedHashMap<>();
        Object[] array = ids.toArray();
        for (Map<String, String> row : rows(c, shape.main() + " where " + shape.alias() + ".id = any(?)", array)) {
            mains.put(row.remove("id"), row);
        }
        Map<String, Map<String, List<Map<String, String>>>> children = new LinkedHashMap<>();
        for (Map.Entry<String, String> child : shape.children().entrySet()) {
            for (Map<String, String> row : rows(c, child.getValue(), array)) {
                children.computeIfAbsent(row.remove("record"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(child.getKey(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, FiscalRecord> records = new LinkedHashMap<>();
        mains.forEach((id, fields) -> records.put(id, new FiscalRecord(type, id, fields,
                children.getOrDefault(id, Map.of()))));
        return records;
    }

    /** A record read back for its seal, with its chain's head as locked: its sequence and hash. */
    record Locked(FiscalRecord record, long sequence, String hash) {
    }

    /**
     * The record of {@code type} with this id in one statement (null when it is not written): the same queries as
     * {@link #read}, each child's rows aggregated as JSON text values beside the main row, so that sealing a ticket
     * costs one round trip instead of one per kind of child. The checks and the archive read with {@link #read}: a
     * seal made from a text that differs from theirs would show as broken.
     */
    static FiscalRecord readOne(Connection c, String type, UUID id) throws SQLException {
        List<Map<String, String>> rows = rowsOfOne(c, type, id, "", "");
        return rows.isEmpty() ? null : record(type, id, rows.get(0));
    }

    /**
     * The record as {@link #readOne} reads it and its chain's head, locked until commit ({@code for update}), in one
     * statement rather than the read and then the lock. Null when the record is not written or its chain has no head
     * yet (its first record: the caller creates the head then). The head is locked as by a plain {@code select …
     * for update}: a post of the same chain in progress is waited for, and its head is then read as it committed
     * it; the record itself is this transaction's own, whatever the statement's snapshot.
     */
    static Locked readLocking(Connection c, String type, UUID id) throws SQLException {
        List<Map<String, String>> rows = rowsOfOne(c, type, id, ", h.chain as head_chain, h.sequence::text as "
                + "head_sequence, h.hash as head_hash", " join erp_seal_head h on h.chain = " + SHAPES.get(type).chain()
                + " for update of h");
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, String> row = rows.get(0);
        String chain = row.remove("head_chain");
        long sequence = Long.parseLong(row.remove("head_sequence"));
        String hash = row.remove("head_hash");
        FiscalRecord record = record(type, id, row);
        if (!chain.equals(chainOf(record))) {
            // the SQL and the Java names of a chain must agree, or a record would extend another chain
            throw new IllegalStateException(type + " " + id + " locked chain " + chain + ", not " + chainOf(record));
        }
        return new Locked(record, sequence, hash);
    }

    /** The main row of one record with its children as JSON, plus {@code columns} and {@code join} after it. */
    private static List<Map<String, String>> rowsOfOne(Connection c, String type, UUID id, String columns,
            String join) throws SQLException {
        Shape shape = SHAPES.get(type);
        StringBuilder sql = new StringBuilder("select m.*");
        for (String kind : shape.children().keySet()) {
            sql.append(", (select json_agg(x)::text from (").append(shape.children().get(kind)).append(") x) as ")
                    .append(CHILD).append(kind);
        }
        sql.append(columns).append(" from (").append(shape.main()).append(" where ").append(shape.alias())
                .append(".id = any(?)) m").append(join);
        // One id: "= ?" rather than "= any(?)", whose plan PostgreSQL cannot settle for an array of unknown length
        // (it would plan this statement again at each ticket).
        try (PreparedStatement s = c.prepareStatement(sql.toString().replace("= any(?)", "= ?"))) {
            for (int i = 1; i <= shape.children().size() + 1; i++) {
                s.setObject(i, id);
            }
            return rows(s);
        }
    }

    /** The record made of a row of {@link #rowsOfOne}: its fields, and its children parsed from their JSON. */
    private static FiscalRecord record(String type, UUID id, Map<String, String> fields) throws SQLException {
        fields.remove("id");
        Map<String, List<Map<String, String>>> children = new LinkedHashMap<>();
        for (String kind : SHAPES.get(type).children().keySet()) {
            String json = fields.remove(CHILD + kind);
            if (json != null) {
                children.put(kind, childRows(json));
            }
        }
        return new FiscalRecord(type, id.toString(), fields, children);
    }

    /**
     * A child's rows from their JSON: every value a string or null, as the column's text; {@code record} left out.
     * Read as a stream of tokens (a ticket's lines are most of a checkout's seal): no tree is built to be copied.
     */
    private static List<Map<String, String>> childRows(String json) throws SQLException {
        try (JsonParser parser = JSON.createParser(json)) {
            List<Map<String, String>> rows = new ArrayList<>();
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> values = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value != JsonToken.VALUE_NULL) {
                        expect(value, JsonToken.VALUE_STRING);
                    }
                    values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                }
                values.remove("record");
                rows.add(values);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new SQLException("child rows not readable as JSON", e);
        }
    }

    private static void expect(JsonToken token, JsonToken expected) throws SQLException {
        if (token != expected) {
            // every child value is cast to text in SQL: anything else is not what the seal reads
            throw new SQLException("child rows: " + token + " where " + expected + " was expected");
        }
    }

    static List<Map<String, String>> rows(Connection c, String sql, Object[] ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", ids));
            return rows(s);
        }
    }

    /** The rows of an executed statement, each column by its label, as text. */
    static List<Map<String, String>> rows(PreparedStatement s) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The chain a record belongs to: its till's (till 0 of its store), its store's closings, its store's events. */
    static String chainOf(FiscalRecord record) {
        String store = record.fields().get("store");
        return switch (record.type()) {
            case TICKET, Z -> "0".equals(record.fields().get("till")) ? "TILL-0-" + store
                    : "TILL-" + record.fields().get("till");
            case CLOSING -> "CLOSINGS-" + store;
            default -> "EVENTS-" + (store == null ? "NETWORK" : store);
        };
    }
}
