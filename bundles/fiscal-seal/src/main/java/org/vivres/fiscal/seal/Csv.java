package org.vivres.fiscal.seal;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain CSV of archives (RFC 4180: comma, CRLF, quotes doubled; every value quoted so that a text never reads
 * as a number). An absent value is written as an empty unquoted field, an empty text as {@code ""}: a spreadsheet
 * shows both as empty, the checker tells them apart.
 */
public final class Csv {
    private Csv() {
    }

    /** One CSV line (with its CRLF) of {@code values}. */
    public static String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            if (v != null) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            }
        }
        return out.append("\r\n").toString();
    }

    /** The rows of a CSV text, each a list of values ({@code null} for an absent one). */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
                quoted = true;
            } else if (c == ',' || c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(quoted ? value.toString() : value.isEmpty() ? null : value.toString());
                value.setLength(0);
                quoted = false;
                if (c != ',') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                value.append(c);
            }
            i++;
        }
        if (inQuotes) {
            throw new IllegalArgumentException("CSV: quote not closed");
        }
        if (!row.isEmpty() || quoted || !value.isEmpty()) {
            row.add(quoted ? value.toString() : value.isEmpty() ? null : value.toString());
            rows.add(row);
        }
        return rows;
    }
}
