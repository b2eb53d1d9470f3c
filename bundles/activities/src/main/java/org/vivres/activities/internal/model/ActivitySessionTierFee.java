package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** The fee of a session for households of one pricing tier (by tier code). */
@Entity
@Table(name = "activities_session_tier_fee")
public class ActivitySessionTierFee extends ErpEntity {
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID session;

    @Column(name = "tier_code", nullable = false, updatable = false)
    private String tierCode;

    @Column(name = "fee", nullable = false, precision = 12, scale = 2)
    private BigDecimal fee;

    protected ActivitySessionTierFee() {
    }

    public ActivitySessionTierFee(ActivitySession session, String tierCode, BigDecimal fee) {
        this.session = session.getId();
        this.tierCode = tierCode;
        this.fee = fee;
        setOrganization(session.getOrganization());
    }

    public UUID getSession() {
        return session;
    }

    public String getTierCode() {
        return tierCode;
    }

    public BigDecimal getFee() {
        return fee;
    }
}
