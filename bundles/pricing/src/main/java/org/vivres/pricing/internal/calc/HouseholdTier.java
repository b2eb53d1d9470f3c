package org.vivres.pricing.internal.calc;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A household's tier assignment with its tier's terms, detached from the database so that every till thread of the
 * node may share it.
 *
 * @param assignmentOrganization the household's store (who may read the assignment)
 * @param validFrom              the first day the tier applies
 * @param validTo                the last day it applies
 * @param tierOrganization       the store whose own tier it is, {@code null} for a network-wide one
 * @param terms                  what pricing needs of the tier
 */
public record HouseholdTier(UUID assignmentOrganization, LocalDate validFrom, LocalDate validTo,
        UUID tierOrganization, TierTerms terms) {
    public HouseholdTier {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(terms, "terms");
    }

    /** True when the assignment applies on {@code date} (both ends included). */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
