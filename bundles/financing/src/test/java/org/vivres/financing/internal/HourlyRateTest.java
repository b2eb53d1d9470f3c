package org.vivres.financing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a network admin may write as {@code hourlyRate} in etc/org.vivres.financing.cfg, and what is kept otherwise. */
class HourlyRateTest {
    private static final BigDecimal PREVIOUS = new BigDecimal("12.02");

    @Test
    void anAmountInEurosIsTakenAtTheCentWithAFrenchCommaToo() {
        assertThat(HourlyRate.parse("15.5", PREVIOUS)).isEqualByComparingTo("15.50").hasScaleOf(2);
        assertThat(HourlyRate.parse(" 12,025 ", PREVIOUS)).isEqualTo(new BigDecimal("12.03"));
        assertThat(HourlyRate.parse("0", PREVIOUS)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void whatIsNotAnAmountKeepsThePreviousRateRatherThanStoppingTheBundle() {
        for (String bad : new String[] {"", "douze", "-1", "1000.01", "1e9"}) {
            assertThat(HourlyRate.parse(bad, PREVIOUS)).as(bad).isSameAs(PREVIOUS);
        }
    }

    @Test
    void theDefaultIsTheSmicBrutHoraireOf2026() {
        assertThat(HourlyRate.DEFAULT).isEqualTo("12.02");
    }
}
