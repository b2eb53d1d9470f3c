package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * as the reads it replaces did. An assignment and a tier are kept apart, each with the tables it is made of: a
 * household first seen costs one row, and a tier's new terms do not drop every household's assignment. Only for the
 * till's reads: a transaction that changes a tier or an assignment does not see its own change through here.
 */
@Component(service = CachedTiers.class)
public final class CachedTiers {
    private static final List<String> ASSIGNMENT_TABLES = List.of("pricing_assignment");
    /** Every table a tier's terms are made of (migration V3 tracks them, and the assignments'). */
    private static final List<String> TIER_TABLES = List.of("pricing_tier", "pricing_tier_category");

    /** A household's assignment as kept: a tier changed leaves it in memory, an assignment changed drops it. */
    private record Assigned(UUID organization, UUID tier, LocalDate validFrom, LocalDate validTo) {
    }

    /** A tier as kept: many households share it, so a household first seen costs only its assignment's row. */
    private record KeptTier(UUID organization, TierTerms terms) {
    }

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
        Assigned assigned = cache.get("pricing.assignment", household, ASSIGNMENT_TABLES,
                () -> context.asAdmin(() -> readAssignment(household)));
        if (assigned == null || !context.canAccess(assigned.organization())) {
            return Optional.empty();
        }
        KeptTier tier = tier(assigned.tier());
        if (tier == null || !context.canAccess(tier.organization())) {
            return Optional.empty();
        }
        return Optional.of(new HouseholdTier(assigned.organization(), assigned.validFrom(), assigned.validTo(),
                tier.organization(), tier.terms()));
    }

    /** The terms of a tier the caller has already read (the till's household list shows them). */
    TierTerms terms(Tier tier) {
        KeptTier kept = tier(tier.getId());
        return kept == null ? null : kept.terms();
    }

    private KeptTier tier(UUID id) {
        return cache.get("pricing.tier", id, TIER_TABLES, () -> context.asAdmin(() -> readTier(id)));
    }

    private Assigned readAssignment(UUID household) {
        TierAssignment a = dal.query(TierAssignment.class, "e.household = :h", Map.of("h", household)).uniqueResult();
        return a == null ? null : new Assigned(a.getOrganization(), a.getTier(), a.getValidFrom(), a.getValidTo());
    }

    private KeptTier readTier(UUID id) {
        Tier tier = dal.get(Tier.class, id);
        if (tier == null) {
            return null;
        }
        Map<String, BigDecimal> percents = dal.query(TierCategoryPercent.class, "e.tier = :tier",
                Map.of("tier", tier.getId())).list().stream()
                .collect(Collectors.toMap(TierCategoryPercent::getCategory, TierCategoryPercent::getPercent));
        return new KeptTier(tier.getOrganization(), new TierTerms(tier.getCode(), tier.getPercentOfReference(),
                percents, tier.getMonthlyCap()));
    }
}
