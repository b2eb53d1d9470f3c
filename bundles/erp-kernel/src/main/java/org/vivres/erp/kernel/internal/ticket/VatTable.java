package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ticket's VAT table (prices include VAT): per rate, the lines' total, the VAT it includes and the base without
 * it. The VAT is computed once per rate on the total, not per line, as the law's receipts show it:
 * {@code vat = round(total × rate / (100 + rate))} half-up to the cent, {@code base = total − vat}. A return has
 * negative totals and the same rule, half-up meaning away from zero, so that a return of a whole sale gives back
 * exactly its VAT. Pure functions only.
 */
public final class VatTable {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VatTable() {
    }

    /** One rate of the table: all at scale 2, {@code base + vat = total}. */
    public record Row(BigDecimal rate, BigDecimal base, BigDecimal vat, BigDecimal total) {
    }

    /** A line as the table sees it: its rate in percent and the amount charged for it, VAT included. */
    public record Amount(BigDecimal rate, BigDecimal amount) {
    }

    /** The rows of {@code lines}, by increasing rate; every rate a line has appears, even at a zero total. */
    public static List<Row> of(List<Amount> lines) {
        Map<BigDecimal, BigDecimal> totals = new TreeMap<>();
        for (Amount line : lines) {
            totals.merge(line.rate().setScale(2, RoundingMode.HALF_UP), line.amount(), BigDecimal::add);
        }
        return totals.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    /** The row of {@code total} (VAT included) at {@code rate} percent. */
    public static Row row(BigDecimal rate, BigDecimal total) {
        BigDecimal incl = total.setScale(2, RoundingMode.HALF_UP);
        BigDecimal r = rate.setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat = incl.multiply(r).divide(HUNDRED.add(r), 2, RoundingMode.HALF_UP);
        return new Row(r, incl.subtract(vat), vat, incl);
    }

    /** Rows of several tickets or sessions added per rate (for a Z or a closing: sums of stored rows). */
    public static List<Row> sum(List<Row> rows) {
        Map<BigDecimal, Row> byRate = new TreeMap<>();
        for (Row row : rows) {
            byRate.merge(row.rate(), row, (a, b) -> new Row(a.rate(), a.base().add(b.base()), a.vat().add(b.vat()),
                    a.total().add(b.total())));
        }
        return List.copyOf(byRate.values());
    }
}
