package org.vivres.pricing.internal.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What a receipt or a journal prints for a line priced at a tier: the tier's name and what was paid of the reference
 * price (« Tarif solidaire 30 % »), or plain words when the tier is gone — never the code {@code TIER:P1}.
 */
public final class TierRuleWords {
    private TierRuleWords() {
    }

    /**
     * @param tierName the tier's name, null when no tier has the line's code any more
     * @param locale   the reader's language: English, else French
     */
    public static String of(String tierName, BigDecimal referencePrice, BigDecimal unitPrice, Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String name = tierName != null ? tierName : english ? "Differentiated price" : "Tarif différencié";
        return name + percent(referencePrice, unitPrice, english);
    }

    /** " 30 %": what was paid of the reference price, to a tenth; "" when the reference is unknown or zero. */
    private static String percent(BigDecimal referencePrice, BigDecimal unitPrice, boolean english) {
        if (referencePrice == null || unitPrice == null || referencePrice.signum() == 0) {
            return "";
        }
        String p = unitPrice.multiply(BigDecimal.valueOf(100)).divide(referencePrice, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return english ? " " + p + "%" : " " + p.replace('.', ',') + " %";
    }
}
