package org.vivres.erp.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

class LineKindTest {

    /** A kind written before returns of kinds existed: it says nothing about them. */
    private static final LineKind VOUCHER = new LineKind() {
        @Override
        public String field() {
            return "voucher";
        }

        @Override
        public PricedLine price(PricingContext context, String reference, BigDecimal quantity) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aKindThatDoesNotSayHowToGiveItsLineBackRefusesTheReturn() {
        assertThatThrownBy(() -> VOUCHER.afterReturn(null, null)).isInstanceOfSatisfying(ErpException.class, e -> {
            assertThat(e.status()).isEqualTo(ErrorStatus.UNPROCESSABLE);
            assertThat(e.code()).isEqualTo("LINE_NOT_RETURNABLE");
            assertThat(e.args()).containsExactly("voucher");
        });
        assertThat(VOUCHER.label(null)).isNull();
    }

    @Test
    void aKindThatDoesNotSayItsVatRateLeavesTheLineOutsideVat() {
        assertThat(VOUCHER.vatRate(new PricedLine("voucher", null, null, "V1", BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.TEN, BigDecimal.TEN, "VOUCHER"))).isEmpty();
    }

    @Test
    void aKindThatTakesNoObjectRefusesALineGivenAsOne() {
        assertThatThrownBy(() -> VOUCHER.priceObject(null, java.util.Map.of("amount", "2.00"), null))
                .isInstanceOfSatisfying(ErpException.class, e -> {
                    assertThat(e.status()).isEqualTo(ErrorStatus.BAD_REQUEST);
                    assertThat(e.code()).isEqualTo("INVALID_FIELD");
                });
    }
}
