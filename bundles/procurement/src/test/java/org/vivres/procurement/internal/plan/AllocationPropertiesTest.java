package org.vivres.procurement.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties of the fair share of a short delivery and of the cost split, over random rounds. */
class AllocationPropertiesTest {
    private static final Allocator.UnitCost COST = new Allocator.UnitCost(new BigDecimal("7.30"), new BigDecimal("3"));

    /** A product's needs in thousandths (KG/L) or units, and what arrived. */
    record Delivery(boolean measured, List<Long> needUnits, long receivedUnits) {
        int scale() {
            return measured ? 3 : 0;
        }

        List<Allocator.StoreNeed> needs() {
            List<Allocator.StoreNeed> needs = new ArrayList<>();
            for (long units : needUnits) {
                needs.add(new Allocator.StoreNeed(UUID.randomUUID(), BigDecimal.valueOf(units, scale())));
            }
            return needs;
        }

        BigDecimal received() {
            return BigDecimal.valueOf(receivedUnits, scale());
        }
    }

    @Provide
    Arbitrary<Delivery> deliveries() {
        Arbitrary<Boolean> measured = Arbitraries.of(true, false);
        Arbitrary<List<Long>> needs = Arbitraries.longs().between(1, 200_000).list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<Long> received = Arbitraries.longs().between(0, 3_000_000);
        return Combinators.combine(measured, needs, received).as(Delivery::new);
    }

    @Property(tries = 500)
    void sharesAddUpToWhatCanBeGivenAndNoStoreGetsMoreThanItNeeded(@ForAll("deliveries") Delivery d) {
        List<Allocator.StoreNeed> needs = d.needs();
        List<Allocator.Share> shares = Allocator.allocate(needs, d.received(), d.measured(), COST);

        BigDecimal needed = needs.stream().map(Allocator.StoreNeed::needed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allocated = shares.stream().map(Allocator.Share::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated).isEqualByComparingTo(d.received().min(needed));
        for (int i = 0; i < shares.size(); i++) {
            Allocator.Share share = shares.get(i);
            assertThat(share.organization()).isEqualTo(needs.get(i).organization());
            assertThat(share.allocated().signum()).isGreaterThanOrEqualTo(0);
            assertThat(share.allocated()).isLessThanOrEqualTo(needs.get(i).needed());
            assertThat(share.allocated().stripTrailingZeros().scale()).isLessThanOrEqualTo(d.scale());
            assertThat(share.amount()).isEqualTo(COST.amountOf(share.allocated()));
        }
    }

    @Property(tries = 500)
    void eachShareIsWithinOneUnitOfTheExactProRataShare(@ForAll("deliveries") Delivery d) {
        List<Allocator.StoreNeed> needs = d.needs();
        List<Allocator.Share> shares = Allocator.allocate(needs, d.received(), d.measured(), COST);
        BigDecimal needed = needs.stream().map(Allocator.StoreNeed::needed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal given = d.received().min(needed);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(d.scale());
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal exact = given.multiply(needs.get(i).needed()).divide(needed, MathContext.DECIMAL128);
            assertThat(shares.get(i).allocated().subtract(exact).abs()).isLessThan(unit);
        }
    }

    @Property(tries = 300)
    void aFullDeliveryGivesEveryStoreItsNeedAndTheSurplusStaysOut(@ForAll("deliveries") Delivery d) {
        List<Allocator.StoreNeed> needs = d.needs();
        BigDecimal needed = needs.stream().map(Allocator.StoreNeed::needed).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Allocator.Share> shares = Allocator.allocate(needs, needed.add(d.received()), d.measured(), COST);
        for (int i = 0; i < shares.size(); i++) {
            assertThat(shares.get(i).allocated()).isEqualByComparingTo(needs.get(i).needed());
        }
    }

    /** Recipients of a cost: random values (cents) and quantities (thousandths). */
    @Provide
    Arbitrary<List<CostSplitter.Recipient>> recipients() {
        Arbitrary<CostSplitter.Recipient> one = Combinators.combine(
                Arbitraries.longs().between(0, 5_000_000), Arbitraries.longs().between(0, 9_000_000))
                .as((cents, thousandths) -> new CostSplitter.Recipient(UUID.randomUUID(), BigDecimal.valueOf(cents, 2),
                        BigDecimal.valueOf(thousandths, 3)));
        return one.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 500)
    void costSharesAddUpExactlyToTheCost(@ForAll("recipients") List<CostSplitter.Recipient> recipients,
            @ForAll @LongRange(min = 0, max = 10_000_000) long cents, @ForAll CostSplitter.Basis basis) {
        BigDecimal cost = BigDecimal.valueOf(cents, 2);
        List<BigDecimal> shares = CostSplitter.split(cost, basis, recipients);
        assertThat(shares).hasSize(recipients.size());
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(cost);
        assertThat(shares).allSatisfy(s -> {
            assertThat(s.scale()).isEqualTo(2);
            assertThat(s.signum()).isGreaterThanOrEqualTo(0);
        });
    }

    @Property(tries = 500)
    void costSharesAreWithinACentOfTheExactProRataShare(
            @ForAll("recipients") List<CostSplitter.Recipient> recipients,
            @ForAll @LongRange(min = 0, max = 10_000_000) long cents, @ForAll CostSplitter.Basis basis) {
        BigDecimal cost = BigDecimal.valueOf(cents, 2);
        List<BigDecimal> shares = CostSplitter.split(cost, basis, recipients);
        List<BigDecimal> weights = recipients.stream().map(r -> switch (basis) {
            case VALUE -> r.value();
            case QUANTITY -> r.quantity();
            case EQUAL -> BigDecimal.ONE;
        }).toList();
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal exact = total.signum() == 0
                    ? cost.divide(BigDecimal.valueOf(shares.size()), MathContext.DECIMAL128)
                    : cost.multiply(weights.get(i)).divide(total, MathContext.DECIMAL128);
            assertThat(shares.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Property(tries = 500)
    void equalSharesDifferByAtMostOneCent(@ForAll @IntRange(min = 1, max = 500) int stores,
            @ForAll @LongRange(min = 0, max = 10_000_000) long cents) {
        List<CostSplitter.Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            recipients.add(new CostSplitter.Recipient(UUID.randomUUID(), BigDecimal.ONE, BigDecimal.ONE));
        }
        List<BigDecimal> shares = CostSplitter.split(BigDecimal.valueOf(cents, 2), CostSplitter.Basis.EQUAL, recipients);
        BigDecimal max = shares.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = shares.stream().min(BigDecimal::compareTo).orElseThrow();
        assertThat(max.subtract(min)).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property(tries = 500)
    void largestRemainderAddsUpAndStaysWithinOneUnit(
            @ForAll @Size(min = 1, max = 50) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> weights,
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long total) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        long sum = weights.stream().mapToLong(Long::longValue).sum();
        if (sum == 0) {
            w[0] = 1;
            sum = 1;
        }
        long[] shares = LargestRemainder.apportion(total, w);
        long given = 0;
        for (int i = 0; i < w.length; i++) {
            given += shares[i];
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w[i]))
                    .divide(BigDecimal.valueOf(sum), MathContext.DECIMAL128);
            assertThat(BigDecimal.valueOf(shares[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
        assertThat(given).isEqualTo(total);
    }
}
