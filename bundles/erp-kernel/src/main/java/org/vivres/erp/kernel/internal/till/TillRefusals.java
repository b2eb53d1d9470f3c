package org.vivres.erp.kernel.internal.till;

import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The tills' and closings' refusals, with messages in the kernel's {@code i18n/messages}. */
final class TillRefusals {
    private TillRefusals() {
    }

    static ErpException notOpen() {
        return new ErpException(ErrorStatus.NOT_FOUND, "TILL_NOT_OPEN", TillRefusals.class);
    }

    static ErpException conflict(String code, Object... args) {
        return new ErpException(ErrorStatus.CONFLICT, code, TillRefusals.class, args);
    }

    static ErpException unprocessable(String code, Object... args) {
        return new ErpException(ErrorStatus.UNPROCESSABLE, code, TillRefusals.class, args);
    }
}
