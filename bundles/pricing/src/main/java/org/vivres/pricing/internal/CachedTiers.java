package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ReferenceCache;
import org.vivres.pricing.internal.calc.HouseholdTier;
import org.vivres.pricing.internal.calc.TierTerms;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;
import org.vivres.pricing.internal.model.TierCategoryPercent;

/**
 * The tiers a till prices with, from the node's {@link ReferenceCache}: a checkout read the household's assignment,
 * its tier and the tier's category percents at every ticket, rows a back office changes a few times a year. They are
 * read as the system, kept whoever asked first, and each caller is then given only what its organizations may read,
 * as the reads it replaces did. Only for the till's reads: a transaction that changes a tier or an assignment does
 * not see its own change through here.
 */
@Component(service = CachedTiers.class)
public final class CachedTiers {
    /** Every table a household's tier is made of (migration V3 tracks them). */
    private static final List<String> HOUSEHOLD_TABLES = List.of("pricing_assignment", "pricing_tier",
            "pricing_tier_category");
    private static final List<String> TIER_TABLES = List.of("pricing_tier", "pricing_tier_category");

    private final Dal dal;
    private final ErpContext context;
    private final ReferenceCache cache;

    @Activate
    public CachedTiers(@Reference Dal dal, @Reference ErpContext context, @Reference ReferenceCache cache) {
        this.dal = dal;
        this.context = context;
        this.cache = cache;
    }

    /**
     * The household's assignment, valid or not, with its tier's terms; empty when it has none or when the caller may
     * read neither the assignment nor the tier.
     */
    Optional<HouseholdTier> householdTier(UUID household) {
        HouseholdTier found = cache.get("pricing.household-tier", household, HOUSEHOLD_TABLES,
                () -> context.asAdmin(() -> read(household)));
        return Optional.ofNullable(found).filter(t -> context.canAccess(t.assignmentOrganization())
                && context.canAccess(t.tierOrganization()));
    }

    /** The terms of a tier the caller has already read (the till's household list shows them). */
    TierTerms terms(Tier tier) {
        return cache.get("pricing.tier-terms", tier.getId(), TIER_TABLES,
                () -> context.asAdmin(() -> termsOf(tier.getId())));
    }

    private HouseholdTier read(UUID household) {
        TierAssignment assignment = dal.query(TierAssignment.class, "e.household = :h", Map.of("h", household))
                .uniqueResult();
        if (assignment == null) {
            return null;
        }
        Tier tier = dal.get(Tier.class, assignment.getTier());
        return tier == null ? null : new HouseholdTier(assignment.getOrganization(), assignment.getValidFrom(),
                assignment.getValidTo(), tier.getOrganization(), termsOf(tier));
    }

    private TierTerms termsOf(UUID id) {
        Tier tier = dal.get(Tier.class, id);
        return tier == null ? null : termsOf(tier);
    }

    private TierTerms termsOf(Tier tier) {
        Map<String, BigDecimal> percents = dal.query(TierCategoryPercent.class, "e.tier = :tier",
                Map.of("tier", tier.getId())).list().stream()
                .collect(Collectors.toMap(TierCategoryPercent::getCategory, TierCategoryPercent::getPercent));
        return new TierTerms(tier.getCode(), tier.getPercentOfReference(), percents, tier.getMonthlyCap());
    }
}
