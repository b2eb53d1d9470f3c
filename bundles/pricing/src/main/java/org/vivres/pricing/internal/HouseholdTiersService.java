package org.vivres.pricing.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.HouseholdTiers;
import org.vivres.pricing.internal.model.Tier;

/** {@link HouseholdTiers} for other bundles (activity fees by tier): the code of the tier valid on a date. */
@Component
public final class HouseholdTiersService implements HouseholdTiers {
    private final Tiers tiers;

    @Activate
    public HouseholdTiersService(@Reference Tiers tiers) {
        this.tiers = tiers;
    }

    @Override
    public Optional<String> tierOf(UUID household, LocalDate date) {
        if (household == null || date == null) {
            return Optional.empty();
        }
        return tiers.validTier(household, date).map(Tier::getCode);
    }
}
