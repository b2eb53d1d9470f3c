package org.vivres.erp.kernel.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.model.LegalIdentity;

class LegalIdentityCheckTest {

    @Test
    void aSiretIsFourteenDigitsPassingLuhnAndLaPostesByTheSumOfItsDigits() {
        assertThat(LegalIdentityCheck.isSiret("81234567600017")).isTrue();
        assertThat(LegalIdentityCheck.isSiret("73282932000074")).isTrue(); // a real one, published by INSEE
        assertThat(LegalIdentityCheck.isSiret("81234567600018")).isFalse();
        assertThat(LegalIdentityCheck.isSiret("8123456760001")).isFalse();
        assertThat(LegalIdentityCheck.isSiret("8123456760001A")).isFalse();
        // La Poste: 356 000 000 00001 fails Luhn but its digits add up to a multiple of 5
        assertThat(LegalIdentityCheck.isSiret("35600000000001")).isTrue();
        assertThat(LegalIdentityCheck.isSiret("35600000000002")).isFalse();
    }

    @Test
    void aFrenchVatNumberIsItsKeyThenTheSiren() {
        assertThat(LegalIdentityCheck.isVatNumber("FR18898765433")).isTrue();
        assertThat(LegalIdentityCheck.isVatNumber("FR44732829320")).isTrue();
        assertThat(LegalIdentityCheck.isVatNumber("FR19898765433")).isFalse(); // wrong key
        assertThat(LegalIdentityCheck.isVatNumber("FR18898765434")).isFalse(); // not a SIREN
        assertThat(LegalIdentityCheck.isVatNumber("DE18898765433")).isFalse();
    }

    @Test
    void spacesAreDroppedBlanksAreAbsentAndTheVatNumberMustBeTheSiretsSiren() {
        LegalIdentity checked = LegalIdentityCheck.checked(new LegalIdentity(" SCIC ", " 1 rue A \r\n\r\n Bât. B ",
                "69007", "", "898 765 433 00013", "fr 18 898765433"));
        assertThat(checked).isEqualTo(new LegalIdentity("SCIC", "1 rue A\nBât. B", "69007", null, "89876543300013",
                "FR18898765433"));
        assertThatThrownBy(() -> LegalIdentityCheck.checked(new LegalIdentity(null, null, null, null,
                "81234567600017", "FR18898765433"))).isInstanceOfSatisfying(ErpException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_VAT_NUMBER"));
        assertThatThrownBy(() -> LegalIdentityCheck.checked(new LegalIdentity(null, null, null, null,
                "81234567600018", null))).isInstanceOfSatisfying(ErpException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_SIRET"));
    }
}
