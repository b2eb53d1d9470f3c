package org.vivres.erp.kernel.internal.ticket;

import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.kernel.internal.dal.Failures;
import org.vivres.erp.kernel.internal.dal.RunAgain;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * A sale's or a return's id is its idempotency key: a post sent again gets the stored ticket (or 409 when it is not
 * the same request), before any refusal. The id is looked up only when it can be found: a new ticket's first run
 * inserts its row straight away, and finding the id taken — its key violated, or a refusal met before the insert for
 * an id that is stored — runs the transaction again (rolling back what the hooks wrote), this time looking first.
 */
@Component(service = StoredTickets.class)
public final class StoredTickets {
    private final Dal dal;
    private final ErpContext context;
    private final SessionHolder sessions;

    @Activate
    public StoredTickets(@Reference Dal dal, @Reference ErpContext context, @Reference SessionHolder sessions) {
        this.dal = dal;
        this.context = context;
        this.sessions = sessions;
    }

    /**
     * The ticket stored under the {@code requested} id (null: none given) when the same request was posted before;
     * 409 if another request's or another store's. Null on a transaction's first run: see {@link #beforeInsert}.
     */
    Ticket stored(UUID requested, String requestHash) {
        Ticket existing = requested == null || !sessions.retried() ? null
                : context.asAdmin(() -> dal.get(Ticket.class, requested));
        if (existing != null && (!existing.getRequestHash().equals(requestHash)
                || !context.canAccess(existing.getOrganization()))) {
            throw new ErpException(ErrorStatus.CONFLICT, "TICKET_ID_REUSED", TicketService.class, requested);
        }
        return existing;
    }

    /**
     * What to throw for {@code failure}, met before the ticket's row was written (once written, the id is this
     * ticket's). The insert of a taken id fails on its key, at once or once the concurrent duplicate it waited for
     * commits: that is run again anyway. Another failure is the request's own unless its id is stored: then it is run
     * again, to answer as stored. A failure that broke the transaction leaves no look-up possible: run again.
     */
    RuntimeException beforeInsert(UUID requested, RuntimeException failure) {
        if (requested == null || sessions.retried() || Failures.retryable(failure)) {
            return failure;
        }
        try {
            if (context.asAdmin(() -> dal.get(Ticket.class, requested)) == null) {
                return failure;
            }
        } catch (RuntimeException broken) {
            failure.addSuppressed(broken);
        }
        return new RunAgain(failure);
    }
}
