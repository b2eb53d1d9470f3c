package org.vivres.erp.kernel.internal.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, separators and line
 * breaks inside quotes), with the separator of the header line: {@code ;} (French spreadsheets, where the comma is
 * the decimal mark) when it has one, else {@code ,}.
 */
final class CsvRecords {
    private CsvRecords() {
    }

    /** A record and the line of the file it starts on (1 for the header). */
    record Row(int line, List<String> fields) {
    }

    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    static List<Row> read(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString().strip());
                field.setLength(0);
                add(rows, start, fields);
                fields = new ArrayList<>();
                start = ++line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        add(rows, start, fields);
        return rows;
    }

    /** Blank lines (a trailing line break, say) are no records. */
    private static void add(List<Row> rows, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isEmpty())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
