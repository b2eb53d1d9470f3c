package org.vivres.erp.kernel.internal.dal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of {@link Rows}' inserts: the columns bound as single values first ({@code cast(? as type)}), then the
 * others as arrays of their own types, unnested into rows.
 */
final class InsertSql {
    private InsertSql() {
    }

    /** The insert of {@code all} into {@code table}: from arrays unnested when {@code several} rows are written. */
    static <T> String of(String table, List<Rows.Column<T>> all, boolean[] single, boolean several) {
        return "insert into " + table + " (" + names(all, single) + ") select " + selected(all, single)
                + (several ? " from unnest(" + arrays(all, single) + ") u" : "");
    }

    /** The insert of one row of {@code all} with {@code drawn} from {@code source} (see {@link Rows#insertDrawing}). */
    static <T> String drawing(String table, List<Rows.Column<T>> all, String drawn, String source) {
        boolean[] single = new boolean[all.size()];
        Arrays.fill(single, true);
        return "insert into " + table + " (" + names(all, single) + ", " + drawn + ") select " + selected(all, single)
                + ", d." + drawn + " from (" + source + ") d returning " + drawn;
    }

    /** The variant of a statement that binds the columns {@code single} says as single values. */
    static String key(boolean[] single) {
        StringBuilder key = new StringBuilder(single.length);
        for (boolean b : single) {
            key.append(b ? '1' : '0');
        }
        return key.toString();
    }

    /** The column names, the single-valued first, in the order {@link #selected} gives their values. */
    private static <T> String names(List<Rows.Column<T>> all, boolean[] single) {
        return String.join(", ", ordered(all, single).stream().map(Rows.Column::name).toList());
    }

    private static <T> String selected(List<Rows.Column<T>> all, boolean[] single) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (single[i]) {
                values.add("cast(? as " + all.get(i).type() + ")");
            }
        }
        if (values.size() < all.size()) {
            values.add("u.*");
        }
        return String.join(", ", values);
    }

    private static <T> String arrays(List<Rows.Column<T>> all, boolean[] single) {
        List<String> arrays = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!single[i]) {
                arrays.add("?"); // typed by its array's own type: PostgreSQL reads each element as that type
            }
        }
        return String.join(", ", arrays);
    }

    private static <T> List<Rows.Column<T>> ordered(List<Rows.Column<T>> all, boolean[] single) {
        List<Rows.Column<T>> ordered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (single[i]) {
                ordered.add(all.get(i));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (!single[i]) {
                ordered.add(all.get(i));
            }
        }
        return ordered;
    }
}
