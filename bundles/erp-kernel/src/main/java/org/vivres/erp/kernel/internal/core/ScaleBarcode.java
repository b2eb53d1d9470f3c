package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A scale label's EAN-13 (GS1 restricted circulation, prefix 2, as French in-store scales print them):
 * {@code 2 T PPPPP VVVVV C} — {@code T} the type, {@code PPPPP} the product's code, {@code VVVVV} the value,
 * {@code C} the EAN-13 check digit. Types 0–4 ({@code 20}–{@code 24}) carry the weight in grams, types 5–9
 * ({@code 25}–{@code 29}) the price in cents. Pure: no lookup, no I/O.
 */
record ScaleBarcode(String productCode, Kind kind, BigDecimal value) {

    enum Kind { WEIGHT_KG, PRICE_EUR }

    /** Not a scale label: not 13 digits, or not starting with 2. */
    static Optional<ScaleBarcode> parse(String code) {
        if (code == null || !code.matches("2\\d{12}")) {
            return Optional.empty();
        }
        if (!checkDigitValid(code)) {
            throw new IllegalArgumentException("check digit");
        }
        int type = code.charAt(1) - '0';
        int value = Integer.parseInt(code.substring(7, 12));
        return Optional.of(type <= 4
                ? new ScaleBarcode(code.substring(2, 7), Kind.WEIGHT_KG, BigDecimal.valueOf(value, 3))
                : new ScaleBarcode(code.substring(2, 7), Kind.PRICE_EUR, BigDecimal.valueOf(value, 2)));
    }

    /** EAN-13: digits weighted 1, 3, 1, 3, ... from the left; the 13th makes the sum a multiple of 10. */
    static boolean checkDigitValid(String ean13) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (ean13.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == ean13.charAt(12) - '0';
    }
}
