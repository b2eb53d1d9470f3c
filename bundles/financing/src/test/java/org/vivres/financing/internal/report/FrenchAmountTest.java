package org.vivres.financing.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The total of a receipt in words, as the tax office reads it (1990 spelling: hyphens throughout). */
class FrenchAmountTest {
    static String words(String amount) {
        return FrenchAmount.words(new BigDecimal(amount));
    }

    @Test
    void euroAndCentsAgreeInNumber() {
        assertThat(words("0")).isEqualTo("zéro euro");
        assertThat(words("1")).isEqualTo("un euro");
        assertThat(words("1.01")).isEqualTo("un euro et un centime");
        assertThat(words("2.50")).isEqualTo("deux euros et cinquante centimes");
        assertThat(words("0.005")).isEqualTo("zéro euro et un centime");
    }

    @Test
    void theFrenchTensAreWritten() {
        assertThat(words("21")).isEqualTo("vingt-et-un euros");
        assertThat(words("71")).isEqualTo("soixante-et-onze euros");
        assertThat(words("77")).isEqualTo("soixante-dix-sept euros");
        assertThat(words("80")).isEqualTo("quatre-vingts euros");
        assertThat(words("81")).isEqualTo("quatre-vingt-un euros");
        assertThat(words("91")).isEqualTo("quatre-vingt-onze euros");
        assertThat(words("99.99")).isEqualTo("quatre-vingt-dix-neuf euros et quatre-vingt-dix-neuf centimes");
    }

    @Test
    void hundredsThousandsAndMillions() {
        assertThat(words("100")).isEqualTo("cent euros");
        assertThat(words("200")).isEqualTo("deux-cents euros");
        assertThat(words("221")).isEqualTo("deux-cent-vingt-et-un euros");
        assertThat(words("1000")).isEqualTo("mille euros");
        assertThat(words("1771.42")).isEqualTo("mille-sept-cent-soixante-et-onze euros et quarante-deux centimes");
        assertThat(words("80000")).isEqualTo("quatre-vingt-mille euros");
        assertThat(words("200000")).isEqualTo("deux-cent-mille euros");
        assertThat(words("2000000")).isEqualTo("deux-millions euros");
        assertThat(words("1000001")).isEqualTo("un-million-un euros");
    }

    @Test
    void outOfRangeIsABugOfTheCaller() {
        assertThatThrownBy(() -> words("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> words("1000000000")).isInstanceOf(IllegalArgumentException.class);
    }
}
