package org.vivres.fiscal.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of a sealed record and its seal's hash. The format (version {@code vivres-seal/1}), one item a
 * line, lines separated by {@code \n}:
 * <pre>
 * vivres-seal/1
 * TYPE id
 * field=value                 every field, sorted by name
 * kind|field=value|field=value  every child row, fields sorted by name; the rows sorted as text
 * </pre>
 * A value is written with {@code \} as {@code \\}, a line feed as {@code \n}, a carriage return as {@code \r}, a
 * {@code |} as {@code \p}; an absent value is {@code \0}. Sorting makes the text independent of the order in which
 * a database or a CSV file hands the fields and rows.
 * <p>
 * The hash of a seal is the hex SHA-256 of the UTF-8 bytes of {@code chain \n sequence \n previous \n text}, where
 * {@code previous} is the hash of the chain's previous seal ({@link #GENESIS} for the first): changing, removing or
 * moving a record changes its hash or its successor's link.
 */
public final class CanonicalText {
    public static final String VERSION = "vivres-seal/1";
    /** The "previous hash" of a chain's first seal. */
    public static final String GENESIS = "0".repeat(64);

    private CanonicalText() {
    }

    /** The canonical text of {@code record}. */
    public static String of(FiscalRecord record) {
        StringBuilder text = new StringBuilder(VERSION).append('\n')
                .append(record.type()).append(' ').append(record.id()).append('\n');
        for (Map.Entry<String, String> field : new TreeMap<>(record.fields()).entrySet()) {
            text.append(field.getKey()).append('=').append(escape(field.getValue())).append('\n');
        }
        List<String> rows = new ArrayList<>();
        record.children().forEach((kind, list) -> {
            for (Map<String, String> row : list) {
                StringBuilder r = new StringBuilder(kind);
                new TreeMap<>(row).forEach((k, v) -> r.append('|').append(k).append('=').append(escape(v)));
                rows.add(r.toString());
            }
        });
        rows.sort(null);
        rows.forEach(r -> text.append(r).append('\n'));
        return text.toString();
    }

    /** The hash of the seal at {@code sequence} of {@code chain} over {@code text}, after {@code previous}. */
    public static String hash(String chain, long sequence, String previous, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String input = chain + '\n' + sequence + '\n' + previous + '\n' + text;
            return HexFormat.of().formatHex(sha.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What differs between two canonical texts of the same record: the name of the first field (or
     * {@code kind[row]} of the first child row) that is not the same, for a controller to look at.
     */
    public static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "";
            String y = i < b.length ? b[i] : "";
            if (!x.equals(y)) {
                return name(x.isEmpty() ? y : x, y.isEmpty() ? x : y);
            }
        }
        return null;
    }

    /** {@code field}, or {@code kind.field} for the first field two child rows of a kind differ by. */
    private static String name(String x, String y) {
        int bar = x.indexOf('|');
        int eq = x.indexOf('=');
        if (bar < 0 || eq >= 0 && eq < bar) {
            return eq >= 0 ? x.substring(0, eq) : x;
        }
        String[] a = x.split("\\|");
        String[] b = y.split("\\|");
        for (int i = 1; i < a.length; i++) {
            if (i >= b.length || !a[i].equals(b[i])) {
                int e = a[i].indexOf('=');
                return a[0] + "." + (e >= 0 ? a[i].substring(0, e) : a[i]);
            }
        }
        return a[0];
    }

    static String escape(String value) {
        if (value == null) {
            return "\\0";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '|' -> out.append("\\p");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
