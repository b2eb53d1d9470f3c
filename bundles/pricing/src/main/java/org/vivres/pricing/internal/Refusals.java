package org.vivres.pricing.internal;

import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The bundle's refusals, with their messages in this bundle's {@code i18n/messages}. */
public final class Refusals {
    private Refusals() {
    }

    public static ErpException badRequest(String code, Object... args) {
        return new ErpException(ErrorStatus.BAD_REQUEST, code, Refusals.class, args);
    }

    public static ErpException forbidden(String code, Object... args) {
        return new ErpException(ErrorStatus.FORBIDDEN, code, Refusals.class, args);
    }

    public static ErpException conflict(String code, Object... args) {
        return new ErpException(ErrorStatus.CONFLICT, code, Refusals.class, args);
    }

    public static ErpException unprocessable(String code, Object... args) {
        return new ErpException(ErrorStatus.UNPROCESSABLE, code, Refusals.class, args);
    }
}
