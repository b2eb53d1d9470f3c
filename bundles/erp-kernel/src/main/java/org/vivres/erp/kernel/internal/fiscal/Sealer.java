package org.vivres.erp.kernel.internal.fiscal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.fiscal.seal.CanonicalText;
import org.vivres.fiscal.seal.FiscalRecord;

/**
 * Seals a record in its transaction, once it is entirely written: reads it back as its canonical text and takes its
 * chain's head lock in one statement, then writes the seal and the new head in another — the last statements before
 * commit, so that records of one chain wait for each other only for those and the commit, and records of different
 * tills never do. A rolled-back transaction leaves neither: the chain stays gapless.
 */
@Component(service = Sealer.class)
public final class Sealer {
    private final SessionHolder sessions;

    @Activate
    public Sealer(@Reference SessionHolder sessions) {
        this.sessions = sessions;
    }

    /** Seals the ticket or return {@code id}. */
    public Seal sealTicket(UUID id) {
        return seal(SealedRecords.TICKET, id);
    }

    /** Seals the Z {@code id}. */
    public Seal sealZ(UUID id) {
        return seal(SealedRecords.Z, id);
    }

    /** Seals the store closing {@code id}. */
    public Seal sealClosing(UUID id) {
        return seal(SealedRecords.CLOSING, id);
    }

    /** Seals the event {@code id}. */
    public Seal sealEvent(UUID id) {
        return seal(SealedRecords.EVENT, id);
    }

    private Seal seal(String type, UUID id) {
        sessions.current().flush();
        return sessions.current().doReturningWork(c -> {
            // The record read back and its chain's head locked in one statement; a chain's first record has no
            // head to lock yet: it is read, and the head created and locked, as separate statements.
            SealedRecords.Locked locked = SealedRecords.readLocking(c, type, id);
            FiscalRecord record = locked != null ? locked.record() : SealedRecords.readOne(c, type, id);
            if (record == null) {
                throw new IllegalStateException(type + " " + id + " is not written: nothing to seal");
            }
            String chain = SealedRecords.chainOf(record);
            String store = record.fields().get("store");
            String text = CanonicalText.of(record);
            Seal head = locked != null ? new Seal(chain, locked.sequence(), locked.hash(), null)
                    : lockHead(c, chain, store);
            long sequence = head.sequence() + 1;
            String hash = CanonicalText.hash(chain, sequence, head.hash(), text);
            // The new head and the seal in one statement: the head's row is locked already.
            try (PreparedStatement w = c.prepareStatement("with head as (update erp_seal_head set sequence = ?, "
                    + "hash = ? where chain = ?) insert into erp_seal (id, organization_id, chain, sequence, "
                    + "record_type, record_id, sealed_at, hash, previous, text) "
                    + "values (?, ?, ?, ?, ?, ?, now(), ?, ?, ?)")) {
                w.setLong(1, sequence);
                w.setString(2, hash);
                w.setString(3, chain);
                w.setObject(4, UUID.randomUUID());
                w.setObject(5, store == null ? null : UUID.fromString(store));
                w.setString(6, chain);
                w.setLong(7, sequence);
                w.setString(8, type);
                w.setObject(9, id);
                w.setString(10, hash);
                w.setString(11, head.hash());
                w.setString(12, text);
                w.executeUpdate();
            }
            return new Seal(chain, sequence, hash, head.hash());
        });
    }

    /** The chain's head, locked until commit; a new chain's head is created at sequence 0. */
    private static Seal lockHead(Connection c, String chain, String store) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement s = c.prepareStatement(
                    "select sequence, hash from erp_seal_head where chain = ? for update")) {
                s.setString(1, chain);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return new Seal(chain, r.getLong(1), r.getString(2), null);
                    }
                }
            }
            try (PreparedStatement i = c.prepareStatement("insert into erp_seal_head (chain, organization_id, "
                    + "sequence, hash) values (?, ?, 0, ?) on conflict do nothing")) {
                i.setString(1, chain);
                i.setObject(2, store == null ? null : UUID.fromString(store));
                i.setString(3, CanonicalText.GENESIS);
                i.executeUpdate();
            }
        }
        throw new IllegalStateException("chain head " + chain + " could not be created");
    }

    /** What a printed ticket shows of its seal ({@link Seal#printed()}); null when it has none. */
    public String printedTicketSeal(UUID id) {
        return printed(SealedRecords.TICKET, id);
    }

    /** What a printed Z shows of its seal; null when it has none. */
    public String printedZSeal(UUID id) {
        return printed(SealedRecords.Z, id);
    }

    /** What a printed store closing shows of its seal; null when it has none. */
    public String printedClosingSeal(UUID id) {
        return printed(SealedRecords.CLOSING, id);
    }

    private String printed(String type, UUID id) {
        Seal seal = sealsOf(type, List.of(id)).get(id);
        return seal == null ? null : seal.printed();
    }

    /** The seals of these records of {@code type}, by record id (a record without one is absent). */
    public Map<UUID, Seal> sealsOf(String type, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sessions.current().doReturningWork(c -> {
            Map<UUID, Seal> seals = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select record_id, chain, sequence, hash, previous "
                    + "from erp_seal where record_type = ? and record_id = any(?)")) {
                s.setString(1, type);
                s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        seals.put(r.getObject(1, UUID.class), new Seal(r.getString(2), r.getLong(3), r.getString(4),
                                r.getString(5)));
                    }
                }
            }
            return seals;
        });
    }
}
