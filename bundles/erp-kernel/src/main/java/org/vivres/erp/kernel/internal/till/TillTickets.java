package org.vivres.erp.kernel.internal.till;

import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * Puts a ticket being stored in its till's open session, in the ticket's transaction. A ticket without a till (or
 * on till 0) belongs to the store's API till, always open: nothing is written for it.
 */
@Component(service = TillTickets.class)
public final class TillTickets {
    private final Dal dal;
    private final TillSql sql;

    @Activate
    public TillTickets(@Reference Dal dal, @Reference SessionHolder sessions) {
        this.dal = dal;
        this.sql = new TillSql(sessions);
    }

    /**
     * Records that {@code ticket} was made on {@code tillId}: 404 for an unknown till or one of another store, 409
     * {@code TILL_NOT_OPEN} when the till has no open session — except for a ticket sold offline, never refused for
     * arriving late: it joins the open session, or else waits for the till's next one, flagged late.
     */
    public void attach(Ticket ticket, UUID tillId, boolean soldOffline) {
        if (tillId == null) {
            return;
        }
        Till found = dal.get(Till.class, tillId);
        // a till of another store is not one this ticket can be made on: as if it did not exist
        Till till = Check.found(found != null && found.getOrganization().equals(ticket.getOrganization()) ? found : null,
                "caisse " + tillId);
        if (till.isApi()) {
            return;
        }
        sql.lockTill(tillId, false);
        UUID session = sql.openSession(tillId);
        if (session != null) {
            sql.lockSession(session, false);
            if (sql.closed(session)) {
                session = null; // closed while this ticket waited: its Z is printed without it
            }
        }
        if (session == null && !soldOffline) {
            throw TillRefusals.conflict("TILL_NOT_OPEN");
        }
        dal.save(new TillTicket(ticket.getId(), ticket.getOrganization(), tillId, session, session == null));
    }
}
