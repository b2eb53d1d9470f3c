package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shares a refund between the methods that paid a sale (cash, card), so that what was paid by card goes back to the
 * card and a drawer gives back only what went into it: in proportion to what each paid, never more than each paid
 * minus what earlier returns gave back to it — what one cannot take goes to the others, in the same proportion —
 * the cents left by rounding going to the largest remainders (ties: the method's code), so that the same return always
 * splits the same way and a sale returned in several parts gives back to each method exactly what it paid.
 */
final class RefundSplit {
    private RefundSplit() {
    }

    /** The shares (method → positive amount, methods without a share left out) and what no method could take. */
    record Split(Map<String, BigDecimal> shares, BigDecimal rest) {
    }

    /**
     * @param refund   what to give back (≥ 0, scale 2)
     * @param paid     what each method paid on the sale (&gt; 0)
     * @param refunded what earlier returns gave back to each method (≥ 0)
     */
    static Split split(BigDecimal refund, Map<String, BigDecimal> paid, Map<String, BigDecimal> refunded) {
        Map<String, Long> room = new TreeMap<>();
        paid.forEach((method, amount) -> room.put(method,
                Math.max(0, cents(amount) - cents(refunded.getOrDefault(method, BigDecimal.ZERO)))));
        Map<String, Long> given = new TreeMap<>();
        long left = cents(refund);
        while (left > 0) {
            List<String> open = room.keySet().stream().filter(m -> room.get(m) > given.getOrDefault(m, 0L)).toList();
            if (open.isEmpty()) {
                break;
            }
            Map<String, Long> shares = proportional(left, open, paid);
            for (String method : open) {
                long take = Math.min(shares.get(method), room.get(method) - given.getOrDefault(method, 0L));
                given.merge(method, take, Long::sum);
                left -= take;
            }
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        given.forEach((method, c) -> {
            if (c > 0) {
                shares.put(method, euros(c));
            }
        });
        return new Split(shares, euros(left));
    }

    /** {@code cents} shared in proportion to what each of {@code methods} paid, by largest remainder. */
    private static Map<String, Long> proportional(long cents, List<String> methods, Map<String, BigDecimal> paid) {
        BigInteger weight = BigInteger.valueOf(methods.stream().mapToLong(m -> cents(paid.get(m))).sum());
        Map<String, Long> shares = new TreeMap<>();
        List<Map.Entry<String, BigInteger>> remainders = new ArrayList<>();
        long handed = 0;
        for (String method : methods) {
            // cents × cents may exceed a long for the largest amounts the API accepts
            BigInteger[] division = BigInteger.valueOf(cents).multiply(BigInteger.valueOf(cents(paid.get(method))))
                    .divideAndRemainder(weight);
            shares.put(method, division[0].longValueExact());
            remainders.add(Map.entry(method, division[1]));
            handed += division[0].longValueExact();
        }
        remainders.sort(Map.Entry.<String, BigInteger>comparingByValue().reversed()
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < cents - handed; i++) {
            shares.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return shares;
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
