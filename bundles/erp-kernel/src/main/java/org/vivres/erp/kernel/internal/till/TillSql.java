package org.vivres.erp.kernel.internal.till;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * The row locks and reads that keep a till's sessions consistent, in plain SQL on the transaction's connection: a
 * lock must be taken and the state read again by a later statement (PostgreSQL's read committed gives each statement
 * a fresh view, and a locked row that was not updated is not checked again), which Hibernate's cache would hide.
 * <ul>
 * <li>opening a session locks its till exclusively; a ticket, a movement or a pending ticket shares that lock;</li>
 * <li>closing a session locks its session exclusively; a ticket or a movement of the session shares that lock.</li>
 * </ul>
 * So a ticket is either committed before the Z reads the session, or sees the Z and goes to the next session.
 */
final class TillSql {
    /** A till's latest session without a Z: its open one. */
    private static final String OPEN_SESSION = "select s.id from erp_till_session s where s.till_id = ? and not exists "
            + "(select 1 from erp_till_z z where z.session_id = s.id) order by s.opened_at desc limit 1";
    /** Whether a store's day is closed as a day. */
    private static final String DAY_CLOSED = "exists (select 1 from erp_closing where organization_id = ? "
            + "and kind = 'DAY' and first_day = ?)";

    private final SessionHolder sessions;

    TillSql(SessionHolder sessions) {
        this.sessions = sessions;
    }

    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs {@code sql} with {@code params} and reads its rows. */
    <T> T query(String sql, Rows<T> reader, Object... params) {
        return sessions.current().doReturningWork(connection -> run(connection, sql, reader, params));
    }

    private static <T> T run(Connection connection, String sql, Rows<T> reader, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }
    }

    void lockTill(UUID till, boolean exclusive) {
        query("select id from erp_till where id = ? for " + (exclusive ? "update" : "share"), r -> r.next(), till);
    }

    /** A till as a ticket needs it: its store, and whether it is the store's till 0 (no drawer, no session). */
    record TicketTill(UUID organization, boolean api) {
        /** The till of the current row, read as {@code organization_id, number}. */
        static TicketTill of(ResultSet row) throws SQLException {
            return new TicketTill(row.getObject(1, UUID.class), row.getInt(2) == 0);
        }
    }

    /**
     * The till a ticket is made on, read and share-locked in one statement (as {@link #lockTill} would lock it); null
     * when there is no such till. Its sessions are read by a later statement: one opened meanwhile is then seen.
     */
    TicketTill shareTill(UUID till) {
        return query("select organization_id, number from erp_till where id = ? for share",
                r -> r.next() ? TicketTill.of(r) : null, till);
    }

    /**
     * The store's row share-locked (as {@link #lockStore} does) and the till a ticket is made on, read and
     * share-locked (as {@link #shareTill}), by one statement; null when there is no such till.
     */
    TicketTill shareStoreAndTill(UUID organization, UUID till) {
        return query("select t.organization_id, t.number from (select id from erp_organization where id = ? "
                + "for share) o left join (select organization_id, number from erp_till where id = ? for share) t "
                + "on true", r -> r.next() && r.getObject(1) != null ? TicketTill.of(r) : null, organization, till);
    }

    /** A till's open session, or null, and whether the store's day was closed. */
    record OpenSession(UUID session, boolean dayClosed) {
    }

    /**
     * {@link #shareOpenSession} and {@link #dayClosed} in one statement, after {@link #shareStoreAndTill}: the store's
     * lock is held already, so the closings this reads include any made before it was granted.
     */
    OpenSession shareOpenSession(UUID till, UUID organization, LocalDate day) {
        return query("select (" + OPEN_SESSION + " for share of s), " + DAY_CLOSED, r -> {
            r.next();
            return new OpenSession(r.getObject(1, UUID.class), r.getBoolean(2));
        }, till, organization, day);
    }

    /**
     * The till's open session, share-locked by the same statement (as {@link #lockSession} would lock it), or null.
     * The lock is what a Z waits on or makes wait; whether the session was closed while this waited is for a later
     * statement to read ({@link #closed}): this one's check of the Z saw the database as it was before the wait.
     */
    UUID shareOpenSession(UUID till) {
        return query(OPEN_SESSION + " for share of s", r -> r.next() ? r.getObject(1, UUID.class) : null, till);
    }

    void lockSession(UUID session, boolean exclusive) {
        query("select id from erp_till_session where id = ? for " + (exclusive ? "update" : "share"), r -> r.next(),
                session);
    }

    /** When {@code session} opened. */
    OffsetDateTime openedAt(UUID session) {
        return query("select opened_at from erp_till_session where id = ?",
                r -> r.next() ? r.getObject(1, OffsetDateTime.class) : null, session);
    }

    /**
     * Shares the lock on the store's row that a closing takes exclusively: a closing made meanwhile is committed
     * before what follows reads the closed days, or waits for this transaction.
     */
    void lockStore(UUID organization) {
        query("select id from erp_organization where id = ? for share", r -> r.next(), organization);
    }

    /** Whether {@code day} of {@code organization} is closed as a day. */
    boolean dayClosed(UUID organization, LocalDate day) {
        return query("select " + DAY_CLOSED, r -> r.next() && r.getBoolean(1), organization, day);
    }

    /** The till's session that has no Z yet, or null. */
    UUID openSession(UUID till) {
        return query(OPEN_SESSION, r -> r.next() ? r.getObject(1, UUID.class) : null, till);
    }

    boolean closed(UUID session) {
        return query("select exists (select 1 from erp_till_z where session_id = ?)", r -> r.next() && r.getBoolean(1),
                session);
    }

    int nextZNumber(UUID till) {
        return query("select coalesce(max(number), 0) + 1 from erp_till_z where till_id = ?", r -> {
            r.next();
            return r.getInt(1);
        }, till);
    }

    /** The ids of the tills of {@code organization} with a session still open that was opened before {@code end}. */
    List<UUID> openTills(UUID organization, OffsetDateTime end) {
        return query("select distinct s.till_id from erp_till_session s where s.organization_id = ? "
                + "and s.opened_at < ? and not exists (select 1 from erp_till_z z where z.session_id = s.id)", r -> {
                    List<UUID> ids = new ArrayList<>();
                    while (r.next()) {
                        ids.add(r.getObject(1, UUID.class));
                    }
                    return ids;
                }, organization, end);
    }

    /** Till 0 of a store, created the first time it is needed (a store made after the tills' migration). */
    void ensureApiTill(UUID organization) {
        sessions.current().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into erp_till (id, organization_id, "
                    + "created_at, created_by, updated_at, updated_by, name, number) values (?, ?, now(), 'system', "
                    + "now(), 'system', 'API', 0) on conflict do nothing")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, organization);
                insert.executeUpdate();
            }
        });
    }
}
