package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;

/**
 * A kind of ticket line that is not a product, contributed by a bundle: a request line
 * {@code {"<field>": "<reference>", "quantity": "1"}} is priced by the kind whose
 * {@link #field()} it carries (an activity registration fee, say). No stock moves for it. A return
 * gives such a line back when the kind allows it ({@link #afterReturn}), the return request naming it
 * the same way: {@code {"<field>": "<reference>", "quantity": "1"}}.
 * <p>
 * A kind whose line says more than one thing (a donation: its fund and its amount) takes an object instead,
 * {@code {"<field>": {...}}}, priced by {@link #priceObject}; its answer and its returns name the line by the
 * {@link PricedLine#kindReference()} that method chose.
 */
@ConsumerType
public interface LineKind {

    /** The request line's field that names this kind, e.g. {@code "registration"}. */
    String field();

    /** Prices the line, or throws to refuse the ticket. Must not write: quotes call it too. */
    PricedLine price(PricingContext context, String reference, BigDecimal quantity);

    /**
     * Prices a request line whose value is a JSON object, {@code {"<field>": {"fund": "…", "amount": "2.00"}}}: its
     * fields as JSON gives them (text, {@code Boolean}, numbers, {@code null}, nested {@code Map}s and {@code List}s;
     * money travels as text). {@code quantity} is the line's, {@code null} when it gives none. The returned line's
     * {@code kindReference} is what the ticket shows and what a return names. Must not write: quotes call it too.
     * By default a kind takes no object: 400 {@code INVALID_FIELD}.
     *
     * @since ticket package 1.4
     */
    default PricedLine priceObject(PricingContext context, Map<String, Object> reference, BigDecimal quantity) {
        throw Check.invalid("INVALID_FIELD", field());
    }

    /** After the line is stored with its sale (mark the registration paid, say). */
    default void afterSave(Ticket ticket, TicketLine line) {
    }

    /**
     * After a return giving back a line of this kind is stored ({@code line} has a negative quantity and
     * {@link TicketLine#getSoldLine()} names the sale's line): undo what {@link #afterSave} did (the
     * registration unpaid again, say), or throw to refuse the return. By default a line of this kind
     * cannot be returned: 422 {@code LINE_NOT_RETURNABLE}.
     *
     * @since ticket package 1.2
     */
    default void afterReturn(Ticket returnTicket, TicketLine line) {
        throw new ErpException(ErrorStatus.UNPROCESSABLE, "LINE_NOT_RETURNABLE", LineKind.class, field());
    }

    /**
     * What a receipt and the till print for the line (« Atelier cuisine — 12/12 18:00 »), in French;
     * {@code null} to print its kind and reference. Reads only.
     *
     * @since ticket package 1.2
     */
    default String label(TicketLine line) {
        return null;
    }

    /**
     * The VAT rate in percent of a line of this kind that names no product, when the kind sells something
     * subject to VAT (a paid service, say). Empty by default, which records the line at rate 0: a line without a
     * product is, unless its kind says otherwise, money outside the scope of VAT — a donation, an association's
     * membership or activity fee exempt under CGI art. 261-7-1° — and the kernel must not invent a rate for
     * something it does not know. A line that names a product takes the product's rate, whatever this says.
     * Reads only; quotes call it too.
     *
     * @since ticket package 1.3
     */
    default Optional<BigDecimal> vatRate(PricedLine line) {
        return Optional.empty();
    }
}
