package org.vivres.erp.kernel.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private long fail(LoginThrottle t, String name, String address) {
        LoginThrottle.Attempt a = t.reserve(name, address);
        a.failed();
        return a.refusedSeconds();
    }

    private long fail(String name) {
        return fail(throttle, name, "10.0.0.1");
    }

    private long waitFor(String name) {
        LoginThrottle.Attempt a = throttle.reserve(name, "10.0.0.9");
        a.abandoned();
        return a.refusedSeconds();
    }

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoubles() {
        fail("Marie");
        fail("marie");
        assertThat(waitFor("MARIE")).isZero();
        fail("marie");
        assertThat(waitFor("marie")).isEqualTo(1);
        clock.advance(1);
        fail("marie");
        assertThat(waitFor("marie")).isEqualTo(2);
        assertThat(waitFor("paul")).isZero();
    }

    @Test
    void theWaitIsCappedAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            clock.advance(301);
            assertThat(fail("marie")).isZero();
        }
        assertThat(waitFor("marie")).isEqualTo(Duration.ofMinutes(5).toSeconds());
        clock.advance(300);
        throttle.reserve("marie", "10.0.0.1").succeeded();
        assertThat(waitFor("marie")).isZero();
    }

    @Test
    void parallelGuessesGetOnlyTheFreeAttemptsChecked() {
        List<LoginThrottle.Attempt> checked = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            LoginThrottle.Attempt a = throttle.reserve("marie", "10.0.0." + i);
            if (a.refusedSeconds() > 0) {
                refused++;
            } else {
                checked.add(a);
            }
        }
        assertThat(checked).hasSize(LoginThrottle.FREE_FAILURES);
        assertThat(refused).isEqualTo(100 - LoginThrottle.FREE_FAILURES);
        checked.forEach(LoginThrottle.Attempt::failed);
        assertThat(throttle.reserve("marie", "10.0.0.200").refusedSeconds()).as("the right password too waits")
                .isEqualTo(1);
        clock.advance(1);
        LoginThrottle.Attempt after = throttle.reserve("marie", "10.0.0.200");
        assertThat(after.refusedSeconds()).isZero();
        assertThat(throttle.reserve("marie", "10.0.0.201").refusedSeconds()).as("one at a time once locked")
                .isEqualTo(1);
        after.succeeded();
        assertThat(throttle.reserve("marie", "10.0.0.201").refusedSeconds()).isZero();
    }

    @Test
    void anAbandonedCheckIsNotAFailure() {
        for (int i = 0; i < 10; i++) {
            throttle.reserve("marie", "10.0.0.1").abandoned();
        }
        assertThat(waitFor("marie")).isZero();
    }

    @Test
    void oneAddressCannotTryManyNamesButOthersCan() {
        LoginThrottle t = new LoginThrottle(clock, new LoginThrottle.Limits(1000, 1000, 5, Duration.ofSeconds(10)));
        for (int i = 0; i < 5; i++) {
            assertThat(fail(t, "user" + i, "10.0.0.1")).isZero();
        }
        assertThat(fail(t, "user-next", "10.0.0.1")).isEqualTo(10);
        assertThat(fail(t, "user-next", "10.0.0.2")).as("another address").isZero();
        LoginThrottle.Attempt right = t.reserve("someone", "10.0.0.1");
        assertThat(right.refusedSeconds()).as("even a right password waits").isEqualTo(10);
        clock.advance(10);
        right = t.reserve("someone", "10.0.0.1");
        assertThat(right.refusedSeconds()).isZero();
        right.succeeded();
        assertThat(t.reserve("someone-else", "10.0.0.1").refusedSeconds()).as("a success gives its try back")
                .isZero();
    }

    @Test
    void aFloodOfOtherNamesNeitherUnlocksALockedNameNorGrowsTheTable() {
        LoginThrottle t = new LoginThrottle(clock, new LoginThrottle.Limits(100, 100, 0, Duration.ofSeconds(1)));
        for (int i = 0; i < 6; i++) {
            fail(t, "marie", "10.0.0.1");
            clock.advance(60);
        }
        // marie now waits 8 s after each failure; lock her again and flood.
        fail(t, "marie", "10.0.0.1");
        for (int i = 0; i < 200_000; i++) {
            fail(t, "flood-" + i, "10.1." + (i % 250) + "." + (i / 250 % 250));
        }
        assertThat(t.trackedNames()).isLessThanOrEqualTo(200);
        LoginThrottle.Attempt guess = t.reserve("marie", "10.0.0.3");
        assertThat(guess.refusedSeconds()).as("still locked").isPositive();
        // Names locked by the flood itself (3 failures each) do not push her out either while hers lasts.
        for (int i = 0; i < 300; i++) {
            for (int k = 0; k < LoginThrottle.FREE_FAILURES; k++) {
                fail(t, "locked-" + i, "10.2.0." + k);
            }
        }
        assertThat(t.trackedNames()).isLessThanOrEqualTo(200);
        assertThat(t.reserve("marie", "10.0.0.4").refusedSeconds()).isPositive();
    }
}
