package org.vivres.procurement.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the purchase orders built from random needs and offers. */
class OrderPropertiesTest {
    private static final List<UUID> PRODUCTS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID());
    private static final List<UUID> SUPPLIERS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    record Case(List<OrderBuilder.Need> needs, List<OrderBuilder.Offer> offers) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<OrderBuilder.Need> need = Combinators.combine(Arbitraries.of(PRODUCTS),
                Arbitraries.longs().between(1, 500_000))
                .as((p, q) -> new OrderBuilder.Need(UUID.randomUUID(), p, BigDecimal.valueOf(q, 3)));
        Arbitrary<OrderBuilder.Offer> offer = Combinators.combine(Arbitraries.of(PRODUCTS), Arbitraries.of(SUPPLIERS),
                Arbitraries.longs().between(1, 50_000), Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(1, 30))
                .as((p, s, size, price, min) -> new OrderBuilder.Offer(UUID.randomUUID(), s, p,
                        BigDecimal.valueOf(size, 3), BigDecimal.valueOf(price, 2), min));
        return Combinators.combine(need.list().ofMaxSize(30), offer.list().ofMaxSize(12)).as(Case::new);
    }

    @Property(tries = 500)
    void everyNeededProductIsOrderedOnceInWholePacksOrReportedUnsourced(@ForAll("cases") Case c) {
        OrderBuilder.Plan plan = OrderBuilder.build(c.needs(), c.offers());
        Map<UUID, BigDecimal> needed = new HashMap<>();
        c.needs().forEach(n -> needed.merge(n.product(), n.quantity(), BigDecimal::add));
        Set<UUID> offered = new HashSet<>();
        c.offers().forEach(o -> offered.add(o.product()));
        Map<UUID, OrderBuilder.Offer> offers = new HashMap<>();
        c.offers().forEach(o -> offers.put(o.id(), o));

        Set<UUID> suppliers = new HashSet<>();
        List<UUID> ordered = new ArrayList<>();
        for (OrderBuilder.Order order : plan.orders()) {
            assertThat(suppliers.add(order.supplier())).as("one order per supplier").isTrue();
            assertThat(order.lines()).isNotEmpty();
            assertThat(order.total()).isEqualTo(order.lines().stream().map(OrderBuilder.Line::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
            for (OrderBuilder.Line line : order.lines()) {
                OrderBuilder.Offer offer = offers.get(line.offer());
                assertThat(offer.supplier()).isEqualTo(order.supplier());
                assertThat(offer.product()).isEqualTo(line.product());
                assertThat(line.needed()).isEqualByComparingTo(needed.get(line.product()));
                assertThat(line.quantity()).isEqualByComparingTo(offer.packSize().multiply(BigDecimal.valueOf(line.packs())));
                assertThat(line.amount()).isEqualByComparingTo(offer.packPrice().multiply(BigDecimal.valueOf(line.packs())));
                assertThat(line.quantity()).isGreaterThanOrEqualTo(line.needed());
                assertThat(line.packs()).isGreaterThanOrEqualTo(offer.minPacks());
                // Whole packs: one pack fewer would not cover the need, unless the minimum forced them.
                boolean forced = line.packs() == offer.minPacks();
                assertThat(forced || offer.packSize().multiply(BigDecimal.valueOf(line.packs() - 1))
                        .compareTo(line.needed()) < 0).isTrue();
                ordered.add(line.product());
            }
        }
        assertThat(ordered).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ordered)).isEqualTo(intersection(needed.keySet(), offered));
        assertThat(plan.unsourced()).allSatisfy(u -> {
            assertThat(offered).doesNotContain(u.product());
            assertThat(u.quantity()).isEqualByComparingTo(needed.get(u.product()));
        });
        assertThat(plan.unsourced().size() + ordered.size()).isEqualTo(needed.size());
    }

    @Property(tries = 500)
    void noOfferWhoseMinimumIsMetIsCheaperPerUnitThanTheChosenOne(@ForAll("cases") Case c) {
        OrderBuilder.Plan plan = OrderBuilder.build(c.needs(), c.offers());
        for (OrderBuilder.Order order : plan.orders()) {
            for (OrderBuilder.Line line : order.lines()) {
                List<OrderBuilder.Offer> candidates = c.offers().stream()
                        .filter(o -> o.product().equals(line.product())).toList();
                List<OrderBuilder.Offer> meetingMinimum = candidates.stream()
                        .filter(o -> OrderBuilder.packsFor(line.needed(), o.packSize()) >= o.minPacks()).toList();
                List<OrderBuilder.Offer> pool = meetingMinimum.isEmpty() ? candidates : meetingMinimum;
                OrderBuilder.Offer chosen = candidates.stream().filter(o -> o.id().equals(line.offer())).findFirst()
                        .orElseThrow();
                assertThat(pool).contains(chosen);
                for (OrderBuilder.Offer other : pool) {
                    // chosen.packPrice / chosen.packSize <= other.packPrice / other.packSize
                    assertThat(chosen.packPrice().multiply(other.packSize()))
                            .isLessThanOrEqualTo(other.packPrice().multiply(chosen.packSize()));
                }
                if (meetingMinimum.isEmpty()) {
                    assertThat(line.packs()).isEqualTo(chosen.minPacks());
                }
            }
        }
    }

    @Property(tries = 200)
    void theOrderDoesNotDependOnTheOrderOfOffersOrNeeds(@ForAll("cases") Case c) {
        List<OrderBuilder.Need> needs = new ArrayList<>(c.needs());
        List<OrderBuilder.Offer> offers = new ArrayList<>(c.offers());
        java.util.Collections.reverse(needs);
        java.util.Collections.reverse(offers);
        assertThat(OrderBuilder.build(needs, offers)).isEqualTo(OrderBuilder.build(c.needs(), c.offers()));
    }

    private static Set<UUID> intersection(Set<UUID> a, Set<UUID> b) {
        Set<UUID> result = new HashSet<>(a);
        result.retainAll(b);
        return result;
    }
}
