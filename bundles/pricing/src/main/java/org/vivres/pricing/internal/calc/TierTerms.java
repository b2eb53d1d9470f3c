package org.vivres.pricing.internal.calc;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What pricing needs of a tier, detached from the database.
 *
 * @param code             the tier's code (the line's rule is {@code TIER:<code>})
 * @param percent          the tier's percent of the reference price
 * @param categoryPercents overrides by product category, keys in upper case
 * @param monthlyCap       the most a household may buy tier-priced per calendar month, or {@code null}
 */
public record TierTerms(String code, BigDecimal percent, Map<String, BigDecimal> categoryPercents,
        BigDecimal monthlyCap) {
    public TierTerms {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(percent, "percent");
        categoryPercents = Map.copyOf(categoryPercents);
    }

    /** The percent for a product of {@code category}: its override, else the tier's. */
    public BigDecimal percentFor(String category) {
        BigDecimal override = category == null ? null : categoryPercents.get(category);
        return override == null ? percent : override;
    }
}
