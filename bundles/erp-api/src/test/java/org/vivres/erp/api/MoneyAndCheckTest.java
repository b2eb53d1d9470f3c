package org.vivres.erp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAndCheckTest {

    @Test
    void percentOfRoundsHalfUpToTheCent() {
        assertThat(Money.percentOf(new BigDecimal("2.45"), new BigDecimal("30"))).isEqualByComparingTo("0.74"); // 0.735
        assertThat(Money.percentOf(new BigDecimal("2.45"), new BigDecimal("30")).scale()).isEqualTo(2);
        assertThat(Money.percentOf(new BigDecimal("1.99"), new BigDecimal("125"))).isEqualByComparingTo("2.49"); // 2.4875
        assertThat(Money.percentOf(new BigDecimal("0.01"), new BigDecimal("50"))).isEqualByComparingTo("0.01"); // 0.005
    }

    @Test
    void lineAmountIsUnitPriceTimesQuantityHalfUp() {
        assertThat(Money.lineAmount(new BigDecimal("2.45"), new BigDecimal("1.333"))).isEqualByComparingTo("3.27");
        assertThat(Money.lineAmount(new BigDecimal("0.10"), new BigDecimal("0.005"))).isEqualByComparingTo("0.00");
    }

    @Test
    void amountsAcceptAtMostTwoDecimalsAndNoNegative() {
        assertThat(Check.amount(new BigDecimal("12.5"), "x").toPlainString()).isEqualTo("12.50");
        assertThat(Check.amount(new BigDecimal("12.500"), "x").toPlainString()).isEqualTo("12.50");
        assertThatThrownBy(() -> Check.amount(new BigDecimal("12.501"), "x"))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
        assertThatThrownBy(() -> Check.amount(new BigDecimal("-0.01"), "x")).isInstanceOf(ErpException.class);
        assertThatThrownBy(() -> Check.positiveAmount(new BigDecimal("0"), "x")).isInstanceOf(ErpException.class);
        assertThatThrownBy(() -> Check.amount(new BigDecimal("100000000"), "x")).isInstanceOf(ErpException.class);
    }

    @Test
    void quantitiesArePositiveWithAtMostThreeDecimals() {
        assertThat(Check.quantity(new BigDecimal("1.25"), "q").toPlainString()).isEqualTo("1.250");
        assertThatThrownBy(() -> Check.quantity(new BigDecimal("0"), "q"))
                .isInstanceOfSatisfying(ErpException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_QUANTITY");
                    assertThat(e.status()).isEqualTo(ErrorStatus.BAD_REQUEST);
                });
        assertThatThrownBy(() -> Check.quantity(new BigDecimal("1.0001"), "q")).isInstanceOf(ErpException.class);
    }

    @Test
    void textIsTrimmedAndBounded() {
        assertThat(Check.text("  Pain  ", "name", 10)).isEqualTo("Pain");
        assertThatThrownBy(() -> Check.text("   ", "name", 10))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.code()).isEqualTo("FIELD_REQUIRED"));
        assertThatThrownBy(() -> Check.text("a\u0000b", "name", 10)).isInstanceOf(ErpException.class);
        assertThatThrownBy(() -> Check.text("x".repeat(11), "name", 10)).isInstanceOf(ErpException.class);
        assertThatThrownBy(() -> Check.oneOf("BOX", "uom", List.of("UNIT", "KG")))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.args()).contains("uom"));
    }
}
