package org.vivres.erp.api.ticket;

import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.model.Ticket;

/**
 * Runs around the storing of every ticket (Openbravo's OrderLoaderHook), in its transaction,
 * ordered by {@code service.ranking}. Throwing refuses the whole ticket.
 */
@ConsumerType
public interface TicketHook {

    /** Before anything is written: check, or prepare. */
    default void beforeSave(TicketDraft ticket) {
    }

    /** After the ticket, its lines, payments and stock moves are written. */
    default void afterSave(Ticket ticket) {
    }
}
