package org.vivres.erp.api.ticket;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the price rules remember while one ticket is priced: a rule reads what does not change from one line to the
 * next (the household's assignment, its month-to-date, the store's offers) once per ticket instead of once per line.
 * The memo lives as long as the pricing of one ticket, inside its transaction, and is used by one thread.
 *
 * <p>Keys are compared with {@code equals}; a rule keys its values with a type of its own (a private record or
 * enum) so that two rules never read each other's values. {@code null} values are remembered too.
 */
public final class PricingMemo {
    private final Map<Object, Object> values = new HashMap<>();

    /**
     * The value remembered under {@code key}, computed by {@code compute} the first time it is asked for.
     *
     * @param <T>     the value's type, the same for every call with this key
     * @param key     the value's key, of a type private to the rule
     * @param compute computes the value (it may read the database) when it is not remembered yet
     * @return the remembered value, possibly {@code null}
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (values.containsKey(key)) {
            return (T) values.get(key);
        }
        // not computeIfAbsent: compute may itself ask the memo for another value
        T value = compute.get();
        values.put(key, value);
        return value;
    }
}
