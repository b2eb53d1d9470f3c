package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * One occurrence of an activity: when, how many households, and the fee (the reference fee;
 * tiers may have their own, see {@link ActivitySessionTierFee}).
 */
@Entity
@Table(name = "activities_session")
public class ActivitySession extends ErpEntity {
    @Column(name = "activity_id", nullable = false, updatable = false)
    private UUID activity;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "fee", nullable = false, precision = 12, scale = 2)
    private BigDecimal fee;

    protected ActivitySession() {
    }

    public ActivitySession(Activity activity, OffsetDateTime startsAt, int capacity, BigDecimal fee) {
        this.activity = activity.getId();
        this.startsAt = startsAt;
        this.capacity = capacity;
        this.fee = fee;
        setOrganization(activity.getOrganization());
    }

    public UUID getActivity() {
        return activity;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    /** The fee of a household without a tier fee, also the reference price of the fee line. */
    public BigDecimal getFee() {
        return fee;
    }
}
