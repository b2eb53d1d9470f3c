package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
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
 * household gets back no more than it paid. The network's rules on such tickets are configured by
 * {@code etc/org.vivres.offline.cfg}: how old a ticket the tills' outboxes may send, and above which gap a manager
 * must approve it.
 */
@Component(service = {PaymentMethod.class, OfflineGap.class}, configurationPid = "org.vivres.offline")
@Designate(ocd = OfflineGap.Config.class)
public final class OfflineGap implements PaymentMethod {
    static final String CODE = "OFFLINE_GAP";
    /** How far ahead of the server's clock a till's may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @ObjectClassDefinition(name = "Vivres tickets sold offline")
    public @interface Config {
        @AttributeDefinition(description = "Hours a ticket sold offline may wait in a till's outbox")
        int outboxMaxAgeHours() default 72;

        @AttributeDefinition(description = "A gap above this percent of the ticket's total waits for a manager")
        String approvalPercent() default "5";

        @AttributeDefinition(description = "A gap above this amount (euros) waits for a manager, whatever the total")
        String approvalMaxAmount() default "10.00";
    }

    private final Dal dal;
    private final Duration maxAge;
    private final BigDecimal approvalPercent;
    private final BigDecimal approvalMaxAmount;

    @Activate
    public OfflineGap(@Reference Dal dal, Config config) {
        this.dal = dal;
        this.maxAge = Duration.ofHours(Math.max(1, config.outboxMaxAgeHours()));
        this.approvalPercent = new BigDecimal(config.approvalPercent().strip()).max(BigDecimal.ZERO);
        this.approvalMaxAmount = Money.euros(new BigDecimal(config.approvalMaxAmount().strip()).max(BigDecimal.ZERO));
    }

    /** How long a till's outbox may keep a ticket: what it sold before that is refused. */
    Duration maxAge() {
        return maxAge;
    }

    /** The largest gap that counts at once on a ticket of {@code total}: above it, a manager decides. */
    BigDecimal approvalThreshold(BigDecimal total) {
        return Money.percentOf(total.abs(), approvalPercent).min(approvalMaxAmount);
    }

    /**
     * When a till says it sold: 422 {@code SOLD_AT_REQUIRED} without it, {@code SOLD_AT_IN_FUTURE} ahead of
     * {@code now} by more than the clock skew, {@code SOLD_AT_TOO_OLD} older than the outbox may keep a ticket.
     */
    static void checkSoldAt(OffsetDateTime soldAt, Instant now, Duration maxAge) {
        if (soldAt == null) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "SOLD_AT_REQUIRED", OfflineGap.class);
        }
        if (soldAt.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "SOLD_AT_IN_FUTURE", OfflineGap.class, soldAt);
        }
        if (soldAt.toInstant().isBefore(now.minus(maxAge))) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "SOLD_AT_TOO_OLD", OfflineGap.class, soldAt,
                    maxAge.toHours());
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<String> label(Locale locale) {
        return Optional.of(Labels.words(locale, "Écart hors ligne", "Offline difference"));
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
