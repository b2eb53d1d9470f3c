package org.vivres.procurement.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The share of a short delivery and the cost split on hand-checked examples. */
class AllocatorTest {
    private final UUID a = new UUID(0, 1);
    private final UUID b = new UUID(0, 2);
    private final UUID c = new UUID(0, 3);

    private List<Allocator.StoreNeed> needs(String qa, String qb, String qc) {
        return List.of(new Allocator.StoreNeed(a, new BigDecimal(qa)), new Allocator.StoreNeed(b, new BigDecimal(qb)),
                new Allocator.StoreNeed(c, new BigDecimal(qc)));
    }

    @Test
    void aShortDeliveryOfUnitsIsSharedProRataByLargestRemainder() {
        // 10 of 15 needed: exact shares 3.333, 3.333, 3.333 -> 4, 3, 3 (tie to the first).
        List<Allocator.Share> shares = Allocator.allocate(needs("5", "5", "5"), new BigDecimal("10"), false,
                new Allocator.UnitCost(new BigDecimal("2.00"), new BigDecimal("1")));
        assertThat(shares).extracting(Allocator.Share::allocated)
                .containsExactly(new BigDecimal("4.000"), new BigDecimal("3.000"), new BigDecimal("3.000"));
        assertThat(shares).extracting(Allocator.Share::amount)
                .containsExactly(new BigDecimal("8.00"), new BigDecimal("6.00"), new BigDecimal("6.00"));
    }

    @Test
    void theLargestRemaindersGetTheUnitsLeftOver() {
        // 7 of 10 needed as 1, 3, 6: exact 0.7, 2.1, 4.2 -> floors 0, 2, 4, one unit left to the 0.7.
        List<Allocator.Share> shares = Allocator.allocate(needs("1", "3", "6"), new BigDecimal("7"), false,
                new Allocator.UnitCost(new BigDecimal("1.00"), new BigDecimal("1")));
        assertThat(shares).extracting(Allocator.Share::allocated)
                .containsExactly(new BigDecimal("1.000"), new BigDecimal("2.000"), new BigDecimal("4.000"));
    }

    @Test
    void productsSoldByWeightAreSharedToTheGram() {
        // 10 kg of 12 kg needed as 2, 4, 6: exact 1.6667, 3.3333, 5 -> 1.667, 3.333, 5.000.
        // Unit cost 7.30 for 3 kg: 1.667 × 7.30 / 3 = 4.05637 -> 4.06 (rounded once, not from a rounded unit cost).
        List<Allocator.Share> shares = Allocator.allocate(needs("2", "4", "6"), new BigDecimal("10"), true,
                new Allocator.UnitCost(new BigDecimal("7.30"), new BigDecimal("3")));
        assertThat(shares).extracting(Allocator.Share::allocated)
                .containsExactly(new BigDecimal("1.667"), new BigDecimal("3.333"), new BigDecimal("5.000"));
        assertThat(shares.get(0).amount()).isEqualTo(new BigDecimal("4.06"));
        assertThat(shares.get(2).amount()).isEqualTo(new BigDecimal("12.17"));
    }

    @Test
    void nothingReceivedGivesNothing() {
        List<Allocator.Share> shares = Allocator.allocate(needs("2", "4", "6"), BigDecimal.ZERO, false,
                new Allocator.UnitCost(new BigDecimal("1.00"), new BigDecimal("1")));
        assertThat(shares).allSatisfy(s -> {
            assertThat(s.allocated()).isEqualByComparingTo("0");
            assertThat(s.amount()).isEqualTo(new BigDecimal("0.00"));
        });
    }

    @Test
    void aCostIsSplitByValueQuantityOrEquallyToTheCent() {
        List<CostSplitter.Recipient> recipients = List.of(
                new CostSplitter.Recipient(a, new BigDecimal("10.00"), new BigDecimal("1")),
                new CostSplitter.Recipient(b, new BigDecimal("20.00"), new BigDecimal("1")),
                new CostSplitter.Recipient(c, new BigDecimal("70.00"), new BigDecimal("2")));
        assertThat(CostSplitter.split(new BigDecimal("45.00"), CostSplitter.Basis.VALUE, recipients))
                .containsExactly(new BigDecimal("4.50"), new BigDecimal("9.00"), new BigDecimal("31.50"));
        assertThat(CostSplitter.split(new BigDecimal("10.01"), CostSplitter.Basis.QUANTITY, recipients))
                .containsExactly(new BigDecimal("2.50"), new BigDecimal("2.50"), new BigDecimal("5.01"));
        assertThat(CostSplitter.split(new BigDecimal("100.00"), CostSplitter.Basis.EQUAL, recipients))
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @Test
    void freeGoodsShareACostByValueEqually() {
        List<CostSplitter.Recipient> recipients = List.of(
                new CostSplitter.Recipient(a, new BigDecimal("0.00"), new BigDecimal("1")),
                new CostSplitter.Recipient(b, new BigDecimal("0.00"), new BigDecimal("3")));
        assertThat(CostSplitter.split(new BigDecimal("5.00"), CostSplitter.Basis.VALUE, recipients))
                .containsExactly(new BigDecimal("2.50"), new BigDecimal("2.50"));
    }
}
