package org.vivres.procurement.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of a whole round's allocation: products shared, then costs split among the receiving stores. */
class RoundAllocatorPropertiesTest {
    private static final List<UUID> STORES = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Provide
    Arbitrary<RoundAllocator.Lot> lots() {
        Arbitrary<List<Allocator.StoreNeed>> needs = Arbitraries.subsetOf(STORES).ofMinSize(1)
                .flatMap(stores -> Arbitraries.longs().between(1, 50).list().ofSize(stores.size())
                        .map(qs -> {
                            List<Allocator.StoreNeed> list = new ArrayList<>();
                            int i = 0;
                            for (UUID s : stores) {
                                list.add(new Allocator.StoreNeed(s, BigDecimal.valueOf(qs.get(i++))));
                            }
                            return list;
                        }));
        return Combinators.combine(needs, Arbitraries.longs().between(0, 120), Arbitraries.longs().between(0, 5_000))
                .as((n, received, cents) -> new RoundAllocator.Lot(UUID.randomUUID(), false,
                        new Allocator.UnitCost(BigDecimal.valueOf(cents, 2), BigDecimal.ONE),
                        BigDecimal.valueOf(received), n));
    }

    @Provide
    Arbitrary<List<RoundAllocator.Cost>> costs() {
        return Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.of(CostSplitter.Basis.class))
                .as((cents, basis) -> new RoundAllocator.Cost("frais", BigDecimal.valueOf(cents, 2), basis))
                .list().ofMaxSize(4);
    }

    @Property(tries = 300)
    void costsAreSplitExactlyAmongTheStoresThatReceivedSomething(
            @ForAll @Size(max = 8) List<RoundAllocator.@From("lots") Lot> lots, @ForAll("costs") List<RoundAllocator.Cost> costs) {
        boolean somethingGiven = lots.stream().anyMatch(l -> l.received().signum() > 0);
        if (!somethingGiven) {
            costs = costs.stream().filter(c -> c.amount().signum() == 0).toList();
        }
        RoundAllocator.Result result = RoundAllocator.allocate(lots, costs);

        Set<UUID> receivers = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            RoundAllocator.ProductShares p = result.products().get(i);
            assertThat(p.product()).isEqualTo(lots.get(i).product());
            BigDecimal needed = lots.get(i).needs().stream().map(Allocator.StoreNeed::needed)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(p.allocated()).isEqualByComparingTo(lots.get(i).received().min(needed));
            assertThat(p.surplus()).isEqualByComparingTo(lots.get(i).received().subtract(p.allocated()));
            p.shares().stream().filter(s -> s.allocated().signum() > 0).forEach(s -> receivers.add(s.organization()));
        }
        assertThat(result.costs()).hasSize(costs.size());
        for (RoundAllocator.CostShares c : result.costs()) {
            assertThat(c.shares()).extracting(RoundAllocator.StoreAmount::organization)
                    .containsExactlyInAnyOrderElementsOf(receivers);
            assertThat(c.shares().stream().map(RoundAllocator.StoreAmount::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(c.cost().amount());
        }
    }
}
