package org.vivres.fiscal.seal;

import java.util.List;
import java.util.Map;

/**
 * A sealed record as its canonical text sees it: a type ({@code TICKET}, {@code Z}, {@code CLOSING}, {@code EVENT}),
 * an id, its fields as text (as PostgreSQL prints them: the database's own numbers and instants, so that the kernel
 * and an archive's CSV give the same text) and rows of children by kind ({@code line}, {@code vat}, {@code payment},
 * {@code movement}). A {@code null} value is an absent value.
 */
public record FiscalRecord(String type, String id, Map<String, String> fields,
        Map<String, List<Map<String, String>>> children) {
    public FiscalRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        children = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(children));
    }
}
