package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.model.Household;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;
import org.vivres.pricing.internal.model.TierCategoryPercent;

/** Reads and writes tiers and assignments for the bundle's resources and hooks, in the caller's transaction. */
@Component(service = Tiers.class)
public final class Tiers {
    private final Dal dal;
    private final ErpContext context;

    @Activate
    public Tiers(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    /** The tier with this code, whichever store owns it (codes are unique in the network), or {@code null}. */
    public Tier byCode(String code) {
        return context.asAdmin(() -> dal.query(Tier.class, "e.code = :code", Map.of("code", code)).uniqueResult());
    }

    /** The category overrides of each of {@code tiers}, keyed by tier id then category. */
    public Map<UUID, Map<String, BigDecimal>> categoryPercents(Collection<UUID> tiers) {
        if (tiers.isEmpty()) {
            return Map.of();
        }
        return context.asAdmin(() -> dal.query(TierCategoryPercent.class, "e.tier in :tiers", Map.of("tiers", tiers))
                .list()).stream()
                .collect(Collectors.groupingBy(TierCategoryPercent::getTier, Collectors.toMap(
                        TierCategoryPercent::getCategory, TierCategoryPercent::getPercent, (a, b) -> a, TreeMap::new)));
    }

    /**
     * The readable, not erased household, locked so that concurrent assignments of one household
     * follow each other: 404 when not readable, 422 {@code HOUSEHOLD_ERASED}.
     */
    public Household lockedHousehold(UUID id) {
        Household household = Check.found(dal.getForUpdate(Household.class, id), "foyer " + id);
        if (household.isErased()) {
            throw Refusals.unprocessable("HOUSEHOLD_ERASED");
        }
        return household;
    }

    /** The household's assignment, valid or not, or {@code null} (also when the household is not readable). */
    TierAssignment assignmentOf(UUID household) {
        return dal.query(TierAssignment.class, "e.household = :h", Map.of("h", household)).uniqueResult();
    }

    /** The readable tier assigned to the household and valid on {@code date}. */
    Optional<Tier> validTier(UUID household, LocalDate date) {
        TierAssignment assignment = assignmentOf(household);
        if (assignment == null || !assignment.isValidOn(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(dal.get(Tier.class, assignment.getTier()));
    }

    /** Replaces the household's assignment (the caller holds the household's row lock). */
    public TierAssignment assign(Household household, Tier tier, LocalDate validFrom, LocalDate validTo) {
        TierAssignment assignment = assignmentOf(household.getId());
        if (assignment == null) {
            assignment = new TierAssignment(household.getId(), household.getOrganization());
        }
        assignment.assign(tier.getId(), validFrom, validTo);
        return dal.save(assignment);
    }

    /** Removes the household's assignment; true when there was one. */
    public boolean unassign(UUID household) {
        TierAssignment assignment = assignmentOf(household);
        if (assignment == null) {
            return false;
        }
        dal.remove(assignment);
        return true;
    }
}
