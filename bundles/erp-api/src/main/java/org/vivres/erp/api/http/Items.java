package org.vivres.erp.api.http;

import java.util.List;

/** The list envelope of API.md: {@code {"items": [...]}}. */
public record Items<T>(List<T> items) {
    public Items {
        items = List.copyOf(items);
    }

    public static <T> Items<T> of(List<T> items) {
        return new Items<>(items);
    }
}
