package org.vivres.procurement.internal.plan;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Largest remainder (Hamilton) apportionment: shares a whole number of units pro rata to
 * weights, so that the shares add up exactly to the total and each is within one unit of its
 * exact pro rata value. Pure function.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Each index first gets {@code floor(total × weight / Σweights)}; the units left over go one
     * each to the largest remainders, ties to the lower index (callers order their recipients so
     * that this is deterministic).
     *
     * @param total   units to share, ≥ 0
     * @param weights one weight ≥ 0 per recipient; their sum must be &gt; 0 when {@code total} is
     * @return the units of each recipient, in the order of {@code weights}
     */
    public static long[] apportion(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        long sum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum = Math.addExact(sum, w);
        }
        long[] shares = new long[weights.length];
        if (total == 0) {
            return shares;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("nothing to share " + total + " by");
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long high = Math.multiplyHigh(total, weights[i]);
            long low = total * weights[i];
            if (high == 0 && low >= 0) {
                shares[i] = low / sum;
                remainders[i] = low % sum;
            } else {
                // Quantities of 10^11 thousandths times weights of the same size overflow a long.
                BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(sum));
                shares[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
            }
            given += shares[i];
        }
        int left = (int) (total - given);
        if (left > 0) {
            giveLeftOver(shares, remainders, left);
        }
        return shares;
    }

    /** Fewer units are left than recipients: one more unit each to the {@code left} largest remainders. */
    private static void giveLeftOver(long[] shares, long[] remainders, int left) {
        Integer[] order = new Integer[shares.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; k < left; k++) {
            shares[order[k]]++;
        }
    }
}
