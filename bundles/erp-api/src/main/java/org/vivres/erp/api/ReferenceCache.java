package org.vivres.erp.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a checkout reads again and again and a back office seldom changes (the catalogue, a store's offers, a tier,
 * the fund's conventions), kept in this node's memory and served while none of the tables it was read from has
 * changed. Registered by the kernel.
 *
 * <p>A table is tracked by its bundle's migration, {@code select erp_reference_track('my_table');}: every change to
 * it, through the application or by hand, then draws a new version from a sequence, in the changing transaction.
 * A transaction reads the versions once, at its first cached read, and a value is served only if it was read at the
 * very versions the transaction sees. A version is never drawn twice, so a value read inside a transaction that
 * rolled back is never served; a value is never older than what the transaction would have read itself. Naming a
 * table that no migration tracks is a programming error ({@link IllegalStateException}).
 *
 * <p>Values are shared by every thread of the node: make them immutable (records, copies), never entities of the
 * session that loaded them. Each bundle has a cache of its own (a bundle-scoped service): an updated bundle starts
 * with an empty one, and never meets values made of its previous revision's classes. A transaction that writes a tracked table and then reads it through here does not see
 * its own change (its versions were read before): checkouts only read these tables.
 *
 * @since 1.7
 */
@ProviderType
public interface ReferenceCache {

    /**
     * The value {@code load} gives, read in the current transaction when {@code name}/{@code key} is not in memory at
     * the current versions of {@code tables}.
     *
     * @param name what the value is, unique to the caller (say {@code "pricing.assignments"})
     * @param key what it is for (a household's id, a store's); an equal key is the same value
     * @param tables the tracked tables the value is made of
     * @param load reads the value; may answer {@code null} (kept as such)
     */
    <V> V get(String name, Object key, List<String> tables, Supplier<V> load);

    /**
     * The values of {@code keys}, with {@code load} reading those not in memory at the current versions of
     * {@code tables} in one go. A key {@code load} leaves out is absent from the answer and read again next time.
     */
    <K, V> Map<K, V> getAll(String name, Collection<K> keys, List<String> tables,
            Function<Set<K>, Map<K, V>> load);
}
