package org.vivres.erp.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as people type it in a search box: without accents, ligatures or capitals, so that {@code oeuf} finds
 * « Œufs » and {@code ecreme} finds « Lait écrémé ». Kept beside what it describes (a product's search key) and
 * applied to the query, so the database compares folded text with an index.
 *
 * @since 1.4
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** {@code text} lower-cased, accents removed, œ æ ß spelt out; {@code null} stays {@code null}. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
