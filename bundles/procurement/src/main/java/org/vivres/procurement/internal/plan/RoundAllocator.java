package org.vivres.procurement.internal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The allocation of a whole round: each ordered product shared among the stores that needed it
 * ({@link Allocator}, stores in id order so that ties of remainders always go the same way), then
 * each shared cost split among the stores that received something ({@link CostSplitter}). Pure function.
 */
public final class RoundAllocator {
    private RoundAllocator() {
    }

    /**
     * One ordered product: what arrived of it and who needed how much.
     *
     * @param measured true for KG/L products (shares in thousandths)
     * @param cost     the unit cost of its purchase order line
     */
    public record Lot(UUID product, boolean measured, Allocator.UnitCost cost, BigDecimal received,
            List<Allocator.StoreNeed> needs) {
    }

    /** A cost to share. */
    public record Cost(String label, BigDecimal amount, CostSplitter.Basis basis) {
    }

    /** The shares of one product, by store id; what is not allocated stays at the hub. */
    public record ProductShares(UUID product, BigDecimal received, BigDecimal allocated,
            List<Allocator.Share> shares) {
        public BigDecimal surplus() {
            return received.subtract(allocated);
        }
    }

    /** A store's amount: its share of a cost, or of all costs. */
    public record StoreAmount(UUID organization, BigDecimal amount) {
    }

    /** How one cost was split, by store id. */
    public record CostShares(Cost cost, List<StoreAmount> shares) {
    }

    /** The whole allocation: per product in the order of the lots, per cost in the order given. */
    public record Result(List<ProductShares> products, List<CostShares> costs) {
    }

    /** What one store received in the round: a running sum, local to one allocation. */
    private static final class Received {
        private BigDecimal value = BigDecimal.ZERO;
        private BigDecimal quantity = BigDecimal.ZERO;

        void add(Allocator.Share share) {
            value = value.add(share.amount());
            quantity = quantity.add(share.allocated());
        }
    }

    /**
     * @param lots  the ordered products, each with at least one need
     * @param costs the costs to split; when one is above zero, something must have been received
     */
    public static Result allocate(List<Lot> lots, List<Cost> costs) {
        List<ProductShares> products = new ArrayList<>(lots.size());
        // Per receiving store: the value and the quantity it received, for the cost split.
        Map<UUID, Received> received = new HashMap<>();
        for (Lot lot : lots) {
            List<Allocator.StoreNeed> needs = lot.needs().stream()
                    .sorted(Comparator.comparing(Allocator.StoreNeed::organization)).toList();
            List<Allocator.Share> shares = Allocator.allocate(needs, lot.received(), lot.measured(), lot.cost());
            BigDecimal allocated = BigDecimal.ZERO.setScale(3);
            for (Allocator.Share s : shares) {
                if (s.allocated().signum() > 0) {
                    allocated = allocated.add(s.allocated());
                    received.computeIfAbsent(s.organization(), k -> new Received()).add(s);
                }
            }
            products.add(new ProductShares(lot.product(), lot.received().setScale(3), allocated, shares));
        }
        // In store id order: it breaks ties of remainders the same way every time.
        List<CostSplitter.Recipient> recipients = received.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new CostSplitter.Recipient(e.getKey(), e.getValue().value, e.getValue().quantity)).toList();
        List<CostShares> split = new ArrayList<>(costs.size());
        for (Cost cost : costs) {
            List<BigDecimal> amounts = CostSplitter.split(cost.amount(), cost.basis(), recipients);
            List<StoreAmount> shares = new ArrayList<>(amounts.size());
            for (int i = 0; i < amounts.size(); i++) {
                shares.add(new StoreAmount(recipients.get(i).organization(), amounts.get(i)));
            }
            split.add(new CostShares(cost, shares));
        }
        return new Result(products, split);
    }
}
