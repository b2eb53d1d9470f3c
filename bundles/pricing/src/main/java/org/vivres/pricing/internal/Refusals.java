package org.vivres.pricing.internal;

import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The bundle's refusals, with messages in its {@code i18n/messages*.properties}. */
final class PricingErrors {
    private PricingErrors() {
    }

    static ErpException badRequest(String code, Object... args) {
        return new ErpException(ErrorStatus.BAD_REQUEST, code, PricingErrors.class, args);
    }

    static ErpException forbidden(String code, Object... args) {
        return new ErpException(ErrorStatus.FORBIDDEN, code, PricingErrors.class, args);
    }

    static ErpException conflict(String code, Object... args) {
        return new ErpException(ErrorStatus.CONFLICT, code, PricingErrors.class, args);
    }

    static ErpException unprocessable(String code, Object... args) {
        return new ErpException(ErrorStatus.UNPROCESSABLE, code, PricingErrors.class, args);
    }
}
