package org.vivres.procurement.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Splits a shared cost (transport, say) among the stores that received goods, by the value or
 * the quantity they received or equally, to the cent: the shares always add up exactly to the
 * cost (largest remainder on cents). Pure function.
 */
public final class CostSplitter {
    private CostSplitter() {
    }

    /** How a cost is shared. */
    public enum Basis {
        /** Pro rata to the value of the goods each store received. */
        VALUE,
        /** Pro rata to the quantity each store received. */
        QUANTITY,
        /** The same for every store (to the cent). */
        EQUAL
    }

    /**
     * A store that received goods.
     *
     * @param value    the amount of its allocations, euros
     * @param quantity the quantity of its allocations, scale ≤ 3
     */
    public record Recipient(UUID organization, BigDecimal value, BigDecimal quantity) {
    }

    /**
     * @param amount     the cost, euros ≥ 0 with at most 2 decimals
     * @param basis      how to share it; when every recipient weighs zero (free goods), equally
     * @param recipients at least one when {@code amount} &gt; 0, in the order that breaks ties
     * @return each recipient's share, scale 2, in the order of {@code recipients}
     */
    public static List<BigDecimal> split(BigDecimal amount, Basis basis, List<Recipient> recipients) {
        long cents = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        long[] weights = weights(basis, recipients);
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        if (total == 0) {
            weights = weights(Basis.EQUAL, recipients);
        }
        long[] shares = LargestRemainder.apportion(cents, weights);
        List<BigDecimal> result = new ArrayList<>(shares.length);
        for (long share : shares) {
            result.add(BigDecimal.valueOf(share, 2));
        }
        return result;
    }

    private static long[] weights(Basis basis, List<Recipient> recipients) {
        long[] weights = new long[recipients.size()];
        for (int i = 0; i < weights.length; i++) {
            Recipient r = recipients.get(i);
            weights[i] = switch (basis) {
                case VALUE -> r.value().setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
                case QUANTITY -> r.quantity().setScale(3, RoundingMode.HALF_UP).unscaledValue().longValueExact();
                case EQUAL -> 1;
            };
        }
        return weights;
    }
}
