package org.vivres.erp.kernel.internal.fiscal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.fiscal.seal.CanonicalText;
import org.vivres.fiscal.seal.ChainCheck;
import org.vivres.fiscal.seal.FiscalRecord;
import org.vivres.fiscal.seal.SealRow;

/**
 * Checks every chain of a store (or of the whole network) against the records as they read now, with the same
 * {@link ChainCheck} as the offline archive checker, a page of seals at a time. Besides the chain itself, a chain's
 * head must be its last seal: a removed last record shows as {@code MISSING}.
 */
@Component(service = FiscalVerifier.class)
public final class FiscalVerifier {
    private static final int PAGE = 500;

    private final SessionHolder sessions;

    /** The answer of a check: {@code firstBroken} is null when intact. */
    public record Result(String status, long records, ChainCheck.Broken firstBroken) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    @Activate
    public FiscalVerifier(@Reference SessionHolder sessions) {
        this.sessions = sessions;
    }

    /** Checks the chains of {@code organization}, or every chain when it is null, in the current transaction. */
    public Result verify(UUID organization) {
        return sessions.current().doReturningWork(c -> {
            long records = 0;
            ChainCheck.Broken first = null;
            for (Map.Entry<String, Long> head : heads(c, organization).entrySet()) {
                long expected = 1;
                String previous = CanonicalText.GENESIS;
                ChainCheck.Broken broken = null;
                while (broken == null) {
                    List<SealRow> page = page(c, head.getKey(), expected);
                    if (page.isEmpty()) {
                        break;
                    }
                    broken = ChainCheck.check(page, expected, previous, records(c, page)::get);
                    records += page.size();
                    SealRow last = page.get(page.size() - 1);
                    expected = last.sequence() + 1;
                    previous = last.hash();
                }
                if (broken == null && expected - 1 < head.getValue()) {
                    broken = new ChainCheck.Broken(head.getKey(), expected, "MISSING");
                }
                if (broken != null && first == null) {
                    first = broken;
                }
            }
            return new Result(first == null ? "INTACT" : "BROKEN", records, first);
        });
    }

    /** Each chain's head sequence: from the heads and, should a head be gone, from the seals themselves. */
    private static Map<String, Long> heads(Connection c, UUID organization) throws SQLException {
        String where = organization == null ? "" : " where organization_id = ?";
        Map<String, Long> heads = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select chain, max(sequence) from (select chain, sequence from "
                + "erp_seal_head" + where + " union all select chain, 0 from erp_seal" + where
                + ") h group by chain order by chain")) {
            if (organization != null) {
                s.setObject(1, organization);
                s.setObject(2, organization);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    heads.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return heads;
    }

    private static List<SealRow> page(Connection c, String chain, long from) throws SQLException {
        List<SealRow> seals = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select chain, sequence, record_type, record_id::text, hash, "
                + "previous, text from erp_seal where chain = ? and sequence >= ? order by sequence limit " + PAGE)) {
            s.setString(1, chain);
            s.setLong(2, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seals.add(new SealRow(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7)));
                }
            }
        }
        return seals;
    }

    /** The records a page of seals seals, by "type/id". */
    private static Map<SealRow, FiscalRecord> records(Connection c, List<SealRow> page) throws SQLException {
        Map<String, List<UUID>> byType = new LinkedHashMap<>();
        for (SealRow seal : page) {
            byType.computeIfAbsent(seal.recordType(), k -> new ArrayList<>()).add(UUID.fromString(seal.recordId()));
        }
        Map<String, FiscalRecord> read = new LinkedHashMap<>();
        for (Map.Entry<String, List<UUID>> type : byType.entrySet()) {
            SealedRecords.read(c, type.getKey(), type.getValue()).forEach((id, r) -> read.put(type.getKey() + "/" + id,
                    r));
        }
        Map<SealRow, FiscalRecord> records = new java.util.HashMap<>();
        for (SealRow seal : page) {
            records.put(seal, read.get(seal.recordType() + "/" + seal.recordId()));
        }
        return records;
    }
}
