package org.vivres.pricing.internal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TierChoiceTest {
    private static final UUID STORE = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static TierChoice.Candidate tier(String code, UUID org, String maxQuotient) {
        return new TierChoice.Candidate(UUID.randomUUID(), code, org,
                maxQuotient == null ? null : new BigDecimal(maxQuotient));
    }

    private static String choose(List<TierChoice.Candidate> tiers, String quotient) {
        return TierChoice.choose(tiers, STORE, new BigDecimal(quotient)).map(TierChoice.Candidate::code).orElse(null);
    }

    @Test
    void theQuotientIsTheIncomeByPartsHalfUpToTwoDecimals() {
        assertThat(TierChoice.quotient(new BigDecimal("1987.43"), new BigDecimal("3")))
                .isEqualTo(new BigDecimal("662.48")); // 662.4766…
        assertThat(TierChoice.quotient(new BigDecimal("1000.01"), new BigDecimal("2")))
                .isEqualTo(new BigDecimal("500.01")); // 500.005 → half-up
        assertThat(TierChoice.quotient(new BigDecimal("1200.00"), new BigDecimal("2.5")))
                .isEqualTo(new BigDecimal("480.00"));
    }

    @Test
    void theSmallestCeilingAtOrAboveTheQuotientWins() {
        List<TierChoice.Candidate> tiers = List.of(tier("A", null, "400.00"), tier("B", null, "700.00"),
                tier("C", null, "1000.00"), tier("X", null, null));
        assertThat(choose(tiers, "300.00")).isEqualTo("A");
        assertThat(choose(tiers, "400.00")).isEqualTo("A");   // at the ceiling: still in
        assertThat(choose(tiers, "400.01")).isEqualTo("B");
        assertThat(choose(tiers, "1000.00")).isEqualTo("C");
        assertThat(choose(tiers, "1000.01")).isNull();        // above every ceiling: no tier
    }

    @Test
    void aStoresOwnTierComesBeforeANetworkOneAtTheSameCeiling() {
        List<TierChoice.Candidate> tiers = List.of(tier("NET", null, "500.00"), tier("OWN", STORE, "500.00"));
        assertThat(choose(tiers, "450.00")).isEqualTo("OWN");
        assertThat(choose(List.of(tiers.get(1), tiers.get(0)), "450.00")).isEqualTo("OWN");
    }

    @Test
    void anotherStoresTierIsNeverChosen() {
        List<TierChoice.Candidate> tiers = List.of(tier("THEIRS", OTHER, "300.00"), tier("NET", null, "800.00"));
        assertThat(choose(tiers, "100.00")).isEqualTo("NET");
        assertThat(choose(List.of(tier("THEIRS", OTHER, "300.00")), "100.00")).isNull();
    }
}
