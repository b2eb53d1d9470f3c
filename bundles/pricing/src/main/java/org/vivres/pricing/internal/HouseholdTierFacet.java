package org.vivres.pricing.internal;

import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.HouseholdFacet;
import org.vivres.pricing.internal.http.Views;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;

/**
 * Field {@code tier} of {@code GET /api/households}: {@code {code, name, validFrom, validTo, organization,
 * percentOfReference, categoryPercents}} of the household's assignment while it has not expired (an upcoming one
 * included), else {@code null}. The percentages let the till price the household's lines while offline.
 */
@Component
public final class HouseholdTierFacet implements HouseholdFacet {
    private final Dal dal;
    private final Tiers tiers;
    private final CachedTiers cached;

    @Activate
    public HouseholdTierFacet(@Reference Dal dal, @Reference Tiers tiers, @Reference CachedTiers cached) {
        this.dal = dal;
        this.tiers = tiers;
        this.cached = cached;
    }

    @Override
    public String field() {
        return "tier";
    }

    @Override
    public Object describe(UUID household) {
        TierAssignment assignment = tiers.assignmentOf(household);
        if (assignment == null || assignment.getValidTo().isBefore(StoreDates.today())) {
            return null;
        }
        Tier tier = dal.get(Tier.class, assignment.getTier());
        return tier == null ? null : Views.HouseholdTierView.of(tier, assignment, cached.terms(tier));
    }
}
