package org.vivres.erp.kernel.internal.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vivres.erp.api.ErpTransactions;
import org.vivres.erp.api.persistence.PersistenceContribution;

/**
 * Owns the connection pool and the Hibernate session factory. Each {@link PersistenceContribution}
 * is migrated with Flyway when it appears, and the session factory is rebuilt (off the caller's
 * thread) with every contributed entity; requests hold a read lease so the swap never closes a
 * factory in use. A contribution migrated again is told {@code inService()} once a factory with it is in service.
 */
@Component(service = Persistence.class, immediate = true)
public final class Persistence {
    private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);
    /** The name of the kernel's own contribution ({@link CoreContribution}). */
    static final String CORE = "erp-kernel";

    private final BundleContext context;
    private final HikariDataSource dataSource;
    private final Migrator migrator;
    private final SessionFactoryBuilder builder = new SessionFactoryBuilder();
    private final Map<PersistenceContribution, Bundle> contributions = new ConcurrentHashMap<>();
    private final Map<String, String> contributionStates = new ConcurrentHashMap<>();
    private final Map<PersistenceContribution, Long> migrated = new ConcurrentHashMap<>();
    private final Set<PersistenceContribution> joining = ConcurrentHashMap.newKeySet();
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> new Thread(r, "vivres-persistence"));
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Runnable> onFirstReady = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterRebuild = new CopyOnWriteArrayList<>();
    private final AtomicInteger queuedWork = new AtomicInteger();
    private volatile SessionFactory factory;
    private volatile boolean ready;
    private volatile boolean rebuilding;
    private volatile boolean closed;

    @Activate
    public Persistence(BundleContext context) {
        this.context = context;
        this.dataSource = DatabasePool.create(DatabaseSettings.from(context));
        this.migrator = new Migrator(dataSource);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(PersistenceContribution contribution) {
        contributions.put(contribution, FrameworkUtil.getBundle(contribution.getClass()));
        scheduleRebuild();
    }

    void removeContribution(PersistenceContribution contribution) {
        contributions.remove(contribution);
        migrated.remove(contribution);
        joining.remove(contribution);
        contributionStates.remove(contribution.name());
        scheduleRebuild();
    }

    private void scheduleRebuild() {
        if (closed || context.getBundle(0).getState() == Bundle.STOPPING) {
            return;
        }
        if (rebuildPending.compareAndSet(false, true)) {
            rebuilds.execute(this::rebuild);
        }
    }

    private void rebuild() {
        rebuilding = true;
        rebuildPending.set(false);
        try {
            rebuildNow();
        } finally {
            rebuilding = false;
        }
    }

    private void rebuildNow() {
        if (closed) {
            return;
        }
        long start = System.nanoTime();
        List<PersistenceContribution> order = migrationOrder(contributions.keySet());
        if (order.isEmpty()) {
            // A capability bundle may register before the kernel's own contribution; its migrations need the core
            // tables, and the start-up work the core entities: wait for the core (its arrival schedules a rebuild).
            LOG.info("Waiting for the core contribution before migrating {}", contributionNames());
            return;
        }
        Map<PersistenceContribution, Bundle> migratedOk = new LinkedHashMap<>();
        for (PersistenceContribution contribution : order) {
            Bundle bundle = contributions.get(contribution);
            if (bundle != null && migrate(contribution, bundle)) {
                migratedOk.put(contribution, bundle);
            }
        }
        try {
            SessionFactory next = builder.build(dataSource, migratedOk);
            swap(next);
            if (!ready && migratedOk.keySet().stream().anyMatch(c -> CORE.equals(c.name()))) {
                onFirstReady.forEach(Persistence::runQuietly);
                ready = true;
            }
            if (ready) {
                tellJoined(migratedOk.keySet());
                afterRebuild.forEach(Persistence::runQuietly);
            }
            LOG.info("Session factory ready with {} contributions in {} ms", migratedOk.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Session factory build failed; keeping the previous one", e);
        }
    }

    private boolean migrate(PersistenceContribution contribution, Bundle bundle) {
        if (migrated.get(contribution) != null && migrated.get(contribution) == bundle.getLastModified()) {
            return true;
        }
        try {
            int applied = migrator.migrate(contribution, bundle);
            migrated.put(contribution, bundle.getLastModified());
            joining.add(contribution);
            contributionStates.put(contribution.name(), "UP");
            if (applied > 0) {
                LOG.info("{}: {} migrations applied", contribution.name(), applied);
            }
            return true;
        } catch (RuntimeException e) {
            // One bundle's broken migration must not take the others down.
            contributionStates.put(contribution.name(), "FAILED: " + e.getMessage());
            LOG.error("{}: migration failed, its entities are left out", contribution.name(), e);
            return false;
        }
    }

    /** Tells each contribution migrated since the last factory in service, and in this one, that it is in service. */
    private void tellJoined(Set<PersistenceContribution> inFactory) {
        inFactory.stream().filter(joining::remove).forEach(c -> runQuietly(() -> inTransaction(c::inService)));
    }

    /**
     * Runs {@code work} in a transaction of its own, as the system. The kernel's transactions are looked up, not
     * referenced: they need this component, and SCR refuses the circle a reference would close, even an optional one.
     */
    private void inTransaction(Runnable work) {
        ServiceReference<ErpTransactions> reference = context.getServiceReference(ErpTransactions.class);
        ErpTransactions transactions = reference == null ? null : context.getService(reference);
        if (transactions == null) {
            throw new IllegalStateException("the kernel's transactions are not in service");
        }
        try {
            transactions.inTransaction(() -> {
                work.run();
                return null;
            });
        } finally {
            context.ungetService(reference);
        }
    }

    private void swap(SessionFactory next) {
        lock.writeLock().lock();
        SessionFactory previous;
        try {
            previous = factory;
            factory = next;
        } finally {
            lock.writeLock().unlock();
        }
        if (previous != null) {
            previous.close();
        }
    }

    /** The kernel's own first (every bundle's tables may refer to the core's), then by name; none without the core. */
    static List<PersistenceContribution> migrationOrder(Collection<PersistenceContribution> present) {
        if (present.stream().noneMatch(c -> CORE.equals(c.name()))) {
            return List.of();
        }
        return present.stream()
                .sorted(Comparator.comparing((PersistenceContribution c) -> !CORE.equals(c.name()))
                        .thenComparing(PersistenceContribution::name))
                .toList();
    }

    /** A lease on the current session factory for one transaction; {@link NotReadyException} before the first. */
    public Lease lease() {
        lock.readLock().lock();
        SessionFactory current = factory;
        if (current == null) {
            lock.readLock().unlock();
            throw new NotReadyException();
        }
        return new Lease(current, lock.readLock()::unlock);
    }

    /** True once a session factory is in service and the start-up work has run. */
    public boolean isReady() {
        return ready && factory != null;
    }

    /** True when a bundle came or went since the factory was built: another rebuild is due. */
    public boolean isRebuildDue() {
        return rebuildPending.get();
    }

    /** {@link #isReady()} and no rebuild due: every bundle present is in service (what "Vivres ready" promises). */
    public boolean isUpToDate() {
        return isReady() && !rebuildPending.get() && !rebuilding && queuedWork.get() == 0;
    }

    /** Runs {@code work} on the rebuild thread after each rebuild (after the start-up work), before it is up to date. */
    public void afterEachRebuild(Runnable work) {
        afterRebuild.add(work);
    }

    /** Runs {@code work} on the rebuild thread after any rebuild under way; not up to date until it is done. */
    public void runOnRebuildThread(Runnable work) {
        if (closed) {
            return;
        }
        queuedWork.incrementAndGet();
        try {
            rebuilds.execute(() -> {
                try {
                    runQuietly(work);
                } finally {
                    queuedWork.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            queuedWork.decrementAndGet();
        }
    }

    /** Runs {@code work} once the first factory is in service (start-up data), before {@link #isReady()}; or now. */
    public void onFirstReady(Runnable work) {
        if (ready) {
            work.run();
        } else {
            onFirstReady.add(work);
        }
    }

    private static void runQuietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Start-up work failed", e);
        }
    }

    /** Each contribution's name and state ({@code UP}, {@code FAILED: ...}). */
    public Map<String, String> contributionStates() {
        return Map.copyOf(contributionStates);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Names of the contributions currently registered. */
    public List<String> contributionNames() {
        return contributions.keySet().stream().map(PersistenceContribution::name).sorted().toList();
    }

    @Deactivate
    void close() throws InterruptedException {
        closed = true;
        rebuilds.shutdown();
        rebuilds.awaitTermination(30, TimeUnit.SECONDS);
        swap(null);
        dataSource.close();
    }

    /** A session factory held for one transaction; closing releases it. */
    public record Lease(SessionFactory factory, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    /** Thrown while no session factory is in service yet. */
    public static final class NotReadyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotReadyException() {
            super("persistence is starting");
        }
    }
}
