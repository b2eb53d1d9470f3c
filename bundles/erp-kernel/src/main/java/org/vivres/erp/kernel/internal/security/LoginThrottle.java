package org.vivres.erp.kernel.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing. Per name (a username, or whatever the caller keys on): the first
 * {@value #FREE_FAILURES} failures are free, then each further attempt waits twice as long as the previous one
 * (1 s, 2 s, 4 s ... up to 5 min); a success clears the name. Per client address: a bucket of failures that refills
 * slowly, so one address cannot try a few passwords on each of many names.
 * <p>
 * An attempt is reserved <em>before</em> the password is checked, under one lock: 100 parallel guesses get at most
 * the free attempts checked, the others are refused at once. Both tables are bounded; a flood of other names evicts
 * the least recently used names that are not locked, and never a locked one while an unlocked one can go.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    /**
     * @param names          names tracked before the least recently used unlocked one is forgotten (as many again
     *                       locked ones are kept apart)
     * @param addresses      client addresses tracked
     * @param addressBurst   failures an address may make in a row; 0: no limit per address
     * @param addressRefill  time for an address to get back one failure
     */
    record Limits(int names, int addresses, int addressBurst, Duration addressRefill) {
        static final Limits DEFAULT = new Limits(10_000, 10_000, 30, Duration.ofSeconds(10));
    }

    /** The outcome of {@link #reserve}: either refused for some seconds, or an attempt to report on. */
    final class Attempt {
        private final String name;
        private final String address;
        private final long refusedSeconds;
        private boolean reported;

        private Attempt(String name, String address, long refusedSeconds) {
            this.name = name;
            this.address = address;
            this.refusedSeconds = refusedSeconds;
        }

        /** Seconds to wait before trying again; 0 when the password may be checked now. */
        long refusedSeconds() {
            return refusedSeconds;
        }

        /** The password was right: the name's failures are forgotten, the address gets its failure back. */
        void succeeded() {
            report(Outcome.SUCCEEDED);
        }

        /** The password was wrong (or the name unknown): counted against the name and the address. */
        void failed() {
            report(Outcome.FAILED);
        }

        /** The check could not be made (the database was away): as if it had not been tried. */
        void abandoned() {
            report(Outcome.ABANDONED);
        }

        private void report(Outcome outcome) {
            if (refusedSeconds == 0 && !reported) {
                reported = true;
                ended(this, outcome);
            }
        }
    }

    private enum Outcome { SUCCEEDED, FAILED, ABANDONED }

    /** One name's failures; guarded by the throttle's lock. */
    private static final class Failures {
        int count;
        int pending;
        Instant notBefore = Instant.EPOCH;

        boolean idle(Instant now) {
            return pending == 0 && !now.isBefore(notBefore);
        }
    }

    /** One address's failures left, refilled as time passes; guarded by the throttle's lock. */
    private static final class Bucket {
        double left;
        Instant at;

        Bucket(double left, Instant at) {
            this.left = left;
            this.at = at;
        }
    }

    private final Clock clock;
    private final Limits limits;
    // Access order: iteration starts at the least recently used.
    private final LinkedHashMap<String, Failures> watched = new LinkedHashMap<>(64, 0.75f, true);
    private final LinkedHashMap<String, Failures> locked = new LinkedHashMap<>(64, 0.75f, true);
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    LoginThrottle(Clock clock) {
        this(clock, Limits.DEFAULT);
    }

    LoginThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Reserves one password check for {@code name} from {@code address} (null: no limit per address), or tells how
     * long to wait. A reserved attempt must be reported (succeeded, failed or abandoned).
     */
    synchronized Attempt reserve(String name, String address) {
        Instant now = clock.instant();
        String key = key(name);
        Failures f = find(key);
        long wait = f == null ? 0 : nameWait(f, now);
        Bucket bucket = address == null || limits.addressBurst() <= 0 ? null : bucket(address, now);
        if (bucket != null && bucket.left < 1) {
            double missing = (1 - bucket.left) * limits.addressRefill().toMillis();
            wait = Math.max(wait, seconds((long) Math.ceil(missing)));
        }
        if (wait > 0) {
            return new Attempt(key, address, wait);
        }
        if (f == null) {
            f = new Failures();
            put(watched, key, f, now);
        }
        f.pending++;
        if (bucket != null) {
            bucket.left -= 1;
        }
        return new Attempt(key, address, 0);
    }

    /** How many names are tracked (for tests of the bounds). */
    synchronized int trackedNames() {
        return watched.size() + locked.size();
    }

    private long nameWait(Failures f, Instant now) {
        if (now.isBefore(f.notBefore)) {
            return seconds(Duration.between(now, f.notBefore).toMillis());
        }
        // Checks already running use up the free failures (or the one attempt allowed after a wait).
        return f.pending >= Math.max(1, FREE_FAILURES - f.count) ? 1 : 0;
    }

    private synchronized void ended(Attempt attempt, Outcome outcome) {
        Instant now = clock.instant();
        Failures f = find(attempt.name);
        if (f != null && f.pending > 0) {
            f.pending--;
        }
        Bucket bucket = attempt.address == null ? null : buckets.get(attempt.address);
        if (outcome != Outcome.FAILED) {
            if (bucket != null) {
                bucket.left = Math.min(limits.addressBurst(), bucket.left + 1);
            }
            if (outcome == Outcome.SUCCEEDED) {
                watched.remove(attempt.name);
                locked.remove(attempt.name);
            }
            return;
        }
        if (f == null) {
            // Forgotten meanwhile (a success of a parallel attempt, or evicted): count this failure afresh.
            f = new Failures();
            put(watched, attempt.name, f, now);
        }
        f.count++;
        if (f.count >= FREE_FAILURES) {
            long seconds = 1L << Math.min(f.count - FREE_FAILURES, 20);
            f.notBefore = now.plus(seconds > MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds));
            if (watched.remove(attempt.name) != null) {
                put(locked, attempt.name, f, now);
            }
        }
    }

    private Failures find(String key) {
        Failures f = locked.get(key);
        return f != null ? f : watched.get(key);
    }

    private Bucket bucket(String address, Instant now) {
        Bucket b = buckets.get(address);
        if (b == null) {
            b = new Bucket(limits.addressBurst(), now);
            buckets.put(address, b);
            if (buckets.size() > limits.addresses()) {
                // An address long unused has most likely refilled: forgetting it loses little.
                Iterator<String> eldest = buckets.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            return b;
        }
        double refilled = (double) Duration.between(b.at, now).toMillis() / limits.addressRefill().toMillis();
        b.left = Math.min(limits.addressBurst(), b.left + Math.max(0, refilled));
        b.at = now;
        return b;
    }

    /**
     * Adds to a bounded table, making room by forgetting the least recently used idle entry, else the one whose wait
     * ends first: to push a locked name out, a flood must lock its own names for longer than that name is.
     */
    private void put(LinkedHashMap<String, Failures> table, String key, Failures f, Instant now) {
        table.put(key, f);
        if (table.size() <= limits.names()) {
            return;
        }
        String victim = null;
        Instant soonest = Instant.MAX;
        for (Map.Entry<String, Failures> e : table.entrySet()) {
            if (e.getKey().equals(key)) {
                continue;
            }
            if (e.getValue().idle(now)) {
                victim = e.getKey();
                break;
            }
            if (e.getValue().notBefore.isBefore(soonest)) {
                soonest = e.getValue().notBefore;
                victim = e.getKey();
            }
        }
        table.remove(victim);
    }

    private static long seconds(long millis) {
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
