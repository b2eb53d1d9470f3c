package org.vivres.erp.kernel.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    @Test
    void theHeaderChoosesTheSeparator() {
        assertThat(CsvRecords.separatorOf("sku;name\nA;1,5")).isEqualTo(';');
        assertThat(CsvRecords.separatorOf("sku,name\nA;B")).isEqualTo(',');
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksAndLinesAreNumbered() {
        List<CsvRecords.Row> rows = CsvRecords.read("sku;name\r\nA;\"Pommes; \"\"bio\"\"\"\r\n\r\nB;\"deux\nlignes\"\nC; Sel \n",
                ';');
        assertThat(rows).extracting(CsvRecords.Row::line).containsExactly(1, 2, 4, 6);
        assertThat(rows.get(1).fields()).containsExactly("A", "Pommes; \"bio\"");
        assertThat(rows.get(2).fields()).containsExactly("B", "deux\nlignes");
        assertThat(rows.get(3).fields()).containsExactly("C", "Sel");
    }

    @Test
    void anEmptyTextHasNoRecords() {
        assertThat(CsvRecords.read("", ',')).isEmpty();
        assertThat(CsvRecords.read("\n\n", ',')).isEmpty();
    }
}
