package org.vivres.erp.kernel.internal.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;

class ClosingPeriodTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void periodsAreParsedPerKind() {
        assertThat(ClosingPeriod.parse("DAY", "2026-12-07")).isEqualTo(new ClosingPeriod("DAY", "2026-12-07",
                TODAY, TODAY));
        assertThat(ClosingPeriod.parse("MONTH", "2026-02")).isEqualTo(new ClosingPeriod("MONTH", "2026-02",
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
        assertThat(ClosingPeriod.parse("YEAR", "2026")).isEqualTo(new ClosingPeriod("YEAR", "2026",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
        for (String[] bad : new String[][] {{"DAY", "2026-12"}, {"MONTH", "2026-13"}, {"YEAR", "26"},
            {"YEAR", "2026-01"}, {"DAY", "2026-02-30"}, {"MONTH", "2026"}}) {
            assertThatThrownBy(() -> ClosingPeriod.parse(bad[0], bad[1])).isInstanceOfSatisfying(ErpException.class,
                    e -> assertThat(e.code()).isEqualTo("INVALID_PERIOD"));
        }
    }

    @Test
    void aDayIsOverFromItselfAMonthOrAYearOnlyAfterItsLastDay() {
        assertThat(ClosingPeriod.parse("DAY", "2026-12-07").isOver(TODAY)).isTrue();
        assertThat(ClosingPeriod.parse("DAY", "2026-12-08").isOver(TODAY)).isFalse();
        assertThat(ClosingPeriod.parse("MONTH", "2026-12").isOver(TODAY)).isFalse();
        assertThat(ClosingPeriod.parse("MONTH", "2026-11").isOver(TODAY)).isTrue();
        assertThat(ClosingPeriod.parse("MONTH", "2026-11").isOver(LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(ClosingPeriod.parse("MONTH", "2026-11").isOver(LocalDate.parse("2026-12-01"))).isTrue();
        assertThat(ClosingPeriod.parse("YEAR", "2026").isOver(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(ClosingPeriod.parse("YEAR", "2026").isOver(LocalDate.parse("2027-01-01"))).isTrue();
    }

    @Test
    void aMonthNeedsItsDaysWithSalesClosedAndAYearItsMonths() {
        ClosingPeriod november = ClosingPeriod.parse("MONTH", "2026-11");
        List<LocalDate> sales = List.of(LocalDate.parse("2026-11-03"), LocalDate.parse("2026-10-31"),
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-01"));
        assertThat(november.smallerKind()).contains("DAY");
        assertThat(november.firstUnclosed(sales, List.of())).contains("2026-11-02");
        assertThat(november.firstUnclosed(sales, List.of("2026-11-02"))).contains("2026-11-03");
        assertThat(november.firstUnclosed(sales, List.of("2026-11-02", "2026-11-03"))).isEmpty();
        ClosingPeriod year = ClosingPeriod.parse("YEAR", "2026");
        assertThat(year.smallerKind()).contains("MONTH");
        assertThat(year.firstUnclosed(sales, List.of("2026-11"))).contains("2026-10");
        assertThat(year.firstUnclosed(sales, List.of("2026-10", "2026-11"))).contains("2026-12");
        assertThat(ClosingPeriod.parse("DAY", "2026-12-07").smallerKind()).isEmpty();
    }

    @Test
    void thePeriodTotalRunsFromTheStartOfTheEnclosingPeriod() {
        assertThat(ClosingPeriod.parse("DAY", "2026-12-07").periodTotalFrom()).isEqualTo("2026-12-01");
        assertThat(ClosingPeriod.parse("MONTH", "2026-12").periodTotalFrom()).isEqualTo("2026-01-01");
        assertThat(ClosingPeriod.parse("YEAR", "2026").periodTotalFrom()).isEqualTo("2026-01-01");
    }
}
