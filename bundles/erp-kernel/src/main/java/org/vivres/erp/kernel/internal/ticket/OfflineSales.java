package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.ticket.PaymentRequest;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.kernel.internal.core.ProductPriceHistory;
import org.vivres.erp.kernel.internal.event.EventJournal;

/**
 * What a sale said to be sold offline must show before its gap is accepted, and what its gap leaves behind: when it
 * was sold (not in the future, not older than an outbox keeps a ticket), a payment no lower than the till's cache could
 * have asked ({@link KnownPrices}); then, in the ticket's transaction, an event of the journal for every gap and a
 * review waiting for a manager for a gap above the network's threshold.
 */
@Component(service = OfflineSales.class)
public final class OfflineSales {
    private final Dal dal;
    private final OfflineGap offlineGap;
    private final KnownPrices known;
    private final EventJournal events;

    @Activate
    public OfflineSales(@Reference Dal dal, @Reference OfflineGap offlineGap, @Reference TicketExtensions extensions,
            @Reference ProductPriceHistory history, @Reference EventJournal events) {
        this.dal = dal;
        this.offlineGap = offlineGap;
        this.known = new KnownPrices(dal, extensions, history);
        this.events = events;
    }

    /** The gap line of a sale, when its sold-at moment is {@code soldAt}, and what decides whether it counts at once. */
    record Gap(PaymentRequest payment, OffsetDateTime soldAt, BigDecimal total, BigDecimal paid, BigDecimal threshold) {
        boolean pending() {
            return payment.amount().abs().compareTo(threshold) > 0;
        }
    }

    /** When the till says it sold, checked against the server's clock (422 {@code SOLD_AT_...}). */
    OffsetDateTime soldAt(TicketRequests.TicketRequest request) {
        OfflineGap.checkSoldAt(request.soldAt(), Instant.now(), offlineGap.maxAge());
        return request.soldAt();
    }

    /**
     * The gap of a sale sold offline at {@code soldAt}, null when paid exactly; 422 {@code OFFLINE_GAP_UNEXPLAINED}
     * when paid less than the till could have asked.
     */
    Gap gap(TicketRequests.TicketRequest request, OffsetDateTime soldAt, UUID organization, UUID household,
            List<PricedLine> lines, BigDecimal total, BigDecimal paid) {
        PaymentRequest payment = offlineGap.gap(paid, total);
        if (payment == null) {
            return null;
        }
        if (paid.compareTo(total) < 0) {
            List<KnownPrices.Asked> asked = request.lines().stream().filter(l -> l.product != null)
                    .map(l -> new KnownPrices.Asked(l.product, Money.quantity(l.quantity))).toList();
            BigDecimal least = known.least(organization, household, soldAt, soldAt.minus(offlineGap.maxAge()), asked,
                    lines);
            if (paid.compareTo(least) < 0) {
                throw new ErpException(ErrorStatus.UNPROCESSABLE, "OFFLINE_GAP_UNEXPLAINED", OfflineSales.class,
                        paid.toPlainString(), least.toPlainString());
            }
        }
        return new Gap(payment, soldAt, total, paid, offlineGap.approvalThreshold(total));
    }

    /** Writes the review of the stored {@code ticket}'s gap if a manager must decide, and its event (not its payment). */
    void record(Ticket ticket, Gap gap) {
        if (gap.pending()) {
            dal.save(new OfflineGapReview(ticket.getId(), ticket.getOrganization(), gap.payment().amount(),
                    gap.threshold(), gap.soldAt()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ticket", ticket.getId());
        details.put("documentNo", ticket.getDocumentNo());
        details.put("amount", gap.payment().amount());
        details.put("total", gap.total());
        details.put("paid", gap.paid());
        details.put("threshold", gap.threshold());
        details.put("soldAt", gap.soldAt());
        details.put("status", gap.pending() ? OfflineGapReviews.PENDING : OfflineGapReviews.COUNTED);
        events.record(ticket.getOrganization(), EventJournal.OFFLINE_GAP, ticket.getId(), details);
    }
}
