package org.vivres.procurement.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns the stores' needs of a round into purchase orders: needs summed per product, the
 * cheapest offer per unit whose minimum is met, whole packs, one order per supplier. Pure function.
 */
public final class OrderBuilder {
    private static final Comparator<Offer> BY_ID = Comparator.comparing(Offer::id);

    private OrderBuilder() {
    }

    /** One store's need of one product. */
    public record Need(UUID organization, UUID product, BigDecimal quantity) {
    }

    /** A supplier's offer of a product: {@code packPrice} for {@code packSize}, at least {@code minPacks} packs. */
    public record Offer(UUID id, UUID supplier, UUID product, BigDecimal packSize, BigDecimal packPrice, int minPacks) {
    }

    /**
     * A line of a purchase order.
     *
     * @param needed   what the stores asked for, summed
     * @param quantity {@code packs × packSize}, ≥ {@code needed}
     * @param amount   {@code packs × packPrice}
     */
    public record Line(UUID supplier, UUID product, UUID offer, long packs, BigDecimal packSize, BigDecimal packPrice,
            BigDecimal needed, BigDecimal quantity, BigDecimal amount) {
    }

    /** The order to one supplier: its lines by product, and their total. */
    public record Order(UUID supplier, List<Line> lines, BigDecimal total) {
    }

    /** A product needed that no supplier offers: reported, not ordered. */
    public record Unsourced(UUID product, BigDecimal quantity) {
    }

    /** The orders by supplier id, and what could not be sourced, by product id. */
    public record Plan(List<Order> orders, List<Unsourced> unsourced) {
    }

    /**
     * @param needs  every store's needs (quantities &gt; 0)
     * @param offers the offers of (at least) the needed products
     */
    public static Plan build(Collection<Need> needs, Collection<Offer> offers) {
        Map<UUID, BigDecimal> needed = new TreeMap<>();
        for (Need n : needs) {
            needed.merge(n.product(), n.quantity(), BigDecimal::add);
        }
        Map<UUID, List<Offer>> byProduct = new HashMap<>();
        for (Offer o : offers) {
            byProduct.computeIfAbsent(o.product(), k -> new ArrayList<>()).add(o);
        }
        Map<UUID, List<Line>> bySupplier = new TreeMap<>();
        List<Unsourced> unsourced = new ArrayList<>();
        needed.forEach((product, quantity) -> {
            List<Offer> candidates = byProduct.getOrDefault(product, List.of());
            if (candidates.isEmpty()) {
                unsourced.add(new Unsourced(product, quantity.setScale(3)));
                return;
            }
            Line line = line(quantity, candidates);
            bySupplier.computeIfAbsent(line.supplier(), k -> new ArrayList<>()).add(line);
        });
        List<Order> orders = new ArrayList<>(bySupplier.size());
        bySupplier.forEach((supplier, lines) -> orders.add(new Order(supplier, List.copyOf(lines),
                lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))));
        return new Plan(List.copyOf(orders), List.copyOf(unsourced));
    }

    /**
     * The line for {@code quantity} of a product: among the offers whose minimum the rounded-up
     * packs meet, the lowest price per unit (then the lowest amount, then the offer id, so that
     * the choice never depends on the order of the offers); when none meets its minimum, the
     * cheapest per unit raised to its minimum.
     */
    static Line line(BigDecimal quantity, List<Offer> offers) {
        Offer best = null;
        long bestPacks = 0;
        for (Offer o : offers) {
            long packs = packsFor(quantity, o.packSize());
            if (packs >= o.minPacks() && (best == null || cheaper(o, packs, best, bestPacks))) {
                best = o;
                bestPacks = packs;
            }
        }
        if (best == null) {
            for (Offer o : offers) {
                if (best == null || cheaper(o, o.minPacks(), best, bestPacks)) {
                    best = o;
                    bestPacks = o.minPacks();
                }
            }
        }
        BigDecimal packs = BigDecimal.valueOf(bestPacks);
        return new Line(best.supplier(), best.product(), best.id(), bestPacks, best.packSize(), best.packPrice(),
                quantity.setScale(3), packs.multiply(best.packSize()).setScale(3),
                packs.multiply(best.packPrice()).setScale(2));
    }

    /** Whole packs covering {@code quantity}. */
    public static long packsFor(BigDecimal quantity, BigDecimal packSize) {
        return quantity.divide(packSize, 0, RoundingMode.CEILING).longValueExact();
    }

    private static boolean cheaper(Offer a, long packsA, Offer b, long packsB) {
        // Compares packPrice/packSize exactly, by cross-multiplying.
        int byUnit = a.packPrice().multiply(b.packSize()).compareTo(b.packPrice().multiply(a.packSize()));
        if (byUnit != 0) {
            return byUnit < 0;
        }
        int byAmount = a.packPrice().multiply(BigDecimal.valueOf(packsA))
                .compareTo(b.packPrice().multiply(BigDecimal.valueOf(packsB)));
        return byAmount != 0 ? byAmount < 0 : BY_ID.compare(a, b) < 0;
    }
}
