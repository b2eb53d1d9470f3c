package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.TicketDraft;

/**
 * Returns of a sale: negative lines at the prices paid (the cheapest sold part first), stock
 * back, and the refund shared between the methods that paid (each takes back what it says,
 * within what is left), the rest in cash. The sale row is locked so that two returns of the same
 * sale cannot both give back the last unit.
 */
@Component(service = ReturnService.class)
public final class ReturnService {
    private final Dal dal;
    private final TicketService tickets;
    private final TicketExtensions extensions;

    @Activate
    public ReturnService(@Reference Dal dal, @Reference TicketService tickets, @Reference TicketExtensions extensions) {
        this.dal = dal;
        this.tickets = tickets;
        this.extensions = extensions;
    }

    TicketService.Outcome create(UUID saleId, TicketRequests.ReturnRequest request, String requestHash) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        TicketView stored = tickets.storedTicket(id, requestHash);
        if (stored != null) {
            return new TicketService.Outcome(stored, false);
        }
        Ticket sale = Check.found(dal.getForUpdate(Ticket.class, saleId), "ticket " + saleId);
        if (!Ticket.SALE.equals(sale.getKind())) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "NOT_A_SALE", ReturnService.class);
        }
        Map<UUID, BigDecimal> wanted = wanted(request);
        List<PricedLine> lines = new ArrayList<>();
        List<UUID> soldLines = new ArrayList<>();
        wanted.forEach((product, quantity) -> allocate(sale, product, quantity, lines, soldLines));
        BigDecimal total = lines.stream().map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add);
        TicketDraft draft = new TicketDraft(id, Ticket.RETURN, sale.getOrganization(), sale.getHousehold(), saleId,
                TicketService.today(), lines, total, List.of());
        Ticket ticket = tickets.store(draft, requestHash);
        refund(draft, sale, total.negate());
        return new TicketService.Outcome(tickets.view(ticket, tickets.finish(ticket, draft, soldLines)), true);
    }

    private static Map<UUID, BigDecimal> wanted(TicketRequests.ReturnRequest request) {
        List<TicketRequests.LineRequest> lines = Check.required(request.lines(), "lines");
        if (lines.isEmpty()) {
            throw Check.invalid("INVALID_LINES", "lines", 500);
        }
        Map<UUID, BigDecimal> wanted = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TicketRequests.LineRequest line = Check.required(lines.get(i), "lines[" + i + "]");
            UUID product = Check.required(line.product, "lines[" + i + "].product");
            if (!line.other().isEmpty()) {
                throw Check.invalid("UNKNOWN_FIELD", "lines[" + i + "]." + line.other().keySet().iterator().next());
            }
            wanted.merge(product, Check.quantity(line.quantity, "lines[" + i + "].quantity"), BigDecimal::add);
        }
        return wanted;
    }

    private void allocate(Ticket sale, UUID product, BigDecimal quantity, List<PricedLine> lines, List<UUID> soldLines) {
        List<TicketLine> sold = dal.query(TicketLine.class, "e.ticket = :t and e.product = :p",
                Map.of("t", sale.getId(), "p", product)).orderBy("e.unitPrice, e.lineNo").list();
        Product item = dal.get(Product.class, product);
        String category = item == null ? null : item.getCategory();
        BigDecimal remaining = quantity;
        for (TicketLine line : sold) {
            BigDecimal available = line.getQuantity().add(alreadyReturned(line.getId()));
            BigDecimal take = available.min(remaining);
            if (take.signum() <= 0) {
                continue;
            }
            lines.add(new PricedLine(TicketLine.PRODUCT, product, category, null, take.negate(), line.getReferencePrice(),
                    line.getUnitPrice(), Money.lineAmount(line.getUnitPrice(), take).negate(), line.getPriceRule()));
            soldLines.add(line.getId());
            remaining = remaining.subtract(take);
        }
        if (remaining.signum() > 0) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "RETURN_EXCEEDS_SALE", ReturnService.class, product);
        }
    }

    /** Negative: what earlier returns gave back of this sold line. */
    private BigDecimal alreadyReturned(UUID soldLine) {
        List<BigDecimal> sum = dal.select("select coalesce(sum(l.quantity), 0) from "
                + TicketLine.class.getName() + " l where l.soldLine = :s", BigDecimal.class, Map.of("s", soldLine));
        return sum.isEmpty() || sum.get(0) == null ? BigDecimal.ZERO : sum.get(0);
    }

    private void refund(TicketDraft draft, Ticket sale, BigDecimal refund) {
        BigDecimal remaining = refund;
        Set<String> methods = new LinkedHashSet<>();
        dal.query(Payment.class, "e.ticket = :t and e.amount > 0", Map.of("t", sale.getId())).list()
                .forEach(p -> methods.add(p.getMethod()));
        for (String code : methods) {
            PaymentMethod method = extensions.method(code).orElse(null);
            if (method == null || "CASH".equals(code) || remaining.signum() <= 0) {
                continue;
            }
            BigDecimal share = Money.euros(method.refundShare(draft, sale)).min(remaining);
            if (share.signum() > 0) {
                method.refund(draft, sale, share);
                dal.save(new Payment(draft.id(), draft.organization(), code, share.negate()));
                remaining = remaining.subtract(share);
            }
        }
        if (remaining.signum() > 0) {
            dal.save(new Payment(draft.id(), draft.organization(), "CASH", remaining.negate()));
        }
    }
}
