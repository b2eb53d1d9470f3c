package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Ticket;

/**
 * A way to pay at the till (Openbravo's payment type and processor). {@code CASH} and {@code CARD}
 * are built in; a bundle registers others ({@code CAISSE}).
 * <p>
 * Runs inside the ticket's transaction: it may write its own records (a ledger entry tied to the
 * ticket id) and refuses by throwing {@link org.vivres.erp.api.ErpException}. Money it moves must
 * be moved with a row lock or an atomic conditional update.
 */
@ConsumerType
public interface PaymentMethod {

    /** The code clients send as {@code method}. */
    String code();

    /**
     * The name people know this method by in {@code locale}'s language (French, else English): « Caisse alimentaire »,
     * « Food fund ». Receipts, journals and closings print it; empty prints the {@link #code()}.
     *
     * @since ticket package 1.4
     */
    default Optional<String> label(Locale locale) {
        return Optional.empty();
    }

    /** Accepts (and records) {@code payment} for {@code ticket}, or throws to refuse the ticket. */
    void authorize(TicketDraft ticket, PaymentRequest payment);

    /**
     * For a return of {@code original}: how much of the refund goes back to this method
     * (at most what it paid and has not had back). The rest goes back in cash.
     */
    default BigDecimal refundShare(TicketDraft returnTicket, Ticket original) {
        return Money.ZERO;
    }

    /** Records a refund of {@code amount} (positive) to this method for {@code returnTicket}. */
    default void refund(TicketDraft returnTicket, Ticket original, BigDecimal amount) {
    }
}
