package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A product price attached to an activity ("Légumes à cuisiner"): a household registered to a
 * session near the ticket's date pays {@code unitPrice} for up to {@code maxQuantityPerHousehold}
 * per registration. Its price rule on ticket lines is {@code ACTIVITY:<id>}.
 */
@Entity
@Table(name = "activities_offer")
public class ActivityOffer extends ErpEntity {
    /** The prefix of the price rule of lines priced by an offer. */
    public static final String RULE_PREFIX = "ACTIVITY:";

    @Column(name = "activity_id", nullable = false, updatable = false)
    private UUID activity;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "max_quantity_per_household", nullable = false, precision = 14, scale = 3)
    private BigDecimal maxQuantityPerHousehold;

    @Column(name = "valid_days_around_session", nullable = false)
    private int validDaysAroundSession;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected ActivityOffer() {
    }

    public ActivityOffer(Activity activity, UUID product, BigDecimal unitPrice, BigDecimal maxQuantityPerHousehold,
            int validDaysAroundSession) {
        this.activity = activity.getId();
        this.product = product;
        this.unitPrice = unitPrice;
        this.maxQuantityPerHousehold = maxQuantityPerHousehold;
        this.validDaysAroundSession = validDaysAroundSession;
        setOrganization(activity.getOrganization());
    }

    public UUID getActivity() {
        return activity;
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getMaxQuantityPerHousehold() {
        return maxQuantityPerHousehold;
    }

    public int getValidDaysAroundSession() {
        return validDaysAroundSession;
    }

    /** When a manager ended the offer; {@code null} while it prices tickets. */
    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    /** Ends the offer now: it prices no further ticket. */
    public void end(OffsetDateTime now) {
        this.endedAt = now;
    }

    /** {@code ACTIVITY:<id>}, the price rule of the lines this offer priced. */
    public String priceRule() {
        return RULE_PREFIX + getId();
    }
}
