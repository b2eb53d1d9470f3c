package org.vivres.erp.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The managed lists of the network catalogue (categories, labels), for bundles that accept their codes (tiers'
 * category percents, caisse criteria): a code that is not in the list is refused rather than stored, since a
 * misspelt one would silently match no product. Registered by the kernel. Codes compare in upper case.
 *
 * @since 1.4
 */
@ProviderType
public interface Catalogue {

    /** True when {@code code} is a category of the list. */
    boolean isCategory(String code);

    /** True when {@code code} is a label of the list. */
    boolean isLabel(String code);

    /** {@code code} if it is a category; else 422 {@code UNKNOWN_CATEGORY} naming it. */
    default String requireCategory(String code) {
        if (!isCategory(code)) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "UNKNOWN_CATEGORY", Catalogue.class, code);
        }
        return code;
    }

    /** {@code code} if it is a label; else 422 {@code UNKNOWN_LABEL} naming it. */
    default String requireLabel(String code) {
        if (!isLabel(code)) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "UNKNOWN_LABEL", Catalogue.class, code);
        }
        return code;
    }
}
