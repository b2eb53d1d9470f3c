package org.vivres.erp.kernel.internal.core;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.LegalIdentity;

/**
 * Checks and normalizes a store's legal identity (pure): blanks are absent, the spaces people type in a SIRET or a
 * VAT number are dropped, 422 {@code INVALID_SIRET} for a SIRET that is not 14 digits passing the Luhn check (La
 * Poste's establishments, SIREN 356000000, pass by their digits' sum instead), 422 {@code INVALID_VAT_NUMBER} for a
 * French VAT number whose key is not (12 + 3 × (SIREN mod 97)) mod 97 or whose SIREN is not the SIRET's.
 */
final class LegalIdentityCheck {
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern VAT = Pattern.compile("FR(\\d{2})(\\d{9})");
    private static final String LA_POSTE = "356000000";

    private LegalIdentityCheck() {
    }

    static LegalIdentity checked(LegalIdentity given) {
        String siret = compact(given.siret());
        if (siret != null && !isSiret(siret)) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "INVALID_SIRET", Refusals.class, given.siret());
        }
        String vat = compact(given.vatNumber());
        if (vat != null) {
            vat = vat.toUpperCase(Locale.ROOT);
            if (!isVatNumber(vat) || siret != null && !vat.endsWith(siret.substring(0, 9))) {
                throw new ErpException(ErrorStatus.UNPROCESSABLE, "INVALID_VAT_NUMBER", Refusals.class,
                        given.vatNumber());
            }
        }
        return new LegalIdentity(text(given.legalName(), "legalName", 200), address(given.address()),
                text(given.postalCode(), "postalCode", 10), text(given.city(), "city", 100), siret, vat);
    }

    static boolean isSiret(String siret) {
        if (!SIRET.matcher(siret).matches()) {
            return false;
        }
        if (siret.startsWith(LA_POSTE)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean isVatNumber(String vat) {
        var m = VAT.matcher(vat);
        if (!m.matches() || !luhn(m.group(2)) && !m.group(2).equals(LA_POSTE)) {
            return false;
        }
        long siren = Long.parseLong(m.group(2));
        return Integer.parseInt(m.group(1)) == (12 + 3 * (siren % 97)) % 97;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static String compact(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("[\\s.]", "");
    }

    private static String text(String value, String field, int max) {
        return value == null || value.isBlank() ? null : Check.text(value, field, max);
    }

    /** Several lines allowed (street, building), each a text; at most 500 characters in all. */
    private static String address(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String joined = value.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        if (joined.length() > 500 || joined.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw Check.invalid("INVALID_TEXT", "address", 500);
        }
        return joined;
    }
}
