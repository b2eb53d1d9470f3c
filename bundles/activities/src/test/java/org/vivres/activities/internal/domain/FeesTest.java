package org.vivres.activities.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeesTest {
    private static final Map<String, BigDecimal> TIER_FEES = Map.of("SOLIDAIRE", new BigDecimal("1.00"),
            "SOUTIEN", new BigDecimal("8.00"));
    private static final BigDecimal FEE = new BigDecimal("5.00");

    @Test
    void aHouseholdOfATierWithItsOwnFeePaysIt() {
        assertThat(Fees.feeFor(Optional.of("SOLIDAIRE"), TIER_FEES, FEE)).isEqualTo("1.00");
        assertThat(Fees.feeFor(Optional.of("SOUTIEN"), TIER_FEES, FEE)).isEqualTo("8.00");
    }

    @Test
    void otherwiseTheSessionFee() {
        assertThat(Fees.feeFor(Optional.empty(), TIER_FEES, FEE)).isEqualTo("5.00");
        assertThat(Fees.feeFor(Optional.of("JUSTE"), TIER_FEES, FEE)).isEqualTo("5.00");
        assertThat(Fees.feeFor(Optional.of("SOLIDAIRE"), Map.of(), FEE)).isEqualTo("5.00");
    }
}
