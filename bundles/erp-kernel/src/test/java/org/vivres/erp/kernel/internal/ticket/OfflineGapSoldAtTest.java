package org.vivres.erp.kernel.internal.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;

/** When a till may say it sold a ticket offline, by the server's clock. */
class OfflineGapSoldAtTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration AGE = Duration.ofHours(72);

    private static String code(OffsetDateTime soldAt) {
        try {
            OfflineGap.checkSoldAt(soldAt, NOW, AGE);
            return null;
        } catch (ErpException e) {
            return e.code();
        }
    }

    @Test
    void withinTheOutboxsAgeAndTheClockSkewItIsAccepted() {
        assertThatCode(() -> OfflineGap.checkSoldAt(OffsetDateTime.ofInstant(NOW.minus(AGE).plusSeconds(1),
                ZoneOffset.ofHours(1)), NOW, AGE)).doesNotThrowAnyException();
        assertThatCode(() -> OfflineGap.checkSoldAt(OffsetDateTime.ofInstant(NOW.plusSeconds(119), ZoneOffset.UTC),
                NOW, AGE)).doesNotThrowAnyException();
    }

    @Test
    void missingInTheFutureOrTooOldItIsRefused() {
        assertThat(code(null)).isEqualTo("SOLD_AT_REQUIRED");
        assertThat(code(OffsetDateTime.ofInstant(NOW.plusSeconds(121),
                ZoneOffset.UTC))).isEqualTo("SOLD_AT_IN_FUTURE");
        assertThat(code(OffsetDateTime.ofInstant(NOW.minus(AGE).minusSeconds(1),
                ZoneOffset.UTC))).isEqualTo("SOLD_AT_TOO_OLD");
    }
}
