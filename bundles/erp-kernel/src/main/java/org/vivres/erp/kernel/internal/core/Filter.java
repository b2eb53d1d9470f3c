package org.vivres.erp.kernel.internal.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An HQL condition on alias {@code e} made of the filters a request gave, with their named parameters. */
public final class Filter {
    private final StringBuilder where = new StringBuilder("1=1");
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is present. */
    public Filter and(Optional<?> value, String condition, String name) {
        value.ifPresent(v -> {
            where.append(" and ").append(condition);
            params.put(name, v);
        });
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
