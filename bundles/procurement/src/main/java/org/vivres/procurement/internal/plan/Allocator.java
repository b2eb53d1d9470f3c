package org.vivres.procurement.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Shares what arrived of one product among the stores that needed it: pro rata to needs, by
 * largest remainder in whole units (thousandths for products sold by weight or volume), never
 * more than a store needed; what is beyond the needs stays at the hub. Pure function.
 */
public final class Allocator {
    private Allocator() {
    }

    /** What one store needed of the product. */
    public record StoreNeed(UUID organization, BigDecimal needed) {
    }

    /**
     * One store's share.
     *
     * @param needed    what it asked for, scale 3
     * @param allocated what it gets, scale 3
     * @param amount    {@code allocated × packPrice / packSize}, half-up to the cent
     */
    public record Share(UUID organization, BigDecimal needed, BigDecimal allocated, BigDecimal amount) {
    }

    /**
     * The unit cost of the ordered packs, {@code packPrice / packSize}, kept as a fraction: amounts
     * are rounded once, never from a rounded unit cost.
     */
    public record UnitCost(BigDecimal packPrice, BigDecimal packSize) {
        /** {@code quantity × packPrice / packSize}, half-up to the cent. */
        public BigDecimal amountOf(BigDecimal quantity) {
            return quantity.multiply(packPrice).divide(packSize, 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param needs    the stores' needs (&gt; 0), in the order that breaks ties of remainders
     * @param received what arrived at the hub, ≥ 0
     * @param measured true for KG/L products (shares in thousandths), false for whole units
     * @param cost     the unit cost of the product's purchase order line
     * @return one share per need, in the same order
     */
    public static List<Share> allocate(List<StoreNeed> needs, BigDecimal received, boolean measured, UnitCost cost) {
        int scale = measured ? 3 : 0;
        long[] units = new long[needs.size()];
        long neededUnits = 0;
        for (int i = 0; i < units.length; i++) {
            // A need is never rounded up: a store must not get more than it asked for.
            units[i] = toUnits(needs.get(i).needed(), scale);
            neededUnits = Math.addExact(neededUnits, units[i]);
        }
        long toShare = Math.min(toUnits(received, scale), neededUnits);
        long[] shares = LargestRemainder.apportion(toShare, units);
        List<Share> result = new ArrayList<>(units.length);
        for (int i = 0; i < units.length; i++) {
            BigDecimal allocated = BigDecimal.valueOf(shares[i], scale).setScale(3);
            result.add(new Share(needs.get(i).organization(), needs.get(i).needed().setScale(3, RoundingMode.DOWN),
                    allocated, cost.amountOf(allocated)));
        }
        return result;
    }

    private static long toUnits(BigDecimal quantity, int scale) {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("negative quantity " + quantity);
        }
        return quantity.setScale(scale, RoundingMode.DOWN).unscaledValue().longValueExact();
    }
}
