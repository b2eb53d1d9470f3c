package org.vivres.erp.kernel.internal.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptHeaderTest {

    @Test
    void ratesAreCodedAThenBByIncreasingRateWhateverTheirOrderOrScale() {
        assertThat(ReceiptHeader.codes(List.of(new BigDecimal("20"), new BigDecimal("5.5"), new BigDecimal("5.50"),
                BigDecimal.ZERO))).containsExactly(java.util.Map.entry(new BigDecimal("0.00"), "A"),
                        java.util.Map.entry(new BigDecimal("5.50"), "B"), java.util.Map.entry(new BigDecimal("20.00"),
                                "C"));
    }

    @Test
    void theVatTableRowsCarryTheirCode() {
        List<VatTable.Row> rows = VatTable.of(List.of(new VatTable.Amount(new BigDecimal("20"), new BigDecimal("2.40")),
                new VatTable.Amount(new BigDecimal("5.5"), new BigDecimal("3.40"))));
        assertThat(ReceiptHeader.vatRows(rows)).extracting(m -> m.get("code") + " " + m.get("rate") + " "
                + m.get("base") + " " + m.get("vat")).containsExactly("A 5.50 3.22 0.18", "B 20.00 2.00 0.40");
    }
}
