package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/tickets/{id}/returns/quote}: the return's lines as they would be recorded (negative), its total and
 * what each payment method would give back (positive amounts) — what the till shows before the cashier confirms.
 */
record ReturnQuote(UUID sale, String documentNo, List<Map<String, Object>> lines, BigDecimal total,
        List<Refund> refund) {

    record Refund(String method, BigDecimal amount) {
    }
}
