package org.vivres.erp.kernel.internal.till;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.kernel.internal.dal.Rows;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * Places a ticket being stored, in the ticket's transaction: in a store day that no closing has covered yet, and in
 * its till's session. A ticket without a till (or on till 0) belongs to the store's API till, always open: no till
 * row is written for it.
 */
@Component(service = TillTickets.class)
public final class TillTickets {
    // Written with the ticket's other rows, set-based (see Rows): no entity for the session to insert and check.
    private static final List<Rows.Column<TicketSoldOffline>> SOLD_OFFLINE = List.of(
            new Rows.Column<>("sold_at", "timestamptz", TicketSoldOffline::getSoldAt));
    private static final List<Rows.Column<TillTicket>> TILL_TICKET = List.of(
            new Rows.Column<>("till_id", "uuid", TillTicket::getTill),
            new Rows.Column<>("session_id", "uuid", TillTicket::getSession),
            new Rows.Column<>("late", "bool", TillTicket::isLate));

    private final TillSql sql;
    private final Rows rows;

    @Activate
    public TillTickets(@Reference SessionHolder sessions, @Reference Rows rows) {
        this.sql = new TillSql(sessions);
        this.rows = rows;
    }

    /**
     * The store day a ticket recorded now counts in: today, or tomorrow once today's closing is made. So no ticket is
     * ever dated on a day already closed (nor in a closed month or year: those are closed only once past), every
     * closing keeps exactly the tickets it counted, and the perpetual totals carried from one closing to the next
     * miss none. The store's row is share-locked until commit, so a closing waits for this ticket or is seen by it.
     */
    public LocalDate storeDay(UUID organization) {
        sql.lockStore(organization);
        LocalDate today = StoreCalendar.today();
        return day(sql.dayClosed(organization, today), today);
    }

    /** Where a ticket recorded now goes: the store day it counts in, and its till's session (null: none). */
    public record Placement(LocalDate day, UUID till, UUID session, boolean late) {
    }

    /**
     * {@link #storeDay} and the session of {@code tillId} that a ticket made on it joins, read and locked in two
     * statements fewer than {@link #storeDay} and {@link #attach(Ticket, UUID, OffsetDateTime)} take, before the
     * ticket is written; the same refusals (404 for an unknown till or one of another store, 409
     * {@code TILL_NOT_OPEN}), the same locks in the same order: the store's, the till's, the session's.
     */
    public Placement place(UUID organization, UUID tillId, OffsetDateTime soldAt) {
        if (tillId == null) {
            return new Placement(storeDay(organization), null, null, false);
        }
        TillSql.TicketTill till = ofStore(sql.shareStoreAndTill(organization, tillId), organization, tillId);
        LocalDate today = StoreCalendar.today();
        if (till.api()) {
            return new Placement(day(sql.dayClosed(organization, today), today), null, null, false);
        }
        TillSql.OpenSession open = sql.shareOpenSession(tillId, organization, today);
        return inSession(tillId, open.session(), soldAt, day(open.dayClosed(), today));
    }

    /** Writes where {@code ticket} was {@link #place placed}, sold offline at {@code soldAt} (null: now). */
    public void attach(Ticket ticket, Placement placement, OffsetDateTime soldAt) {
        if (soldAt != null) {
            rows.insert("erp_ticket_sold_offline", SOLD_OFFLINE,
                    List.of(rows.stamp(new TicketSoldOffline(ticket.getId(), ticket.getOrganization(), soldAt))));
        }
        if (placement.till() != null) {
            rows.insert("erp_till_ticket", TILL_TICKET, List.of(rows.stamp(new TillTicket(ticket.getId(),
                    ticket.getOrganization(), placement.till(), placement.session(), placement.late()))));
        }
    }

    /**
     * Records that {@code ticket}, of a store whose {@link #storeDay} was read, was made on {@code tillId}: as
     * {@link #place} then {@link #attach(Ticket, Placement, OffsetDateTime)}, with the ticket already written. A
     * ticket sold offline ({@code soldAt} not null) is never refused for arriving late: it joins the session open at
     * {@code soldAt} when that one is still open, else the till's open session or, none open, its next one; there it
     * is late (sold before that session opened).
     */
    public void attach(Ticket ticket, UUID tillId, OffsetDateTime soldAt) {
        Placement placement = new Placement(null, null, null, false);
        if (tillId != null) {
            TillSql.TicketTill till = ofStore(sql.shareTill(tillId), ticket.getOrganization(), tillId);
            if (!till.api()) {
                placement = inSession(tillId, sql.shareOpenSession(tillId), soldAt, null);
            }
        }
        attach(ticket, placement, soldAt);
    }

    /** {@code till}, 404 when there is none or it is another store's: not one this ticket can be made on. */
    private static TillSql.TicketTill ofStore(TillSql.TicketTill till, UUID organization, UUID tillId) {
        return Check.found(till != null && till.organization().equals(organization) ? till : null, "caisse " + tillId);
    }

    private Placement inSession(UUID tillId, UUID session, OffsetDateTime soldAt, LocalDate day) {
        if (session != null && sql.closed(session)) {
            session = null; // closed while this ticket waited: its Z is printed without it
        }
        if (session == null && soldAt == null) {
            throw TillRefusals.conflict("TILL_NOT_OPEN");
        }
        // only one session of a till is open at a time: sold before it opened, it was sold in a closed one or none
        boolean late = soldAt != null && (session == null || soldAt.isBefore(sql.openedAt(session)));
        return new Placement(day, tillId, session, late);
    }

    private static LocalDate day(boolean todayClosed, LocalDate today) {
        return todayClosed ? today.plusDays(1) : today;
    }
}
