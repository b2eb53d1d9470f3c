package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.PricedLine;

/** The JSON of a ticket (API.md, "Tickets"). */
record TicketView(UUID id, String documentNo, String kind, UUID organization, UUID household, UUID originalTicket,
        List<Map<String, Object>> lines, BigDecimal total, List<PaymentView> payments, OffsetDateTime createdAt) {

    record PaymentView(String method, BigDecimal amount) {
    }

    /** A stored ticket; {@code labels} names the lines of a bundle's kind (null: kind and reference say it). */
    static TicketView of(Ticket t, List<TicketLine> lines, List<Payment> payments,
            Function<TicketLine, String> labels) {
        return new TicketView(t.getId(), t.getDocumentNo(), t.getKind(), t.getOrganization(), t.getHousehold(),
                t.getOriginalTicket(), lines.stream().map(l -> labelled(l, labels)).toList(),
                t.getTotal(), payments.stream().map(p -> new PaymentView(p.getMethod(), p.getAmount())).toList(),
                t.getCreatedAt());
    }

    /** A quote: priced, not stored. */
    static TicketView quote(UUID organization, UUID household, List<PricedLine> lines, BigDecimal total,
            List<PaymentView> payments) {
        return new TicketView(null, null, Ticket.SALE, organization, household, null,
                lines.stream().map(TicketView::line).toList(), total, payments, null);
    }

    private static Map<String, Object> labelled(TicketLine l, Function<TicketLine, String> labels) {
        Map<String, Object> view = line(new PricedLine(l.getLineKind(), l.getProduct(), null, l.getKindReference(),
                l.getQuantity(), l.getReferencePrice(), l.getUnitPrice(), l.getLineAmount(), l.getPriceRule()));
        String label = TicketLine.PRODUCT.equals(l.getLineKind()) ? null : labels.apply(l);
        if (label != null) {
            view.put("label", label);
        }
        return view;
    }

    static Map<String, Object> line(PricedLine l) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (TicketLine.PRODUCT.equals(l.lineKind())) {
            view.put("product", l.product());
        } else {
            view.put(l.lineKind(), l.kindReference());
        }
        view.put("quantity", l.quantity());
        view.put("referencePrice", l.referencePrice());
        view.put("unitPrice", l.unitPrice());
        view.put("lineAmount", l.lineAmount());
        view.put("priceRule", l.priceRule());
        return view;
    }
}
