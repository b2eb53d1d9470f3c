package org.vivres.procurement.internal;

import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The procurement bundle's refusals, with messages in its own {@code i18n/messages}. */
public final class Refusals {
    private Refusals() {
    }

    public static ErpException badRequest(String code, Object... args) {
        return new ErpException(ErrorStatus.BAD_REQUEST, code, Refusals.class, args);
    }

    public static ErpException notFound(String code, Object... args) {
        return new ErpException(ErrorStatus.NOT_FOUND, code, Refusals.class, args);
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
