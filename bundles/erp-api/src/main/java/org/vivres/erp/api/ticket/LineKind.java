package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;

/**
 * A kind of ticket line that is not a product, contributed by a bundle: a request line
 * {@code {"<field>": "<reference>", "quantity": "1"}} is priced by the kind whose
 * {@link #field()} it carries (an activity registration fee, say). No stock moves for it.
 */
@ConsumerType
public interface LineKind {

    /** The request line's field that names this kind, e.g. {@code "registration"}. */
    String field();

    /** Prices the line, or throws to refuse the ticket. Must not write: quotes call it too. */
    PricedLine price(PricingContext context, String reference, BigDecimal quantity);

    /** After the line is stored with its ticket (mark the registration paid, say). */
    default void afterSave(Ticket ticket, TicketLine line) {
    }
}
