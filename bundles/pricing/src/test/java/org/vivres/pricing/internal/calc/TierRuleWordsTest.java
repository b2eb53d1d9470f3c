package org.vivres.pricing.internal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TierRuleWordsTest {

    @Test
    void aTierLineReadsAsTheTiersNameAndThePercentPaidToATenth() {
        assertThat(TierRuleWords.of("Tarif solidaire", new BigDecimal("3.40"), new BigDecimal("1.02"), Locale.FRENCH))
                .isEqualTo("Tarif solidaire 30 %");
        assertThat(TierRuleWords.of("Tarif solidaire", new BigDecimal("3.00"), new BigDecimal("1.00"), Locale.FRENCH))
                .isEqualTo("Tarif solidaire 33,3 %");
        assertThat(TierRuleWords.of("Solidarity", new BigDecimal("3.00"), new BigDecimal("1.00"), Locale.ENGLISH))
                .isEqualTo("Solidarity 33.3%");
    }

    @Test
    void aTierGoneReadsAsPlainWordsAndAnUnknownReferenceGivesNoPercent() {
        assertThat(TierRuleWords.of(null, new BigDecimal("2.00"), new BigDecimal("1.00"), Locale.FRENCH))
                .isEqualTo("Tarif différencié 50 %");
        assertThat(TierRuleWords.of(null, BigDecimal.ZERO, new BigDecimal("1.00"), Locale.ENGLISH))
                .isEqualTo("Differentiated price");
    }
}
