package org.vivres.erp.kernel.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleBarcodeTest {
    @Test
    void aWeightLabelGivesTheProductCodeAndTheWeightInKilograms() {
        // 21 00042 01250 + check digit: 1.250 kg of product 00042
        ScaleBarcode b = ScaleBarcode.parse(withCheck("210004201250")).orElseThrow();
        assertThat(b.productCode()).isEqualTo("00042");
        assertThat(b.kind()).isEqualTo(ScaleBarcode.Kind.WEIGHT_KG);
        assertThat(b.value()).isEqualByComparingTo("1.250");
    }

    @Test
    void aPriceLabelGivesThePriceInEuros() {
        ScaleBarcode b = ScaleBarcode.parse(withCheck("260004200399")).orElseThrow();
        assertThat(b.kind()).isEqualTo(ScaleBarcode.Kind.PRICE_EUR);
        assertThat(b.value()).isEqualByComparingTo("3.99");
    }

    @Test
    void aKnownEanChecksAndAWrongCheckDigitIsRefused() {
        assertThat(ScaleBarcode.checkDigitValid("4006381333931")).isTrue();
        assertThat(ScaleBarcode.checkDigitValid("4006381333932")).isFalse();
        String good = withCheck("210004201250");
        String bad = good.substring(0, 12) + (char) ('0' + (good.charAt(12) - '0' + 1) % 10);
        assertThatThrownBy(() -> ScaleBarcode.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherCodesAreNotScaleLabels() {
        assertThat(ScaleBarcode.parse("3760001000015")).isEmpty();
        assertThat(ScaleBarcode.parse("21000420125")).isEmpty();
        assertThat(ScaleBarcode.parse("SKU-1")).isEmpty();
        assertThat(ScaleBarcode.parse(null)).isEmpty();
    }

    static String withCheck(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
