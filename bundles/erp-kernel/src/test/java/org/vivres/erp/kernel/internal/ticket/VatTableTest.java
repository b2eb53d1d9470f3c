package org.vivres.erp.kernel.internal.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VatTableTest {

    private static VatTable.Amount line(String rate, String amount) {
        return new VatTable.Amount(new BigDecimal(rate), new BigDecimal(amount));
    }

    private static VatTable.Row row(String rate, String base, String vat, String total) {
        return new VatTable.Row(new BigDecimal(rate), new BigDecimal(base), new BigDecimal(vat), new BigDecimal(total));
    }

    @Test
    void theVatIsIncludedInThePriceAndComputedOnTheRatesTotal() {
        // 10.55 × 5.5 / 105.5 = 0.55 exactly
        assertThat(VatTable.row(new BigDecimal("5.5"), new BigDecimal("10.55"))).isEqualTo(row("5.50", "10.00", "0.55",
                "10.55"));
        // 12.00 × 20 / 120 = 2.00
        assertThat(VatTable.row(new BigDecimal("20"), new BigDecimal("12"))).isEqualTo(row("20.00", "10.00", "2.00",
                "12.00"));
        // per rate, not per line: 3 × 0.03 at 20 % is 0.09 → 0.015 → 0.02, where three lines would give 3 × 0.01
        assertThat(VatTable.of(List.of(line("20", "0.03"), line("20", "0.03"), line("20", "0.03"))))
                .containsExactly(row("20.00", "0.07", "0.02", "0.09"));
    }

    @Test
    void halfACentRoundsUpAwayFromZeroOnSalesAndReturns() {
        // 0.03 × 20 / 120 = 0.005 exactly: half-up gives 0.01 (half-even and half-down would give 0)
        assertThat(VatTable.row(new BigDecimal("20"), new BigDecimal("0.03"))).isEqualTo(row("20.00", "0.02", "0.01",
                "0.03"));
        // a return of it gives back exactly what was collected
        assertThat(VatTable.row(new BigDecimal("20"), new BigDecimal("-0.03"))).isEqualTo(row("20.00", "-0.02",
                "-0.01", "-0.03"));
        // just below half: 0.02 × 20 / 120 = 0.00333 → 0
        assertThat(VatTable.row(new BigDecimal("20"), new BigDecimal("0.02")).vat()).isEqualByComparingTo("0.00");
        // just above half: 0.04 × 20 / 120 = 0.00667 → 0.01, and on a return -0.01
        assertThat(VatTable.row(new BigDecimal("20"), new BigDecimal("-0.04")).vat()).isEqualByComparingTo("-0.01");
        // 1.99 × 5.5 / 105.5 = 0.10374 → 0.10
        assertThat(VatTable.row(new BigDecimal("5.5"), new BigDecimal("1.99"))).isEqualTo(row("5.50", "1.89", "0.10",
                "1.99"));
    }

    @Test
    void severalRatesAreListedByIncreasingRateEvenAtAZeroTotal() {
        List<VatTable.Row> rows = VatTable.of(List.of(line("20", "6.00"), line("5.5", "2.11"), line("0", "3.00"),
                line("5.50", "-2.11"), line("20", "6.00"), line("10", "0.00")));
        assertThat(rows).containsExactly(row("0.00", "3.00", "0.00", "3.00"), row("5.50", "0.00", "0.00", "0.00"),
                row("10.00", "0.00", "0.00", "0.00"), row("20.00", "10.00", "2.00", "12.00"));
        assertThat(VatTable.of(List.of())).isEmpty();
    }

    @Test
    void aMixedTicketWithAReturnedLineNetsPerRate() {
        // a sale of 7.50 and the return of 2.50 at the same rate in one table: VAT on the net 5.00
        assertThat(VatTable.of(List.of(line("5.5", "7.50"), line("5.5", "-2.50"))))
                .containsExactly(row("5.50", "4.74", "0.26", "5.00"));
    }

    @Test
    void rowsOfSeveralTicketsAddUpPerRate() {
        List<VatTable.Row> summed = VatTable.sum(List.of(row("20.00", "0.02", "0.01", "0.03"),
                row("5.50", "10.00", "0.55", "10.55"), row("20.00", "0.02", "0.01", "0.03"),
                row("20.00", "-0.02", "-0.01", "-0.03")));
        assertThat(summed).containsExactly(row("5.50", "10.00", "0.55", "10.55"), row("20.00", "0.02", "0.01",
                "0.03"));
    }
}
