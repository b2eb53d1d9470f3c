package org.vivres.erp.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money and quantity arithmetic of the network: euros at scale 2, quantities at scale 3, half-up.
 * Pure functions only.
 */
public final class Money {
    /** Zero euros at scale 2. */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounds to the cent, half-up. */
    public static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Rounds a quantity to 3 decimals, half-up. */
    public static BigDecimal quantity(BigDecimal quantity) {
        return quantity.setScale(3, RoundingMode.HALF_UP);
    }

    /** {@code unitPrice × quantity}, rounded half-up to the cent. */
    public static BigDecimal lineAmount(BigDecimal unitPrice, BigDecimal quantity) {
        return euros(unitPrice.multiply(quantity));
    }

    /** {@code amount × percent / 100}, rounded half-up to the cent. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return euros(amount.multiply(percent).divide(HUNDRED));
    }
}
