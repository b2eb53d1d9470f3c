package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Check;

/**
 * The checked terms of a product (name, category, price, VAT, labels, origin), as the API and an import accept them:
 * the category and the labels must be in the managed lists, since a typed variant (ÉPICERIE, BIO) would escape every
 * tier percent and caisse criterion.
 */
record ProductTerms(String name, String category, BigDecimal price, BigDecimal vat, List<String> labels,
        Integer originKm) {
    private static final BigDecimal MAX_VAT = new BigDecimal("100");

    static ProductTerms check(Catalogue catalogue, String givenName, String givenCategory, BigDecimal givenPrice,
            BigDecimal givenVat, List<String> givenLabels, Integer originKm) {
        String name = Check.text(givenName, "name", 200);
        String category = Check.identifier(givenCategory, "category", 64).toUpperCase(Locale.ROOT);
        BigDecimal price = Check.amount(givenPrice, "referencePrice");
        BigDecimal vat = Check.amount(Check.required(givenVat, "vatRate"), "vatRate");
        if (vat.compareTo(MAX_VAT) > 0) {
            throw Check.invalid("INVALID_PERCENT", "vatRate", MAX_VAT);
        }
        List<String> labels = givenLabels == null ? List.of() : givenLabels.stream()
                .map(l -> Check.text(l, "labels", 32).toUpperCase(Locale.ROOT))
                .peek(l -> {
                    if (!l.matches("[A-Z0-9_]+")) {
                        throw Check.invalid("INVALID_LABEL", "labels");
                    }
                }).distinct().toList();
        catalogue.requireCategory(category);
        labels.forEach(catalogue::requireLabel);
        if (originKm != null && (originKm < 0 || originKm > 40_000)) {
            throw Check.invalid("INVALID_DISTANCE", "originKm");
        }
        return new ProductTerms(name, category, price, vat, labels, originKm);
    }
}
