package org.vivres.pricing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A household's tier-priced amount in one month of ticket dates, returns subtracted: the running total the monthly
 * cap reads. Mapped only to be read: it is written by {@code TierMonthTotals}' upsert, never saved as an entity.
 */
@Entity
@Table(name = "pricing_tier_month")
@IdClass(TierMonthTotal.Key.class)
public class TierMonthTotal {
    /** The row's key. */
    public record Key(UUID household, LocalDate month) {
    }

    @Id
    @Column(name = "household_id", nullable = false, insertable = false, updatable = false)
    private UUID household;

    @Id
    @Column(name = "month", nullable = false, insertable = false, updatable = false)
    private LocalDate month;

    @Column(name = "tier_amount", nullable = false, insertable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal tierAmount;

    protected TierMonthTotal() {
    }

    public UUID getHousehold() {
        return household;
    }

    public LocalDate getMonth() {
        return month;
    }

    public BigDecimal getTierAmount() {
        return tierAmount;
    }
}
