package org.vivres.erp.kernel.internal.dal;

import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.vivres.erp.api.ReferenceCache;

/**
 * The kernel's {@link ReferenceCache}: one map per bundle that uses it (a bundle-scoped service: an updated bundle
 * gets a new, empty one, so values made of its old classes are never handed to its new ones, and a stopped bundle's
 * values go with it), each value kept with the versions of its tables it was read at. The versions are read once per
 * transaction ({@code erp_reference_version}, a row per tracked table), for every bundle's cache.
 */
@Component(service = ReferenceCache.class, scope = ServiceScope.BUNDLE)
public final class ReferenceCacheImpl implements ReferenceCache {
    /** Beyond this many values the map starts again empty: a bound on memory, not an eviction policy. */
    static final int MAX_ENTRIES = 100_000;
    private static final Object VERSIONS = new Object();

    private final SessionHolder sessions;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    private record Key(String name, Object key) {
    }

    private record Entry(List<Long> versions, Object value) {
    }

    @Activate
    public ReferenceCacheImpl(@Reference SessionHolder sessions) {
        this.sessions = sessions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(String name, Object key, List<String> tables, Supplier<V> load) {
        List<Long> now = versions(tables);
        Key k = new Key(name, key);
        Entry e = entries.get(k);
        if (e != null && e.versions().equals(now)) {
            return (V) e.value();
        }
        V value = load.get();
        put(k, new Entry(now, value));
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getAll(String name, Collection<K> keys, List<String> tables,
            Function<Set<K>, Map<K, V>> load) {
        List<Long> now = versions(tables);
        Map<K, V> found = new LinkedHashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K key : keys) {
            Entry e = entries.get(new Key(name, key));
            if (e != null && e.versions().equals(now)) {
                found.put(key, (V) e.value());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> read = load.apply(missing);
            for (K key : missing) {
                if (read.containsKey(key)) {
                    put(new Key(name, key), new Entry(now, read.get(key)));
                    found.put(key, read.get(key));
                }
            }
        }
        return found;
    }

    private void put(Key key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
    }

    private List<Long> versions(List<String> tables) {
        Map<String, Long> all = sessions.memo(VERSIONS, this::readVersions);
        List<Long> versions = new ArrayList<>(tables.size());
        for (String table : tables) {
            Long v = all.get(table);
            if (v == null) {
                throw new IllegalStateException("Table " + table
                        + " is not tracked: its migration must call erp_reference_track('" + table + "')");
            }
            versions.add(v);
        }
        return versions;
    }

    private Map<String, Long> readVersions() {
        return sessions.current().doReturningWork(c -> {
            Map<String, Long> read = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select table_name, version from erp_reference_version");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    read.put(rs.getString(1), rs.getLong(2));
                }
            }
            return read;
        });
    }
}
