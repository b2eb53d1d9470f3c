package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a household bought through one offer ({@code ACTIVITY:<offer>}) on tickets of one date, returns subtracted:
 * the running total the offer's allowance sums over its window. Mapped only to be read: it is written by
 * {@code OfferDays}' upsert, never saved as an entity.
 */
@Entity
@Table(name = "activities_offer_day")
@IdClass(OfferDayTotal.Key.class)
public class OfferDayTotal {
    /** The row's key. */
    public record Key(UUID household, String priceRule, LocalDate day) {
    }

    @Id
    @Column(name = "household_id", nullable = false, insertable = false, updatable = false)
    private UUID household;

    @Id
    @Column(name = "price_rule", nullable = false, insertable = false, updatable = false)
    private String priceRule;

    @Id
    @Column(name = "day", nullable = false, insertable = false, updatable = false)
    private LocalDate day;

    @Column(name = "quantity", nullable = false, insertable = false, updatable = false, precision = 16, scale = 3)
    private BigDecimal quantity;

    protected OfferDayTotal() {
    }

    public UUID getHousehold() {
        return household;
    }

    public String getPriceRule() {
        return priceRule;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
