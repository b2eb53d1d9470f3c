package org.vivres.erp.kernel.internal.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * An offline gap above the network's threshold, waiting for a manager: written with its ticket, never changed (the
 * decision is an {@link OfflineGapDecision} of its own).
 */
@Entity
@Table(name = "erp_offline_gap_review")
public class OfflineGapReview extends ErpEntity {
    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticket;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "threshold", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal threshold;

    @Column(name = "sold_at", nullable = false, updatable = false)
    private OffsetDateTime soldAt;

    protected OfflineGapReview() {
    }

    OfflineGapReview(UUID ticket, UUID organization, BigDecimal amount, BigDecimal threshold, OffsetDateTime soldAt) {
        setOrganization(organization);
        this.ticket = ticket;
        this.amount = amount;
        this.threshold = threshold;
        this.soldAt = soldAt;
    }

    public UUID getTicket() {
        return ticket;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public OffsetDateTime getSoldAt() {
        return soldAt;
    }
}
