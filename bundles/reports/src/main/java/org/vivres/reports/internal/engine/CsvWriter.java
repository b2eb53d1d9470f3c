package org.vivres.reports.internal.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import org.vivres.erp.api.report.ReportData;

/**
 * A report's rows as CSV (RFC 4180): UTF-8 without byte order mark, a header row of the column names,
 * {@code ,} separators, CRLF line ends, a field quoted with {@code "} (doubled inside) only when it
 * holds a comma, a quote or a line break. Values are machine-readable, not French: decimals with
 * {@code .} ({@code 1234.56}), dates and instants in ISO-8601, empty for null. Spreadsheet formulas are
 * defused: a text starting with {@code = + - @} or a tab gets a leading {@code '} (numbers stay as they are).
 */
public final class CsvWriter {
    private static final String CRLF = "\r\n";

    private CsvWriter() {
    }

    /** The CSV of {@code data}'s rows, in {@code data.columns()} order. */
    public static byte[] write(ReportData data) {
        StringBuilder csv = new StringBuilder();
        line(csv, data.columns().stream().map(CsvWriter::field).toList());
        for (Map<String, Object> row : data.rows()) {
            line(csv, data.columns().stream().map(c -> field(value(row.get(c)))).toList());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields)).append(CRLF);
    }

    /** The text of one value before quoting. */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return defused(value.toString());
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** RFC 4180 quoting. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
