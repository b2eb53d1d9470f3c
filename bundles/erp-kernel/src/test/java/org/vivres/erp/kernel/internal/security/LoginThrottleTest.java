package org.vivres.erp.kernel.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoubles() {
        throttle.failed("Marie");
        throttle.failed("marie");
        assertThat(throttle.secondsToWait("MARIE")).isZero();
        throttle.failed("marie");
        assertThat(throttle.secondsToWait("marie")).isEqualTo(1);
        clock.now = clock.now.plusSeconds(1);
        throttle.failed("marie");
        assertThat(throttle.secondsToWait("marie")).isEqualTo(2);
        assertThat(throttle.secondsToWait("paul")).isZero();
    }

    @Test
    void theWaitIsCappedAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("marie");
        }
        assertThat(throttle.secondsToWait("marie")).isEqualTo(Duration.ofMinutes(5).toSeconds());
        throttle.succeeded("marie");
        assertThat(throttle.secondsToWait("marie")).isZero();
    }
}
