package org.vivres.erp.kernel.internal.fiscal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vivres.fiscal.seal.Csv;

/**
 * The CSV files of a store's archive: every seal its chains made in the period, in sequence order, and every record
 * they seal with exactly the fields of its canonical text (the same queries as the seals', so that an offline checker
 * recomputes every hash from the CSV alone). Each chain is given from its first seal of the period; the manifest says
 * the hash it follows. Households appear by their id only, as in the sealed records themselves.
 */
final class ArchiveFiles {
    /** A chain's seals in the archive: from {@code first} (following {@code previous}) to {@code last}. */
    record ChainRange(String chain, long first, String previous, long last, String lastHash) {
    }

    /** The files by name, and each chain's range. */
    record Content(Map<String, byte[]> files, List<ChainRange> chains) {
    }

    /** Which file holds which records: {@code TYPE} for a record's own fields, {@code TYPE/kind} for its children. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("tickets.csv", SealedRecords.TICKET);
        FILES.put("lines.csv", SealedRecords.TICKET + "/line");
        FILES.put("vat.csv", SealedRecords.TICKET + "/vat");
        FILES.put("payments.csv", SealedRecords.TICKET + "/payment");
        FILES.put("z.csv", SealedRecords.Z);
        FILES.put("movements.csv", SealedRecords.Z + "/movement");
        FILES.put("closings.csv", SealedRecords.CLOSING);
        FILES.put("events.csv", SealedRecords.EVENT);
    }

    private ArchiveFiles() {
    }

    static Content read(Connection c, UUID store, OffsetDateTime from, OffsetDateTime to) throws SQLException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ChainRange> chains = new ArrayList<>();
        Table seals = new Table(List.of("chain", "sequence", "record_type", "record_id", "sealed_at", "hash",
                "previous", "text"));
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select chain, min(sequence), max(sequence) from erp_seal "
                + "where organization_id = ? and sealed_at >= ? and sealed_at < ? group by chain order by chain")) {
            s.setObject(1, store);
            s.setObject(2, from);
            s.setObject(3, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    chains.add(new ChainRange(r.getString(1), r.getLong(2), null, r.getLong(3), null));
                }
            }
        }
        List<ChainRange> ranges = new ArrayList<>();
        for (ChainRange range : chains) {
            // a whole run of sequences: a seal of the period's edge made in a transaction begun before is kept
            Table chain = query(c, "select chain, sequence::text, record_type, record_id::text, "
                    + "to_char(sealed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') as sealed_at, hash, "
                    + "previous, text from erp_seal where chain = ? and sequence between ? and ? order by sequence",
                    range.chain(), range.first(), range.last());
            seals.rows().addAll(chain.rows());
            for (List<String> row : chain.rows()) {
                ids.computeIfAbsent(row.get(2), k -> new ArrayList<>()).add(UUID.fromString(row.get(3)));
            }
            List<String> first = chain.rows().get(0);
            List<String> last = chain.rows().get(chain.rows().size() - 1);
            ranges.add(new ChainRange(range.chain(), range.first(), first.get(6), range.last(), last.get(5)));
        }
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String[] what = file.getValue().split("/");
            SealedRecords.Shape shape = SealedRecords.SHAPES.get(what[0]);
            Object[] array = ids.getOrDefault(what[0], List.of()).toArray();
            String sql = what.length == 1 ? shape.main() + " where " + shape.alias() + ".id = any(?) order by 1"
                    : shape.children().get(what[1]);
            files.put(file.getKey(), query(c, sql, c.createArrayOf("uuid", array)).csv());
        }
        files.put("sessions.csv", query(c, "select id::text as id, till_id::text as till, to_char(opened_at at time "
                + "zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') as opened_at, opening_float::text as opening_float "
                + "from erp_till_session where organization_id = ? and opened_at >= ? and opened_at < ? order by "
                + "opened_at, id", store, from, to).csv());
        files.put("seals.csv", seals.csv());
        return new Content(files, ranges);
    }

    /** A header and rows of text. */
    private record Table(List<String> header, List<List<String>> rows) {
        Table(List<String> header) {
            this(header, new ArrayList<>());
        }

        byte[] csv() {
            StringBuilder out = new StringBuilder(Csv.line(header));
            rows.forEach(r -> out.append(Csv.line(r)));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Table query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    header.add(meta.getColumnLabel(i));
                }
                Table table = new Table(header);
                while (r.next()) {
                    List<String> row = new ArrayList<>(header.size());
                    for (int i = 1; i <= header.size(); i++) {
                        row.add(r.getString(i));
                    }
                    table.rows().add(row);
                }
                return table;
            }
        }
    }
}
