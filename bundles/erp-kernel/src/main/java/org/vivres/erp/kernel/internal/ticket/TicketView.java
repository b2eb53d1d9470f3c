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
        List<Map<String, Object>> lines, BigDecimal total, List<PaymentView> payments, OffsetDateTime createdAt,
        List<VatTable.Row> vat) {

    record PaymentView(String method, BigDecimal amount) {
    }

    /** A stored ticket; {@code labels} names the lines of a bundle's kind (null: kind and reference say it). */
    static TicketView of(Ticket t, List<TicketLine> lines, List<Payment> payments,
            Function<TicketLine, String> labels) {
        return new TicketView(t.getId(), t.getDocumentNo(), t.getKind(), t.getOrganization(), t.getHousehold(),
                t.getOriginalTicket(), lines.stream().map(l -> labelled(l, labels)).toList(),
                t.getTotal(), payments.stream().map(p -> new PaymentView(p.getMethod(), p.getAmount())).toList(),
                t.getCreatedAt(), VatRates.table(lines));
    }

    /** A quote: priced, not stored; {@code rates} are the lines' VAT rates, in order. */
    static TicketView quote(UUID organization, UUID household, List<PricedLine> lines, List<BigDecimal> rates,
            BigDecimal total, List<PaymentView> payments) {
        List<Map<String, Object>> views = new java.util.ArrayList<>();
        List<VatTable.Amount> amounts = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            views.add(line(lines.get(i), rates.get(i)));
            amounts.add(new VatTable.Amount(rates.get(i), lines.get(i).lineAmount()));
        }
        return new TicketView(null, null, Ticket.SALE, organization, household, null, views, total, payments, null,
                VatTable.of(amounts));
    }

    private static Map<String, Object> labelled(TicketLine l, Function<TicketLine, String> labels) {
        Map<String, Object> view = line(new PricedLine(l.getLineKind(), l.getProduct(), null, l.getKindReference(),
                l.getQuantity(), l.getReferencePrice(), l.getUnitPrice(), l.getLineAmount(), l.getPriceRule()),
                l.getVatRate());
        String label = TicketLine.PRODUCT.equals(l.getLineKind()) ? null : labels.apply(l);
        if (label != null) {
            view.put("label", label);
        }
        return view;
    }

    static Map<String, Object> line(PricedLine l, BigDecimal vatRate) {
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
        view.put("vatRate", vatRate);
        return view;
    }
}
