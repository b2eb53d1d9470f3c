package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;

/**
 * What the till shows before a return: for a sale, each item sold with what earlier returns already took back and what
 * is left ({@code GET /api/tickets/{id}/returnable}), and for the quantities chosen, the amount and the methods it
 * would go back to ({@code POST /api/tickets/{id}/returns/quote}). Read only; the sale's store only (404 otherwise).
 */
@Component
public final class ReturnPreviewResource implements ApiResource {
    private final Dal dal;
    private final ReturnService returns;
    private final TicketExtensions extensions;

    record Returnable(UUID ticket, String documentNo, String kind, OffsetDateTime createdAt, BigDecimal total,
            List<TicketView.PaymentView> payments, List<Map<String, Object>> lines, List<EarlierReturn> returns) {
    }

    record EarlierReturn(UUID id, String documentNo, OffsetDateTime createdAt, BigDecimal total) {
    }

    @Activate
    public ReturnPreviewResource(@Reference Dal dal, @Reference ReturnService returns,
            @Reference TicketExtensions extensions) {
        this.dal = dal;
        this.returns = returns;
        this.extensions = extensions;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/tickets/{id}/returnable", this::returnable, Role.CASHIER, Role.MANAGER);
        routes.post("/api/tickets/{id}/returns/quote", this::quote, Role.CASHIER, Role.MANAGER);
    }

    private Object quote(ApiRequest request) {
        return returns.quote(request.pathId("id"), request.body(TicketRequests.ReturnRequest.class));
    }

    private Object returnable(ApiRequest request) {
        Ticket sale = Check.found(dal.get(Ticket.class, request.pathId("id")), "ticket");
        List<TicketLine> sold = dal.query(TicketLine.class, "e.ticket = :t", Map.of("t", sale.getId()))
                .orderBy("e.lineNo").list();
        Map<UUID, BigDecimal> back = returned(sold);
        // one row per item however the sale split it (a rule pricing part of a line makes two lines of one product)
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        for (TicketLine line : sold) {
            boolean product = TicketLine.PRODUCT.equals(line.getLineKind());
            String key = product ? "product:" + line.getProduct() : line.getLineKind() + ":" + line.getKindReference();
            Map<String, Object> item = items.computeIfAbsent(key, k -> describe(line, product));
            BigDecimal returned = back.getOrDefault(line.getId(), BigDecimal.ZERO);
            item.merge("sold", line.getQuantity(), (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
            item.merge("returned", returned, (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
            item.merge("left", line.getQuantity().subtract(returned), (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
            item.merge("amount", line.getLineAmount(), (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
        }
        for (Map<String, Object> item : items.values()) {
            for (String field : List.of("sold", "returned", "left")) {
                item.put(field, org.vivres.erp.api.Money.quantity((BigDecimal) item.get(field)));
            }
        }
        List<EarlierReturn> earlier = dal.query(Ticket.class, "e.originalTicket = :t", Map.of("t", sale.getId()))
                .orderBy("e.createdAt").list().stream()
                .map(r -> new EarlierReturn(r.getId(), r.getDocumentNo(), r.getCreatedAt(), r.getTotal())).toList();
        List<TicketView.PaymentView> payments = dal.query(org.vivres.erp.api.model.Payment.class, "e.ticket = :t",
                Map.of("t", sale.getId())).orderBy("e.createdAt").list().stream()
                .map(p -> new TicketView.PaymentView(p.getMethod(), p.getAmount())).toList();
        return new Returnable(sale.getId(), sale.getDocumentNo(), sale.getKind(), sale.getCreatedAt(), sale.getTotal(),
                payments, List.copyOf(items.values()), earlier);
    }

    private Map<String, Object> describe(TicketLine line, boolean product) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (product) {
            Product p = dal.get(Product.class, line.getProduct());
            item.put("product", line.getProduct());
            item.put("name", p == null ? null : p.getName());
            item.put("uom", p == null ? null : p.getUom());
        } else {
            item.put(line.getLineKind(), line.getKindReference());
            item.put("name", extensions.kind(line.getLineKind()).map(k -> k.label(line)).orElse(null));
            item.put("uom", "UNIT");
        }
        return item;
    }

    /** What earlier returns took back of each sold line (positive). */
    private Map<UUID, BigDecimal> returned(List<TicketLine> sold) {
        Map<UUID, BigDecimal> back = new HashMap<>();
        if (sold.isEmpty()) {
            return back;
        }
        for (Object[] row : dal.select("select l.soldLine, sum(l.quantity) from " + TicketLine.class.getName()
                + " l where l.soldLine in (:ids) group by l.soldLine", Object[].class,
                Map.of("ids", sold.stream().map(TicketLine::getId).toList()))) {
            back.put((UUID) row[0], ((BigDecimal) row[1]).negate());
        }
        return back;
    }
}
