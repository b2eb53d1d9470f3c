package org.vivres.erp.kernel.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed logins for one username, each further
 * attempt must wait twice as long as the previous one (1 s, 2 s, 4 s ... up to 5 min).
 * A success clears the count.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant notBefore) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before trying again, 0 when an attempt may be made now. */
    long secondsToWait(String username) {
        Failures f = failures.get(key(username));
        long millis = f == null ? 0 : Duration.between(clock.instant(), f.notBefore()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant notBefore = clock.instant();
            if (count >= FREE_FAILURES) {
                long seconds = 1L << Math.min(count - FREE_FAILURES, 20);
                notBefore = notBefore.plus(seconds > MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds));
            }
            return new Failures(count, notBefore);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
