package org.vivres.financing.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in euros written in French words, as a receipt for gifts states it ("cent vingt-trois euros et quarante
 * centimes"), by the 1990 spelling reform (hyphens everywhere: "vingt-et-un", "deux-cents"), the one the Académie
 * recommends; "mille" is invariable, "million" takes an s.
 */
final class FrenchAmount {
    private static final String[] UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
    private static final String[] TENS = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante",
        "quatre-vingt", "quatre-vingt"};

    private FrenchAmount() {
    }

    /** {@code 1234.5} → "mille-deux-cent-trente-quatre euros et cinquante centimes"; at most 999 999 999,99. */
    static String words(BigDecimal amount) {
        BigDecimal euros = amount.setScale(2, RoundingMode.HALF_UP);
        if (euros.signum() < 0 || euros.compareTo(new BigDecimal("999999999.99")) > 0) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
        long whole = euros.longValue();
        int cents = euros.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        StringBuilder text = new StringBuilder(number(whole)).append(whole > 1 ? " euros" : " euro");
        if (cents > 0) {
            text.append(" et ").append(number(cents)).append(cents > 1 ? " centimes" : " centime");
        }
        return text.toString();
    }

    static String number(long n) {
        if (n == 0) {
            return UNITS[0];
        }
        StringBuilder out = new StringBuilder();
        long millions = n / 1_000_000;
        long thousands = n / 1000 % 1000;
        int rest = (int) (n % 1000);
        if (millions > 0) {
            out.append(belowThousand((int) millions, true)).append(millions > 1 ? "-millions" : "-million");
        }
        if (thousands > 0) {
            join(out, thousands == 1 ? "mille" : belowThousand((int) thousands, false) + "-mille");
        }
        if (rest > 0) {
            join(out, belowThousand(rest, true));
        }
        return out.toString();
    }

    private static void join(StringBuilder out, String part) {
        if (out.length() > 0) {
            out.append('-');
        }
        out.append(part);
    }

    /** 1–999; {@code last}: the final group, where "cents" and "quatre-vingts" keep their s. */
    private static String belowThousand(int n, boolean last) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0) {
            out.append(hundreds == 1 ? "cent" : UNITS[hundreds] + "-cent");
            if (hundreds > 1 && rest == 0 && last) {
                out.append('s');
            }
        }
        if (rest > 0) {
            join(out, belowHundred(rest, last));
        }
        return out.toString();
    }

    private static String belowHundred(int n, boolean last) {
        if (n < 20) {
            return UNITS[n];
        }
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 7 || tens == 9) {
            unit += 10;
        }
        String ten = TENS[tens];
        if (unit == 0) {
            return tens == 8 && last ? ten + "s" : ten;
        }
        if ((unit == 1 || unit == 11) && tens != 8 && tens != 9) {
            return ten + "-et-" + UNITS[unit];
        }
        return ten + "-" + UNITS[unit];
    }
}
