package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.PaymentRequest;

/** The payments a ticket request asks for, checked before anything is written. */
final class RequestedPayments {
    private RequestedPayments() {
    }

    /**
     * The payments asked for, each with a known method's code and a positive amount; 422 when a method is unknown or
     * reserved, or when {@code mustMatch} and they do not add up to {@code total}.
     */
    static List<PaymentRequest> checked(TicketExtensions extensions, List<PaymentRequest> requested, BigDecimal total,
            boolean mustMatch) {
        List<PaymentRequest> payments = new ArrayList<>();
        List<PaymentRequest> given = requested == null ? List.of() : requested;
        for (int i = 0; i < given.size(); i++) {
            PaymentRequest p = Check.required(given.get(i), "payments[" + i + "]");
            String method = Check.text(p.method(), "payments[" + i + "].method", 32);
            BigDecimal amount = Check.positiveAmount(p.amount(), "payments[" + i + "].amount");
            PaymentMethod known = extensions.method(method).orElseThrow(() -> new ErpException(
                    ErrorStatus.UNPROCESSABLE, "UNKNOWN_PAYMENT_METHOD", RequestedPayments.class, method));
            if (OfflineGap.CODE.equals(known.code())) {
                throw new ErpException(ErrorStatus.UNPROCESSABLE, "PAYMENT_METHOD_RESERVED", OfflineGap.class, method);
            }
            payments.add(new PaymentRequest(known.code(), amount));
        }
        BigDecimal paid = sum(payments);
        if (mustMatch && paid.compareTo(total) != 0) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "PAYMENTS_DO_NOT_MATCH_TOTAL", RequestedPayments.class,
                    paid.toPlainString(), total.toPlainString());
        }
        return payments;
    }

    static BigDecimal sum(List<PaymentRequest> payments) {
        return payments.stream().map(PaymentRequest::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
