package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.TicketDraft;

/**
 * Who gets a refund back, without writing anything: the methods with a refund rule of their own (the caisse's eligible
 * share, the offline gap's) take theirs first; the rest goes back to the sale's cash and card as {@link RefundSplit}
 * shares it, and what neither can take (a rounding left by the other shares) in cash. The return applies it; the till
 * shows it before the cashier confirms — the same plan, so what is announced is what is given back.
 */
final class RefundPlan {
    static final String CASH = "CASH";
    /** The kernel's own methods: a refund goes back to them in proportion to what they paid. */
    static final Set<String> SPLIT_METHODS = Set.of(CASH, "CARD");

    /** {@code own}: the method whose own refund rule gave this share (it records it), null for cash and card. */
    record Share(String method, BigDecimal amount, PaymentMethod own) {
    }

    private RefundPlan() {
    }

    /** The shares of {@code refund} (positive) for a return {@code draft} of {@code sale}, in the order to record. */
    static List<Share> of(Dal dal, TicketExtensions extensions, TicketDraft draft, Ticket sale, BigDecimal refund) {
        List<Share> shares = new ArrayList<>();
        BigDecimal remaining = refund;
        Set<String> methods = new LinkedHashSet<>();
        Map<String, BigDecimal> paid = new TreeMap<>();
        for (Payment p : dal.query(Payment.class, "e.ticket = :t and e.amount > 0", Map.of("t", sale.getId())).list()) {
            methods.add(p.getMethod());
            if (SPLIT_METHODS.contains(p.getMethod())) {
                paid.merge(p.getMethod(), p.getAmount(), BigDecimal::add);
            }
        }
        for (String code : methods) {
            PaymentMethod method = extensions.method(code).orElse(null);
            if (method == null || SPLIT_METHODS.contains(code) || remaining.signum() <= 0) {
                continue;
            }
            BigDecimal share = Money.euros(method.refundShare(draft, sale)).min(remaining);
            if (share.signum() > 0) {
                shares.add(new Share(code, share, method));
                remaining = remaining.subtract(share);
            }
        }
        if (remaining.signum() <= 0) {
            return shares;
        }
        RefundSplit.Split split = RefundSplit.split(remaining, paid, refundedBefore(dal, sale));
        Map<String, BigDecimal> back = new TreeMap<>(split.shares());
        if (split.rest().signum() > 0) {
            back.merge(CASH, split.rest(), BigDecimal::add);
        }
        back.forEach((code, amount) -> shares.add(new Share(code, amount, null)));
        return shares;
    }

    /** What earlier returns of {@code sale} gave back to cash and card, by method (positive). */
    private static Map<String, BigDecimal> refundedBefore(Dal dal, Ticket sale) {
        Map<String, BigDecimal> refunded = new HashMap<>();
        dal.query(Payment.class, "e.amount < 0 and e.ticket in (select r.id from " + Ticket.class.getName()
                + " r where r.originalTicket = :t)", Map.of("t", sale.getId())).list()
                .forEach(p -> refunded.merge(p.getMethod(), p.getAmount().negate(), BigDecimal::add));
        return refunded;
    }
}
