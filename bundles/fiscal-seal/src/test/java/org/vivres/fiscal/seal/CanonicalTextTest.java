package org.vivres.fiscal.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {
    private static FiscalRecord ticket(String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("total", amount);
        fields.put("number", "T00000001");
        fields.put("household", null);
        Map<String, String> line = new LinkedHashMap<>();
        line.put("line_amount", amount);
        line.put("label", "Pommes | bio\nlocal");
        line.put("line_no", "1");
        return new FiscalRecord("TICKET", "id-1", fields, Map.of("line", List.of(line),
                "payment", List.of(Map.of("method", "CASH", "amount", amount))));
    }

    @Test
    void theTextIsDocumentedSortedAndEscaped() {
        assertThat(CanonicalText.of(ticket("2.50"))).isEqualTo("""
                vivres-seal/1
                TICKET id-1
                household=\\0
                number=T00000001
                total=2.50
                line|label=Pommes \\p bio\\nlocal|line_amount=2.50|line_no=1
                payment|amount=2.50|method=CASH
                """);
    }

    @Test
    void theTextDoesNotDependOnTheOrderFieldsAndRowsCameIn() {
        FiscalRecord a = ticket("1.00");
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(a.fields().keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, a.fields().get(k)));
        FiscalRecord b = new FiscalRecord("TICKET", "id-1", reversed, Map.of("payment", a.children().get("payment"),
                "line", a.children().get("line")));
        assertThat(CanonicalText.of(b)).isEqualTo(CanonicalText.of(a));
    }

    @Test
    void theHashDependsOnChainPlacePredecessorAndText() {
        String text = CanonicalText.of(ticket("1.00"));
        String h = CanonicalText.hash("TILL-1", 1, CanonicalText.GENESIS, text);
        assertThat(h).hasSize(64).matches("[0-9a-f]+");
        assertThat(CanonicalText.hash("TILL-1", 1, CanonicalText.GENESIS, text)).isEqualTo(h);
        assertThat(CanonicalText.hash("TILL-2", 1, CanonicalText.GENESIS, text)).isNotEqualTo(h);
        assertThat(CanonicalText.hash("TILL-1", 2, CanonicalText.GENESIS, text)).isNotEqualTo(h);
        assertThat(CanonicalText.hash("TILL-1", 1, h, text)).isNotEqualTo(h);
        assertThat(CanonicalText.hash("TILL-1", 1, CanonicalText.GENESIS, CanonicalText.of(ticket("1.01"))))
                .isNotEqualTo(h);
    }

    @Test
    void aDifferenceIsNamedByItsField() {
        assertThat(CanonicalText.firstDifference(CanonicalText.of(ticket("1.00")), CanonicalText.of(ticket("1.00"))))
                .isNull();
        FiscalRecord changed = new FiscalRecord("TICKET", "id-1", ticket("1.00").fields(), Map.of(
                "line", ticket("9.00").children().get("line"), "payment", ticket("1.00").children().get("payment")));
        assertThat(CanonicalText.firstDifference(CanonicalText.of(ticket("1.00")), CanonicalText.of(changed)))
                .isEqualTo("line.line_amount");
        assertThat(CanonicalText.firstDifference(CanonicalText.of(ticket("1.00")), CanonicalText.of(ticket("2.00"))))
                .isEqualTo("total");
    }

    @Test
    void csvKeepsAbsentEmptyQuotesCommasAndLineBreaks() {
        List<String> row = new ArrayList<>(List.of("a,b", "say \"hi\"", "", "two\r\nlines"));
        row.add(1, null);
        String text = Csv.line(List.of("id", "x", "y", "z", "w")) + Csv.line(row);
        assertThat(Csv.parse(text)).containsExactly(List.of("id", "x", "y", "z", "w"), row);
    }

    @Test
    void aChainNamesItsFirstFault() {
        FiscalRecord r1 = ticket("1.00");
        FiscalRecord r2 = ticket("2.00");
        String t1 = CanonicalText.of(r1);
        String t2 = CanonicalText.of(r2);
        String h1 = CanonicalText.hash("C", 1, CanonicalText.GENESIS, t1);
        String h2 = CanonicalText.hash("C", 2, h1, t2);
        SealRow s1 = new SealRow("C", 1, "TICKET", "1", h1, CanonicalText.GENESIS, t1);
        SealRow s2 = new SealRow("C", 2, "TICKET", "2", h2, h1, t2);
        Map<String, FiscalRecord> records = new java.util.HashMap<>(Map.of("1", r1, "2", r2));
        assertThat(ChainCheck.check(List.of(s1, s2), 1, CanonicalText.GENESIS, s -> records.get(s.recordId())))
                .isNull();
        assertThat(ChainCheck.check(List.of(s2), 1, CanonicalText.GENESIS, s -> records.get(s.recordId())))
                .isEqualTo(new ChainCheck.Broken("C", 1, "MISSING"));
        assertThat(ChainCheck.check(List.of(new SealRow("C", 1, "TICKET", "2", h2, h1, t2),
                new SealRow("C", 2, "TICKET", "1", h1, CanonicalText.GENESIS, t1)), 1, CanonicalText.GENESIS,
                s -> records.get(s.recordId()))).isEqualTo(new ChainCheck.Broken("C", 1, "REORDERED"));
        records.put("2", ticket("2.01"));
        assertThat(ChainCheck.check(List.of(s1, s2), 1, CanonicalText.GENESIS, s -> records.get(s.recordId())))
                .isEqualTo(new ChainCheck.Broken("C", 2, "CHANGED total"));
        records.remove("2");
        assertThat(ChainCheck.check(List.of(s1, s2), 1, CanonicalText.GENESIS, s -> records.get(s.recordId())))
                .isEqualTo(new ChainCheck.Broken("C", 2, "RECORD_DELETED"));
    }
}
