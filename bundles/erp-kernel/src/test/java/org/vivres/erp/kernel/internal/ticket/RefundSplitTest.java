package org.vivres.erp.kernel.internal.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a refund is shared between the cash and the card that paid a sale. */
class RefundSplitTest {

    private static BigDecimal e(String euros) {
        return new BigDecimal(euros);
    }

    @Test
    void aCardSaleIsRefundedToTheCard() {
        RefundSplit.Split s = RefundSplit.split(e("4.20"), Map.of("CARD", e("10.00")), Map.of());
        assertThat(s.shares()).containsExactlyEntriesOf(Map.of("CARD", e("4.20")));
        assertThat(s.rest()).isEqualByComparingTo("0");
    }

    @Test
    void aMixedSaleIsRefundedInProportionWithTheOddCentToTheLargestRemainder() {
        // 10.00 paid 3.00 cash + 7.00 card; 1.01 back: 0.303 and 0.707 → 0.30 + 0.71
        RefundSplit.Split s = RefundSplit.split(e("1.01"), Map.of("CASH", e("3.00"), "CARD", e("7.00")), Map.of());
        assertThat(s.shares()).containsEntry("CASH", e("0.30")).containsEntry("CARD", e("0.71"));
        assertThat(s.rest()).isEqualByComparingTo("0");
    }

    @Test
    void equalRemaindersGoByTheMethodsCodeSoTheSameReturnAlwaysSplitsTheSameWay() {
        RefundSplit.Split s = RefundSplit.split(e("0.01"), Map.of("CASH", e("5.00"), "CARD", e("5.00")), Map.of());
        assertThat(s.shares()).containsExactlyEntriesOf(Map.of("CARD", e("0.01")));
        for (int i = 0; i < 5; i++) {
            assertThat(RefundSplit.split(e("0.01"), Map.of("CASH", e("5.00"), "CARD", e("5.00")), Map.of()))
                    .isEqualTo(s);
        }
    }

    @Test
    void noMethodGetsBackMoreThanItPaidLessWhatEarlierReturnsGaveItTheOthersTakeTheRest() {
        // cash already had 2.50 of its 3.00 back: it can take 0.50, the card the rest
        RefundSplit.Split s = RefundSplit.split(e("4.00"), Map.of("CASH", e("3.00"), "CARD", e("7.00")),
                Map.of("CASH", e("2.50")));
        assertThat(s.shares()).containsEntry("CASH", e("0.50")).containsEntry("CARD", e("3.50"));
        assertThat(s.rest()).isEqualByComparingTo("0");
    }

    @Test
    void whatNoMethodCanTakeIsLeftOver() {
        RefundSplit.Split s = RefundSplit.split(e("5.00"), Map.of("CARD", e("4.00")), Map.of("CARD", e("1.00")));
        assertThat(s.shares()).containsExactlyEntriesOf(Map.of("CARD", e("3.00")));
        assertThat(s.rest()).isEqualByComparingTo("2.00");
        assertThat(RefundSplit.split(e("1.00"), Map.of(), Map.of()).rest()).isEqualByComparingTo("1.00");
    }

    @Test
    void aSaleReturnedInSeveralPartsGivesBackToEachMethodExactlyWhatItPaid() {
        // 3 × 3.33 = 9.99 paid 0.01 cash + 4.99 card + 4.99 cash... as two methods: cash 5.00, card 4.99
        Map<String, BigDecimal> paid = Map.of("CASH", e("5.00"), "CARD", e("4.99"));
        Map<String, BigDecimal> refunded = new HashMap<>();
        for (String part : List.of("3.33", "3.33", "3.33")) {
            RefundSplit.Split s = RefundSplit.split(e(part), paid, refunded);
            assertThat(s.rest()).isEqualByComparingTo("0");
            assertThat(s.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(part);
            s.shares().forEach((m, a) -> refunded.merge(m, a, BigDecimal::add));
        }
        assertThat(refunded.get("CASH")).isEqualByComparingTo("5.00");
        assertThat(refunded.get("CARD")).isEqualByComparingTo("4.99");
    }

    @Test
    void manySmallReturnsOfAnOddSaleNeverOverpayAMethodAndEndExactly() {
        Map<String, BigDecimal> paid = Map.of("CASH", e("0.07"), "CARD", e("12.34"));
        Map<String, BigDecimal> refunded = new HashMap<>();
        BigDecimal left = e("12.41");
        while (left.signum() > 0) {
            BigDecimal part = left.min(e("0.13"));
            RefundSplit.Split s = RefundSplit.split(part, paid, refunded);
            assertThat(s.rest()).isEqualByComparingTo("0");
            s.shares().forEach((m, a) -> refunded.merge(m, a, BigDecimal::add));
            refunded.forEach((m, a) -> assertThat(a).isLessThanOrEqualTo(paid.get(m)));
            left = left.subtract(part);
        }
        assertThat(refunded.get("CASH")).isEqualByComparingTo("0.07");
        assertThat(refunded.get("CARD")).isEqualByComparingTo("12.34");
    }

    @Test
    void theLargestAmountsTheApiAcceptsDoNotOverflow() {
        RefundSplit.Split s = RefundSplit.split(e("99999999.99"),
                Map.of("CASH", e("99999999.99"), "CARD", e("99999999.99")), Map.of());
        assertThat(s.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("99999999.99");
    }
}
