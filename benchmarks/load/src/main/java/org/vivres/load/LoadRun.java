package org.vivres.load;

import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Tills posting checkouts as fast as they are answered (a closed loop: each till waits for its answer before the
 * next ticket), for a fixed time, on a fixed thread pool (one thread per till).
 */
public final class LoadRun {
    /** Status recorded when the server did not answer at all. */
    public static final int NO_ANSWER = -1;

    /** What a till posted and what came back, for callers that keep track (crash tests). */
    public interface Listener {
        void posted(UUID id, Map<String, Object> ticket, Network.Household household, int status);
    }

    /** The figures of one run. */
    public record Result(int tills, double seconds, long ok, Map<Integer, Long> errors, Histogram latencyMicros,
                         long generatorCpuNanos) {
        public double throughput() {
            return ok / seconds;
        }

        public double p50Millis() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        public double p99Millis() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }

        public double maxMillis() {
            return latencyMicros.getMaxValue() / 1000.0;
        }
    }

    private final Network network;
    private final TicketBook book;
    private final Map<String, LongAdder> acknowledged = new ConcurrentHashMap<>();
    // till index → the id of the store's till it rings on, opened once and kept open across runs
    private final Map<Integer, String> realTills = new ConcurrentHashMap<>();
    private boolean onRealTills;

    public LoadRun(Network network, TicketBook book) {
        this.network = network;
        this.book = book;
    }

    /**
     * Rings each simulated till's tickets on a till of its own, opened with a float, as a store's tills do (each till
     * then has its own seal chain); without it, tickets go to the store's till 0, one chain per store.
     */
    public LoadRun onRealTills() {
        this.onRealTills = true;
        return this;
    }

    /**
     * The till simulated till {@code index} rings on in {@code store} (null: the store's till 0, when not on real
     * tills), opened the first time it is asked for.
     */
    public String tillOf(int index, Network.Store store) {
        if (!onRealTills) {
            return null;
        }
        return realTills.computeIfAbsent(index, i -> {
            Http.Response till = network.admin().post("/api/tills", Map.of("organization", store.id(),
                    "name", "Charge " + i + " " + UUID.randomUUID().toString().substring(0, 8)));
            String id = till.text("id");
            Http.Response open = store.manager().post("/api/tills/" + id + "/sessions", Map.of("openingFloat", "0.00"));
            if (open.status() != 201) {
                throw new IllegalStateException("till " + i + " did not open: " + open);
            }
            return id;
        });
    }

    /** Counts a ticket of {@code household} accepted outside {@link #run} (they all pay from the caisse). */
    public void acknowledge(String household) {
        acknowledged.computeIfAbsent(household, k -> new LongAdder()).increment();
    }

    /** Tickets answered 2xx per household, over every run of this object. */
    public Map<String, Long> acknowledgedPerHousehold() {
        Map<String, Long> copy = new TreeMap<>();
        acknowledged.forEach((h, n) -> copy.put(h, n.sum()));
        return copy;
    }

    /** Runs {@code tills} tills for {@code duration}; till {@code i} is a cashier of store {@code i mod stores}. */
    public Result run(int tills, Duration duration, long seed, Listener listener) throws InterruptedException {
        List<Network.Store> stores = network.stores();
        ExecutorService pool = Executors.newFixedThreadPool(tills, r -> {
            Thread t = new Thread(r, "till-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Every till declared and opened before the clock starts, as a store's are before it opens: declared during
        // the run, each would be counted in it, and wait for (and hold up) the store's tickets in flight, since
        // declaring a till locks the store's row.
        List<String> tillIds = new ArrayList<>();
        for (int i = 0; i < tills; i++) {
            tillIds.add(tillOf(i, stores.get(i % stores.size())));
        }
        long deadline = System.nanoTime() + duration.toNanos();
        Map<Integer, LongAdder> errors = new ConcurrentHashMap<>();
        LongAdder generatorCpu = new LongAdder();
        List<Future<Histogram>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < tills; i++) {
            Network.Store store = stores.get(i % stores.size());
            Http cashier = store.cashiers().get((i / stores.size()) % store.cashiers().size());
            Random random = new Random(seed * 1000 + i);
            String till = tillIds.get(i);
            results.add(pool.submit(() -> {
                try {
                    return till(store, till, cashier, random, deadline, errors, listener);
                } finally {
                    generatorCpu.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
            }));
        }
        Histogram all = new Histogram(60_000_000L, 3);
        long ok = 0;
        for (Future<Histogram> f : results) {
            try {
                Histogram h = f.get();
                ok += h.getTotalCount();
                all.add(h);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a till failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        Map<Integer, Long> errorCounts = new TreeMap<>();
        errors.forEach((status, n) -> errorCounts.put(status, n.sum()));
        return new Result(tills, seconds, ok, errorCounts, all, generatorCpu.sum());
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Latencies of the 2xx answers of one till; errors counted by status. */
    private Histogram till(Network.Store store, String till, Http cashier, Random random, long deadline,
                           Map<Integer, LongAdder> errors, Listener listener) {
        Histogram latencies = new Histogram(60_000_000L, 3);
        List<TicketBook.Basket> baskets = book.baskets(store.id());
        while (System.nanoTime() < deadline) {
            Network.Household household = store.households().get(random.nextInt(store.households().size()));
            UUID id = new UUID(random.nextLong(), random.nextLong());
            Map<String, Object> ticket = TicketBook.ticket(id, store.id(), household.id(),
                    baskets.get(random.nextInt(baskets.size())));
            if (till != null) {
                ticket.put("till", till);
            }
            long t0 = System.nanoTime();
            int status;
            try {
                status = cashier.post("/api/tickets", ticket).status();
            } catch (UncheckedIOException e) {
                status = NO_ANSWER;
            }
            long micros = (System.nanoTime() - t0) / 1000;
            if (status == 200 || status == 201) {
                latencies.recordValue(Math.min(micros, 60_000_000L));
                acknowledge(household.id());
            } else {
                errors.computeIfAbsent(status, k -> new LongAdder()).increment();
            }
            if (listener != null) {
                listener.posted(id, ticket, household, status);
            }
        }
        return latencies;
    }
}
