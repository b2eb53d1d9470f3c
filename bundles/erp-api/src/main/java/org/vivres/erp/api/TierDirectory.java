package org.vivres.erp.api;

import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which pricing tiers exist, for bundles that key amounts by tier code without depending on the pricing bundle
 * (activity fees per tier): a fee for tier {@code p1} when the tier is {@code P1} would never apply, and the
 * household would pay the full fee. Registered by the pricing bundle; absent when it is not installed, so
 * consumers reference it optionally and refuse tier-keyed input without it ({@link #unavailable()}).
 *
 * @since 1.4
 */
@ProviderType
public interface TierDirectory {

    /** True when {@code code} (exactly) is a network-wide tier or one of {@code organization}'s own. */
    boolean exists(String code, UUID organization);

    /**
     * The name people know tier {@code code} by (« Tarif solidaire »), for what they read: receipts, journals. Empty when
     * no tier has that code (or the directory cannot say), so that a reader falls back to plain words, never the code.
     *
     * @since 1.5
     */
    default Optional<String> name(String code) {
        return Optional.empty();
    }

    /** {@code code} if it exists for {@code organization}; else 422 {@code UNKNOWN_TIER} naming it. */
    default String require(String code, UUID organization) {
        if (!exists(code, organization)) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "UNKNOWN_TIER", TierDirectory.class, code);
        }
        return code;
    }

    /** 422 {@code TIERS_UNAVAILABLE}: tier codes cannot be checked while differentiated pricing is not installed. */
    static ErpException unavailable() {
        return new ErpException(ErrorStatus.UNPROCESSABLE, "TIERS_UNAVAILABLE", TierDirectory.class);
    }
}
