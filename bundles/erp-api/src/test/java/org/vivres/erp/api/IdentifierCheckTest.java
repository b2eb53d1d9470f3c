package org.vivres.erp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifiers that look alike must be the same identifier, or be refused. */
class IdentifierCheckTest {

    @Test
    void fullWidthDigitsAndLettersBecomeAscii() {
        assertThat(Check.identifier("ＣＡＲＴＥ-０４２", "reference", 64)).isEqualTo("CARTE-042");
        assertThat(Check.identifier("  SKU-1  ", "sku", 64)).isEqualTo("SKU-1");
        assertThat(Check.identifier("marie.dupont@epicerie-7", "username", 100)).isEqualTo("marie.dupont@epicerie-7");
    }

    @Test
    void invisibleDirectionAndForeignLookAlikesAreRefused() {
        List<String> lookAlikes = List.of(
                "CARTE\u200B042",   // zero-width space
                "\uFEFFCARTE042",   // byte order mark
                "CARTE\u202E240",   // right-to-left override
                "CARTE\u2066042\u2069", // isolates
                "C\u0410RTE042",    // Cyrillic А
                "marie\u00A0dupont".replace('\u00A0', '\u2028'), // line separator
                "caf\u00E9",        // é: not ASCII in an identifier
                "ab\u0007c",        // control
                "x\uE000y");        // private use
        for (String value : lookAlikes) {
            assertThatThrownBy(() -> Check.identifier(value, "reference", 64)).as(value)
                    .isInstanceOfSatisfying(ErpException.class, e -> {
                        assertThat(e.code()).isEqualTo("INVALID_CHARACTERS");
                        assertThat(e.status()).isEqualTo(ErrorStatus.UNPROCESSABLE);
                        assertThat(e.args()).containsExactly("reference");
                    });
        }
    }

    @Test
    void blankAndTooLongAreRefusedAsForText() {
        assertThatThrownBy(() -> Check.identifier(" ", "sku", 64))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.code()).isEqualTo("FIELD_REQUIRED"));
        assertThatThrownBy(() -> Check.identifier("x".repeat(65), "sku", 64))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TEXT"));
        assertThatThrownBy(() -> Check.identifier(null, "sku", 64))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.code()).isEqualTo("FIELD_REQUIRED"));
    }
}
