package org.vivres.procurement.internal;

import java.math.BigDecimal;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Product;

/** Checks of quantities against their product: whole numbers for products sold by unit. */
public final class Quantities {
    private static final BigDecimal MAX = new BigDecimal("99999999.999");

    private Quantities() {
    }

    /** 400 {@code INVALID_QUANTITY} when a product sold by unit gets a fraction. */
    public static void requireWholeForUnits(Product product, BigDecimal quantity, String field) {
        if (!product.isMeasured() && quantity.stripTrailingZeros().scale() > 0) {
            throw Refusals.badRequest("INVALID_QUANTITY", field);
        }
    }

    /** A need: ≥ 0 (zero withdraws it), at most 3 decimals, returned at scale 3. */
    public static BigDecimal need(BigDecimal quantity, String field) {
        Check.required(quantity, field);
        if (quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > 3 || quantity.compareTo(MAX) > 0) {
            throw Refusals.badRequest("INVALID_QUANTITY", field);
        }
        return Money.quantity(quantity);
    }
}
