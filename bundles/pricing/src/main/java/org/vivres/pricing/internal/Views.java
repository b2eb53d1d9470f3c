package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;

/** The JSON shapes of the bundle (API.md, "Differentiated pricing"). */
final class Views {
    private Views() {
    }

    /** A percentage as clients wrote it: {@code "30"}, {@code "12.5"}, not {@code "30.0000"}. */
    static BigDecimal percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    record TierView(UUID id, String code, String name, UUID organization, BigDecimal percentOfReference,
            Map<String, BigDecimal> categoryPercents, BigDecimal maxQuotient, BigDecimal monthlyCap) {
        static TierView of(Tier tier, Map<String, BigDecimal> categoryPercents) {
            Map<String, BigDecimal> percents = new TreeMap<>();
            categoryPercents.forEach((category, p) -> percents.put(category, percent(p)));
            return new TierView(tier.getId(), tier.getCode(), tier.getName(), tier.getOrganization(),
                    percent(tier.getPercentOfReference()), percents, tier.getMaxQuotient(), tier.getMonthlyCap());
        }
    }

    /** A household's tier as {@code GET /api/households} shows it. */
    record HouseholdTierView(String code, String name, LocalDate validFrom, LocalDate validTo) {
        static HouseholdTierView of(Tier tier, TierAssignment assignment) {
            return new HouseholdTierView(tier.getCode(), tier.getName(), assignment.getValidFrom(),
                    assignment.getValidTo());
        }
    }

    /** The answer to {@code PUT /api/households/{id}/tier}. */
    record AssignmentView(UUID household, String tier, String name, LocalDate validFrom, LocalDate validTo) {
        static AssignmentView of(Tier tier, TierAssignment assignment) {
            return new AssignmentView(assignment.getHousehold(), tier.getCode(), tier.getName(),
                    assignment.getValidFrom(), assignment.getValidTo());
        }
    }
}
