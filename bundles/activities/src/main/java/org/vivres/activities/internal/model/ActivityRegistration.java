package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A household's seat at a session, with the fee fixed when it registered. Paid by a ticket line
 * of kind {@code registration}; the household is detached (null) when it is erased.
 */
@Entity
@Table(name = "activities_registration")
public class ActivityRegistration extends ErpEntity {
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID session;

    @Column(name = "household_id")
    private UUID household;

    @Column(name = "fee", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal fee;

    @Column(name = "paid_ticket_id")
    private UUID paidTicket;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    protected ActivityRegistration() {
    }

    public ActivityRegistration(ActivitySession session, UUID household, BigDecimal fee) {
        this.session = session.getId();
        this.household = household;
        this.fee = fee;
        setOrganization(session.getOrganization());
    }

    public UUID getSession() {
        return session;
    }

    /** {@code null} once the household is erased. */
    public UUID getHousehold() {
        return household;
    }

    public BigDecimal getFee() {
        return fee;
    }

    /** The ticket that paid the fee, or {@code null}. */
    public UUID getPaidTicket() {
        return paidTicket;
    }

    public OffsetDateTime getPaidAt() {
        return paidAt;
    }

    public boolean isPaid() {
        return paidTicket != null;
    }
}
