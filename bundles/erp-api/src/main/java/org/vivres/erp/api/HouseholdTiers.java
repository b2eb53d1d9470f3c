package org.vivres.erp.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The differentiated-pricing tier of a household, for bundles that price by tier without
 * depending on the pricing bundle (activity fees, say). Registered by the pricing bundle; absent
 * when it is not installed, so consumers reference it optionally.
 */
@ProviderType
public interface HouseholdTiers {

    /** The code of the household's tier valid on {@code date}, or empty. */
    Optional<String> tierOf(UUID household, LocalDate date);
}
