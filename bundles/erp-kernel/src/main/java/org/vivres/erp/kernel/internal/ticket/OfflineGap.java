package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.PaymentRequest;
import org.vivres.erp.api.ticket.TicketDraft;

/**
 * {@code OFFLINE_GAP}: what a ticket sold while the till could not reach the server was paid short of (positive) or
 * beyond (negative) the server's prices — the household's cap reached, an offer, a price changed meanwhile. The goods
 * and the money changed hands at the till's prices, so the ticket is recorded with this line instead of refused, and
 * the journal shows it. Only the server writes it; a return takes back its share of the gap, pro rata, so that the
 * household gets back in cash no more than it paid.
 */
@Component(service = {PaymentMethod.class, OfflineGap.class})
public final class OfflineGap implements PaymentMethod {
    static final String CODE = "OFFLINE_GAP";

    private final Dal dal;

    @Activate
    public OfflineGap(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** Clients never send it: 422 {@code PAYMENT_METHOD_RESERVED}. */
    @Override
    public void authorize(TicketDraft ticket, PaymentRequest payment) {
        throw new ErpException(ErrorStatus.UNPROCESSABLE, "PAYMENT_METHOD_RESERVED", OfflineGap.class, CODE);
    }

    /**
     * The gap line of a ticket sold offline whose payments come to {@code paid} instead of {@code total}: null when
     * they match; 422 {@code PAYMENTS_DO_NOT_MATCH_TOTAL} when nothing was paid for something (no till sells that).
     */
    PaymentRequest gap(BigDecimal paid, BigDecimal total) {
        if (paid.compareTo(total) == 0) {
            return null;
        }
        if (paid.signum() == 0) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "PAYMENTS_DO_NOT_MATCH_TOTAL", TicketService.class,
                    paid.toPlainString(), total.toPlainString());
        }
        return new PaymentRequest(CODE, total.subtract(paid));
    }

    /** The returned part's share of the sale's gap (a gap in the household's favour only), at most what is left. */
    @Override
    public BigDecimal refundShare(TicketDraft returnTicket, Ticket original) {
        BigDecimal gap = sum("e.ticket = :t", original);
        if (gap.signum() <= 0 || original.getTotal().signum() <= 0) {
            return Money.ZERO;
        }
        BigDecimal left = sum("e.ticket in (select r.id from " + Ticket.class.getName()
                + " r where r.originalTicket = :t)", original).add(gap);
        BigDecimal share = returnTicket.total().negate().multiply(gap)
                .divide(original.getTotal(), 2, RoundingMode.HALF_UP);
        return share.min(left).max(Money.ZERO);
    }

    private BigDecimal sum(String where, Ticket original) {
        List<Payment> payments = dal.query(Payment.class, where + " and e.method = :m",
                Map.of("t", original.getId(), "m", CODE)).list();
        return payments.stream().map(Payment::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }
}
