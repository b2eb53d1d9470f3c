package org.vivres.procurement.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order of a round on hand-checked examples. */
class OrderBuilderTest {
    private final UUID carrots = UUID.randomUUID();
    private final UUID apples = UUID.randomUUID();
    private final UUID salt = UUID.randomUUID();
    private final UUID farm = UUID.randomUUID();
    private final UUID coop = UUID.randomUUID();

    private static OrderBuilder.Need need(UUID product, String quantity) {
        return new OrderBuilder.Need(UUID.randomUUID(), product, new BigDecimal(quantity));
    }

    private static OrderBuilder.Offer offer(UUID supplier, UUID product, String size, String price, int minPacks) {
        return new OrderBuilder.Offer(UUID.randomUUID(), supplier, product, new BigDecimal(size), new BigDecimal(price),
                minPacks);
    }

    @Test
    void needsAreSummedRoundedUpToWholePacksOfTheCheapestOfferAndGroupedBySupplier() {
        // 12.5 + 20 = 32.5 kg of carrots: the farm sells 10 kg for 18.00 (1.80/kg), the coop 5 kg for 8.50 (1.70/kg).
        OrderBuilder.Offer farmCarrots = offer(farm, carrots, "10", "18.00", 1);
        OrderBuilder.Offer coopCarrots = offer(coop, carrots, "5", "8.50", 1);
        OrderBuilder.Offer farmApples = offer(farm, apples, "6", "9.00", 1);
        OrderBuilder.Plan plan = OrderBuilder.build(
                List.of(need(carrots, "12.500"), need(carrots, "20.000"), need(apples, "7.000"), need(salt, "3.000")),
                List.of(farmCarrots, coopCarrots, farmApples));

        assertThat(plan.orders()).hasSize(2);
        OrderBuilder.Order toCoop = plan.orders().stream().filter(o -> o.supplier().equals(coop)).findFirst().orElseThrow();
        assertThat(toCoop.lines()).singleElement().satisfies(l -> {
            assertThat(l.offer()).isEqualTo(coopCarrots.id());
            assertThat(l.packs()).isEqualTo(7);
            assertThat(l.quantity()).isEqualByComparingTo("35");
            assertThat(l.amount()).isEqualTo(new BigDecimal("59.50"));
            assertThat(l.needed()).isEqualByComparingTo("32.5");
        });
        assertThat(toCoop.total()).isEqualTo(new BigDecimal("59.50"));
        OrderBuilder.Order toFarm = plan.orders().stream().filter(o -> o.supplier().equals(farm)).findFirst().orElseThrow();
        assertThat(toFarm.lines()).singleElement().satisfies(l -> {
            assertThat(l.product()).isEqualTo(apples);
            assertThat(l.packs()).isEqualTo(2);
            assertThat(l.amount()).isEqualTo(new BigDecimal("18.00"));
        });
        assertThat(plan.unsourced()).containsExactly(new OrderBuilder.Unsourced(salt, new BigDecimal("3.000")));
    }

    @Test
    void aCheaperOfferWhoseMinimumIsNotMetGivesWayToOneWhoseMinimumIs() {
        // 30 units: the bulk offer (0.50/unit) wants 5 packs of 20; the small one (0.60/unit) has no minimum.
        OrderBuilder.Offer bulk = offer(farm, apples, "20", "10.00", 5);
        OrderBuilder.Offer small = offer(coop, apples, "10", "6.00", 1);
        OrderBuilder.Line line = OrderBuilder.build(List.of(need(apples, "30")), List.of(bulk, small))
                .orders().get(0).lines().get(0);
        assertThat(line.offer()).isEqualTo(small.id());
        assertThat(line.packs()).isEqualTo(3);
    }

    @Test
    void whenNoMinimumIsMetTheCheapestOfferIsRaisedToItsMinimum() {
        OrderBuilder.Offer bulk = offer(farm, apples, "20", "10.00", 5);
        OrderBuilder.Offer dear = offer(coop, apples, "10", "9.00", 4);
        OrderBuilder.Line line = OrderBuilder.build(List.of(need(apples, "30")), List.of(dear, bulk))
                .orders().get(0).lines().get(0);
        assertThat(line.offer()).isEqualTo(bulk.id());
        assertThat(line.packs()).isEqualTo(5);
        assertThat(line.quantity()).isEqualByComparingTo("100");
        assertThat(line.amount()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void atTheSameUnitPriceTheSmallerAmountWins() {
        // Both 1.00/kg; 12 kg needs 2 packs of 10 (20.00) or 3 packs of 5 (15.00).
        OrderBuilder.Offer tens = offer(farm, carrots, "10", "10.00", 1);
        OrderBuilder.Offer fives = offer(coop, carrots, "5", "5.00", 1);
        OrderBuilder.Line line = OrderBuilder.build(List.of(need(carrots, "12")), List.of(tens, fives))
                .orders().get(0).lines().get(0);
        assertThat(line.offer()).isEqualTo(fives.id());
        assertThat(line.amount()).isEqualTo(new BigDecimal("15.00"));
    }

    @Test
    void aNeedThatIsExactlyWholePacksIsNotRoundedFurther() {
        assertThat(OrderBuilder.packsFor(new BigDecimal("30.000"), new BigDecimal("7.500"))).isEqualTo(4);
        assertThat(OrderBuilder.packsFor(new BigDecimal("30.001"), new BigDecimal("7.500"))).isEqualTo(5);
    }
}
