package org.vivres.reports.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.report.ReportData;

/** RFC 4180 CSV of the rows, machine-readable values. */
class CsvWriterTest {

    private static String csv(List<String> columns, List<Map<String, Object>> rows) {
        return new String(CsvWriter.write(new ReportData(Map.of("ignored", "header"), columns, rows)), StandardCharsets.UTF_8);
    }

    @Test
    void headerRowThenOneLinePerRowWithCrlf() {
        Map<String, Object> row = new HashMap<>();
        row.put("date", LocalDate.of(2026, 12, 1));
        row.put("label", "Cotisation");
        row.put("amount", new BigDecimal("-1234.50"));
        row.put("balance", null);
        assertThat(csv(List.of("date", "label", "amount", "balance"), List.of(row)))
                .isEqualTo("date,label,amount,balance\r\n2026-12-01,Cotisation,-1234.50,\r\n");
    }

    @Test
    void quotesOnlyWhatNeedsItAndDoublesQuotes() {
        Map<String, Object> row = Map.of("a", "Pommes, poires", "b", "Le \"bio\"", "c", "deux\nlignes", "d", "Épicerie");
        assertThat(csv(List.of("a", "b", "c", "d"), List.of(row)))
                .isEqualTo("a,b,c,d\r\n\"Pommes, poires\",\"Le \"\"bio\"\"\",\"deux\nlignes\",Épicerie\r\n");
    }

    @Test
    void valuesAreNotLocalised() {
        Map<String, Object> row = Map.of("q", new BigDecimal("1.250"), "n", 12, "t",
                OffsetDateTime.parse("2026-12-01T10:15:00+01:00"), "big", new BigDecimal("1E+6"));
        assertThat(csv(List.of("q", "n", "t", "big"), List.of(row)))
                .isEqualTo("q,n,t,big\r\n1.250,12,2026-12-01T10:15+01:00,1000000\r\n");
    }

    @Test
    void spreadsheetFormulasAreDefusedButNegativeNumbersAreNot() {
        Map<String, Object> row = Map.of("a", "=HYPERLINK(\"x\")", "b", "+33 1", "c", "@SUM(A1)", "d", new BigDecimal("-3.40"));
        assertThat(csv(List.of("a", "b", "c", "d"), List.of(row)))
                .isEqualTo("a,b,c,d\r\n\"'=HYPERLINK(\"\"x\"\")\",'+33 1,'@SUM(A1),-3.40\r\n");
    }

    @Test
    void noRowsGiveTheHeaderAlone() {
        assertThat(csv(List.of("fund", "amount"), List.of())).isEqualTo("fund,amount\r\n");
    }
}
