package org.vivres.financing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Money;

/**
 * What a ticket's {@code {"donation": {...}}} asks, read from the object's fields: to a fund of the caisse
 * ({@code fund}) or to a store's own cagnotte ({@code organization}), a chosen {@code amount} or {@code roundUp}. The
 * line's reference, shown in the ticket and named by a return, is {@code fund:<id>} or {@code organization:<id>},
 * with {@code :roundUp} after it for a round-up (a till may hold a round-up and a chosen gift to the same fund).
 */
record DonationRequest(UUID fund, UUID organization, BigDecimal amount, boolean roundUp) {
    static final String FIELD = "donation";
    static final String FUND = "fund";
    static final String ORGANIZATION = "organization";
    private static final String ROUND_UP = "roundUp";
    private static final Set<String> FIELDS = Set.of(FUND, ORGANIZATION, "amount", ROUND_UP);

    static DonationRequest read(Map<String, Object> object) {
        for (String key : object.keySet()) {
            if (!FIELDS.contains(key)) {
                throw Check.invalid("UNKNOWN_FIELD", FIELD + "." + key);
            }
        }
        UUID fund = uuid(object.get(FUND), FUND);
        UUID organization = uuid(object.get(ORGANIZATION), ORGANIZATION);
        if (fund == null && organization == null) {
            throw Check.invalid("FIELD_REQUIRED", FIELD + "." + FUND);
        }
        if (fund != null && organization != null) {
            throw Check.invalid("INVALID_FIELD", FIELD + "." + ORGANIZATION);
        }
        Object roundUp = object.get(ROUND_UP);
        if (roundUp != null && !(roundUp instanceof Boolean)) {
            throw Check.invalid("INVALID_FIELD", FIELD + "." + ROUND_UP);
        }
        boolean rounding = Boolean.TRUE.equals(roundUp);
        Object amount = object.get("amount");
        if (rounding == (amount != null)) {
            // One or the other: a round-up's amount is the ticket's to say.
            throw Check.invalid(rounding ? "INVALID_FIELD" : "FIELD_REQUIRED", FIELD + ".amount");
        }
        return new DonationRequest(fund, organization, rounding ? null : amount(amount), rounding);
    }

    /** A gift in euros, as text ("2.00"): more than 0, in whole cents; else 422 {@code DONATION_INVALID_AMOUNT}. */
    private static BigDecimal amount(Object value) {
        if (!(value instanceof String text)) {
            throw Check.invalid("INVALID_FIELD", FIELD + ".amount");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw Check.invalid("INVALID_FIELD", FIELD + ".amount");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw Refusals.unprocessable("DONATION_INVALID_AMOUNT", text.strip());
        }
        return Check.amount(amount, FIELD + ".amount");
    }

    private static UUID uuid(Object value, String field) {
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String text) {
                return UUID.fromString(text.strip());
            }
        } catch (IllegalArgumentException e) {
            // told below
        }
        throw Check.invalid("INVALID_FIELD", FIELD + "." + field);
    }

    /**
     * What the round-up gives on a ticket at {@code before}: the cents up to the next whole euro; 422
     * {@code DONATION_ALREADY_ROUND} when there are none.
     */
    static BigDecimal roundUp(BigDecimal before) {
        BigDecimal gift = before.setScale(0, RoundingMode.CEILING).subtract(before);
        if (gift.signum() <= 0) {
            throw Refusals.unprocessable("DONATION_ALREADY_ROUND", Money.euros(before).toPlainString());
        }
        return Money.euros(gift);
    }

    String reference() {
        String base = fund != null ? FUND + ":" + fund : ORGANIZATION + ":" + organization;
        return roundUp ? base + ":" + ROUND_UP : base;
    }

    /** The fund a stored line's reference names, or null for a store's cagnotte. */
    static UUID fundOf(String reference) {
        String[] parts = reference.split(":");
        return FUND.equals(parts[0]) ? UUID.fromString(parts[1]) : null;
    }
}
