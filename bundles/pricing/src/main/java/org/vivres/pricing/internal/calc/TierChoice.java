package org.vivres.pricing.internal.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The arithmetic of an assessment: the quotient, and the tier it falls in. Pure; the income it is
 * given is never kept.
 */
public final class TierChoice {
    /**
     * A tier as an assessment sees it.
     *
     * @param organization {@code null} for a network-wide tier
     * @param maxQuotient  {@code null}: not a candidate of assessments
     */
    public record Candidate(UUID id, String code, UUID organization, BigDecimal maxQuotient) {
    }

    private TierChoice() {
    }

    /** {@code monthlyIncome / householdParts}, half-up to 2 decimals. */
    public static BigDecimal quotient(BigDecimal monthlyIncome, BigDecimal householdParts) {
        return monthlyIncome.divide(householdParts, 2, RoundingMode.HALF_UP);
    }

    /**
     * Among the network-wide tiers and those of {@code organization} that have a {@code maxQuotient},
     * the one with the smallest {@code maxQuotient} at or above {@code quotient}; a store's own tier
     * before a network-wide one at the same value (then by code, so that the choice is stable).
     */
    public static Optional<Candidate> choose(List<Candidate> candidates, UUID organization, BigDecimal quotient) {
        return candidates.stream()
                .filter(c -> c.maxQuotient() != null && c.maxQuotient().compareTo(quotient) >= 0)
                .filter(c -> c.organization() == null || c.organization().equals(organization))
                .min(Comparator.comparing(Candidate::maxQuotient)
                        .thenComparing(c -> c.organization() == null)
                        .thenComparing(Candidate::code));
    }
}
