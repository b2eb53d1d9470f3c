package org.vivres.activities.internal.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Which fee a household pays for a session. Pure. */
public final class Fees {
    private Fees() {
    }

    /**
     * The session's fee for the household's tier when the session names one, otherwise the
     * session's {@code fee} (no tier, a tier without its own fee, or no pricing bundle).
     */
    public static BigDecimal feeFor(Optional<String> tier, Map<String, BigDecimal> tierFees, BigDecimal fee) {
        return tier.map(tierFees::get).orElse(fee);
    }
}
