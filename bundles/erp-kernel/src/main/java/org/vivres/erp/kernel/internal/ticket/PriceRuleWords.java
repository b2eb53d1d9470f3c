package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * What set a line's price, in the words printed tickets say (reports are French): « Tarif solidaire 30 % » for
 * {@code TIER:P1}, never the code.
 */
final class PriceRuleWords {
    private PriceRuleWords() {
    }

    /**
     * @param tierName a tier's name by its code, empty when unknown (pricing not installed, tier gone)
     */
    static String of(String rule, BigDecimal referencePrice, BigDecimal unitPrice, Function<String, Optional<String>> tierName) {
        if (rule == null || "REFERENCE".equals(rule)) {
            return "Prix de référence";
        }
        if (rule.startsWith("TIER:")) {
            String percent = percent(referencePrice, unitPrice);
            return tierName.apply(rule.substring(5)).map(name -> name + percent).orElse("Tarif différencié" + percent);
        }
        if (rule.startsWith("ACTIVITY:")) {
            return "Offre activité";
        }
        if ("ACTIVITY_FEE".equals(rule)) {
            return "Inscription activité";
        }
        return "Prix particulier";
    }

    /** " 30 %": what was paid of the reference price, to a tenth; "" when the reference is unknown or zero. */
    private static String percent(BigDecimal referencePrice, BigDecimal unitPrice) {
        if (referencePrice == null || unitPrice == null || referencePrice.signum() == 0) {
            return "";
        }
        BigDecimal p = unitPrice.multiply(BigDecimal.valueOf(100)).divide(referencePrice, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return " " + p.toPlainString().replace('.', ',') + " %";
    }
}
