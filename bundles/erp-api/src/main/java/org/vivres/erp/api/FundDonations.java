package org.vivres.erp.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Money given at a store's till to a fund of the caisse alimentaire, for bundles that take such gifts without depending
 * on the caisse bundle (the cagnotte of the financing bundle): the fund counts it among its sources as a citizens'
 * source ({@code CITIZEN}, secured), one per fund and store that grows with each gift. Registered by the caisse bundle;
 * absent when it is not installed, so consumers reference it optionally and refuse a gift to a fund without it
 * ({@link #unavailable()}). Runs in the caller's transaction: a refusal there refuses the caller's whole request.
 *
 * @since 1.6
 */
@ProviderType
public interface FundDonations {

    /** A fund a till may give to. */
    record Fund(UUID id, String name) {
    }

    /** The fund, when it exists. */
    Optional<Fund> fund(UUID fund);

    /** The funds conventioned with {@code store} on {@code date}, by name: those its till offers. */
    List<Fund> fundsOf(UUID store, LocalDate date);

    /** Adds {@code amount} (positive, scale 2) given at {@code store}'s till to {@code fund}'s citizens' source. */
    void credit(UUID fund, UUID store, BigDecimal amount);

    /**
     * Takes back {@code amount} (positive) credited before from {@code store}'s till (its ticket returned); 409
     * {@code FUND_DONATION_SPENT} when the fund's source from that till no longer holds it (a manager lowered it).
     */
    void takeBack(UUID fund, UUID store, BigDecimal amount);

    /** 422 {@code CAISSE_UNAVAILABLE}: no gift to a fund while the caisse bundle is not installed. */
    static ErpException unavailable() {
        return new ErpException(ErrorStatus.UNPROCESSABLE, "CAISSE_UNAVAILABLE", FundDonations.class);
    }
}
