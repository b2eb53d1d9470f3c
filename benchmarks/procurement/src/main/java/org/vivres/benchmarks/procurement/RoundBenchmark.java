package org.vivres.benchmarks.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vivres.procurement.internal.plan.Allocator;
import org.vivres.procurement.internal.plan.CostSplitter;
import org.vivres.procurement.internal.plan.OrderBuilder;
import org.vivres.procurement.internal.plan.RoundAllocator;

/**
 * Closing and allocating one large round with the procurement bundle's pure classes: 500 stores
 * each needing each of 2 000 products (1 000 000 needs, a quarter of the products sold by weight),
 * 50 suppliers with 3 offers per product (some with a minimum), a delivery between 70 % and 105 %
 * of what was ordered, and three shared costs (by value, by quantity, equal). Database work is not
 * included. Target: close + allocate under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class RoundBenchmark {
    static final int STORES = 500;
    static final int PRODUCTS = 2_000;
    static final int SUPPLIERS = 50;
    static final int OFFERS_PER_PRODUCT = 3;

    List<OrderBuilder.Need> needs;
    List<OrderBuilder.Offer> offers;
    Map<UUID, Boolean> measured;
    Map<UUID, BigDecimal> received;
    List<RoundAllocator.Cost> costs;

    @Setup
    public void createRound() {
        Random random = new Random(20261125L);
        List<UUID> stores = ids(STORES);
        List<UUID> products = ids(PRODUCTS);
        List<UUID> suppliers = ids(SUPPLIERS);
        measured = new HashMap<>();
        offers = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            boolean byWeight = p % 4 == 0;
            measured.put(products.get(p), byWeight);
            for (int o = 0; o < OFFERS_PER_PRODUCT; o++) {
                BigDecimal packSize = byWeight ? BigDecimal.valueOf(500 + random.nextInt(24_500), 3)
                        : BigDecimal.valueOf(1 + random.nextInt(24));
                offers.add(new OrderBuilder.Offer(UUID.randomUUID(), suppliers.get(random.nextInt(SUPPLIERS)),
                        products.get(p), packSize, BigDecimal.valueOf(100 + random.nextInt(5_000), 2),
                        random.nextInt(5) == 0 ? 1 + random.nextInt(2_000) : 1));
            }
        }
        needs = new ArrayList<>(STORES * PRODUCTS);
        for (UUID store : stores) {
            for (UUID product : products) {
                BigDecimal quantity = measured.get(product) ? BigDecimal.valueOf(500 + random.nextInt(9_500), 3)
                        : BigDecimal.valueOf(1 + random.nextInt(20));
                needs.add(new OrderBuilder.Need(store, product, quantity));
            }
        }
        received = new HashMap<>();
        for (OrderBuilder.Order order : OrderBuilder.build(needs, offers).orders()) {
            for (OrderBuilder.Line line : order.lines()) {
                BigDecimal share = BigDecimal.valueOf(70 + random.nextInt(36), 2);
                received.put(line.product(), line.quantity().multiply(share)
                        .setScale(measured.get(line.product()) ? 3 : 0, RoundingMode.DOWN));
            }
        }
        costs = List.of(new RoundAllocator.Cost("Transport", new BigDecimal("1840.00"), CostSplitter.Basis.VALUE),
                new RoundAllocator.Cost("Froid", new BigDecimal("312.45"), CostSplitter.Basis.QUANTITY),
                new RoundAllocator.Cost("Manutention", new BigDecimal("500.00"), CostSplitter.Basis.EQUAL));
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** The purchase orders of the round. */
    @Benchmark
    public OrderBuilder.Plan close() {
        return OrderBuilder.build(needs, offers);
    }

    /** Close, then allocate what arrived and split the costs, as {@code close} and {@code allocate} do. */
    @Benchmark
    public RoundAllocator.Result closeAndAllocate() {
        return allocate(OrderBuilder.build(needs, offers));
    }

    RoundAllocator.Result allocate(OrderBuilder.Plan plan) {
        Map<UUID, List<Allocator.StoreNeed>> byProduct = new HashMap<>();
        for (OrderBuilder.Need n : needs) {
            byProduct.computeIfAbsent(n.product(), k -> new ArrayList<>(STORES))
                    .add(new Allocator.StoreNeed(n.organization(), n.quantity()));
        }
        List<RoundAllocator.Lot> lots = new ArrayList<>();
        for (OrderBuilder.Order order : plan.orders()) {
            for (OrderBuilder.Line line : order.lines()) {
                lots.add(new RoundAllocator.Lot(line.product(), measured.get(line.product()),
                        new Allocator.UnitCost(line.packPrice(), line.packSize()), received.get(line.product()),
                        byProduct.get(line.product())));
            }
        }
        return RoundAllocator.allocate(lots, costs);
    }
}
