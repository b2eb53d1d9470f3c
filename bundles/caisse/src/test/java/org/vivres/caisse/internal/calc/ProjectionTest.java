package org.vivres.caisse.internal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void monthlyNetIsAllowancesLessContributions() {
        // 3 members at 100 € who contribute 1 + 30 + 120 €.
        assertThat(Projection.monthlyNet(3, eur("100.00"), eur("151.00"))).isEqualByComparingTo("149.00");
        assertThat(Projection.monthlyNet(0, eur("100.00"), eur("0.00"))).isEqualByComparingTo("0.00");
        assertThat(Projection.monthlyNet(2, eur("100.00"), eur("250.00"))).isEqualByComparingTo("-50.00");
    }

    @Test
    void eachMonthAddsContributionsAndRemovesAllowancesFromAvailablePlusPending() {
        Projection.Result r = Projection.project(eur("1000.00"), eur("500.00"), 3, eur("100.00"), eur("60.00"),
                YearMonth.of(2026, 11), 3);
        assertThat(r.months()).hasSize(3);
        Projection.Month first = r.months().get(0);
        assertThat(first.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(first.opening()).isEqualByComparingTo("1500.00");
        assertThat(first.contributions()).isEqualByComparingTo("60.00");
        assertThat(first.allowances()).isEqualByComparingTo("300.00");
        assertThat(first.closing()).isEqualByComparingTo("1260.00");
        assertThat(r.months().get(1).opening()).isEqualTo(first.closing());
        assertThat(r.months().get(2).month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(r.months().get(2).closing()).isEqualByComparingTo("780.00");
        assertThat(first.closing().scale()).isEqualTo(2);
    }

    @Test
    void runwaysAreWholeMonthsRoundedDown() {
        // monthlyNet = 240: (1000 + 500) / 240 = 6.25 → 6; 1000 / 240 = 4.17 → 4.
        Projection.Result r = Projection.project(eur("1000.00"), eur("500.00"), 3, eur("100.00"), eur("60.00"),
                YearMonth.of(2026, 11), 12);
        assertThat(r.runwayMonths()).isEqualTo(6);
        assertThat(r.runwayMonthsSecuredOnly()).isEqualTo(4);
    }

    @Test
    void anExactMultipleCountsItsLastMonth() {
        assertThat(Projection.runway(eur("480.00"), eur("240.00"))).isEqualTo(2);
        assertThat(Projection.runway(eur("479.99"), eur("240.00"))).isEqualTo(1);
        assertThat(Projection.runway(eur("0.00"), eur("240.00"))).isZero();
    }

    @Test
    void noRunwayWhenMembersCostTheFundNothing() {
        Projection.Result r = Projection.project(eur("100.00"), eur("0.00"), 2, eur("100.00"), eur("200.00"),
                YearMonth.of(2026, 1), 2);
        assertThat(r.runwayMonths()).isNull();
        assertThat(r.runwayMonthsSecuredOnly()).isNull();
        assertThat(r.months().get(1).closing()).isEqualByComparingTo("100.00");
        assertThat(Projection.runway(eur("100.00"), eur("-1.00"))).isNull();
        assertThat(Projection.project(eur("100.00"), eur("0.00"), 0, eur("100.00"), eur("0.00"),
                YearMonth.of(2026, 1), 1).runwayMonths()).isNull();
    }

    @Test
    void anOverdrawnFundHasNoMonthLeftRatherThanANegativeRunway() {
        Projection.Result r = Projection.project(eur("-50.00"), eur("20.00"), 1, eur("100.00"), eur("1.00"),
                YearMonth.of(2026, 1), 1);
        assertThat(r.runwayMonths()).isZero();
        assertThat(r.runwayMonthsSecuredOnly()).isZero();
        assertThat(r.months().get(0).opening()).isEqualByComparingTo("-30.00");
    }

    @Test
    void zeroMonthsProjectsNothingButStillGivesTheRunway() {
        Projection.Result r = Projection.project(eur("990.00"), eur("0.00"), 10, eur("100.00"), eur("10.00"),
                YearMonth.of(2026, 1), 0);
        assertThat(r.months()).isEmpty();
        assertThat(r.runwayMonths()).isEqualTo(1);
    }
}
