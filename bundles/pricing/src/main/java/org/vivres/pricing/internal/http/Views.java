package org.vivres.pricing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.vivres.pricing.internal.calc.TierTerms;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;

/** The JSON shapes of the bundle (API.md, "Differentiated pricing"); public for the household facet, one of them. */
public final class Views {
    private Views() {
    }

    /** A percentage as clients wrote it: {@code "30"}, {@code "12.5"}, not {@code "30.0000"}. */
    static BigDecimal percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Map<String, BigDecimal> percents(Map<String, BigDecimal> byCategory) {
        Map<String, BigDecimal> percents = new TreeMap<>();
        byCategory.forEach((category, p) -> percents.put(category, percent(p)));
        return percents;
    }

    record TierView(UUID id, String code, String name, UUID organization, BigDecimal percentOfReference,
            Map<String, BigDecimal> categoryPercents, BigDecimal maxQuotient, BigDecimal monthlyCap) {
        static TierView of(Tier tier, Map<String, BigDecimal> categoryPercents) {
            Map<String, BigDecimal> percents = percents(categoryPercents);
            return new TierView(tier.getId(), tier.getCode(), tier.getName(), tier.getOrganization(),
                    percent(tier.getPercentOfReference()), percents, tier.getMaxQuotient(), tier.getMonthlyCap());
        }
    }

    /** A household's tier as {@code GET /api/households} shows it. */
    /**
     * The household's tier as the till shows it, with what it needs to price while the server is unreachable: the
     * percentages and the store the tier is limited to ({@code null}: the whole network). Not the cap: the server
     * keeps it, and an offline ticket beyond it is refused when it is sent.
     */
    public record HouseholdTierView(String code, String name, LocalDate validFrom, LocalDate validTo, UUID organization,
            BigDecimal percentOfReference, Map<String, BigDecimal> categoryPercents) {
        public static HouseholdTierView of(Tier tier, TierAssignment assignment, TierTerms terms) {
            return new HouseholdTierView(tier.getCode(), tier.getName(), assignment.getValidFrom(),
                    assignment.getValidTo(), tier.getOrganization(), percent(terms.percent()),
                    percents(terms.categoryPercents()));
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
