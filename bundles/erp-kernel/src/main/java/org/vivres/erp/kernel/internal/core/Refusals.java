package org.vivres.erp.kernel.internal.core;

import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The kernel's refusals, with messages in the kernel's {@code i18n/messages}. */
final class Refusals {
    private Refusals() {
    }

    static ErpException conflict(String code, Object... args) {
        return new ErpException(ErrorStatus.CONFLICT, code, Refusals.class, args);
    }

    static ErpException unprocessable(String code, Object... args) {
        return new ErpException(ErrorStatus.UNPROCESSABLE, code, Refusals.class, args);
    }

    static ErpException forbidden(String code, Object... args) {
        return new ErpException(ErrorStatus.FORBIDDEN, code, Refusals.class, args);
    }

    static ErpException badRequest(String code, Object... args) {
        return new ErpException(ErrorStatus.BAD_REQUEST, code, Refusals.class, args);
    }
}
