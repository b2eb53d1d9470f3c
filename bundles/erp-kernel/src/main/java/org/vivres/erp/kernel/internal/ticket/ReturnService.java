package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.TicketDraft;

/**
 * Returns of a sale: negative lines at the prices paid (the cheapest sold part first), stock
 * back (a line of a bundle's kind goes back through its {@code LineKind.afterReturn}), and the
 * refund shared between the methods that paid (each takes back what it says, within what is
 * left), the rest to the sale's cash and card in proportion to what each paid. The sale row is
 * locked so that two returns of the same sale cannot both give back the last unit.
 */
@Component(service = ReturnService.class)
public final class ReturnService {
    private final Dal dal;
    private final TicketService tickets;
    private final TicketExtensions extensions;
    private final TicketRows rows;

    @Activate
    public ReturnService(@Reference Dal dal, @Reference TicketService tickets, @Reference TicketExtensions extensions,
            @Reference TicketRows rows) {
        this.dal = dal;
        this.tickets = tickets;
        this.extensions = extensions;
        this.rows = rows;
    }

    TicketService.Outcome create(UUID saleId, TicketRequests.ReturnRequest request, String requestHash) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        TicketView stored = tickets.storedTicket(request.id(), requestHash);
        if (stored != null) {
            return new TicketService.Outcome(stored, false);
        }
        Ticket sale;
        List<UUID> soldLines = new ArrayList<>();
        TicketDraft draft;
        Ticket ticket;
        try { // as a sale's: its id looked up only when it is taken (see StoredTickets)
            sale = Check.found(dal.getForUpdate(Ticket.class, saleId), "ticket " + saleId);
            if (!Ticket.SALE.equals(sale.getKind())) {
                throw new ErpException(ErrorStatus.UNPROCESSABLE, "NOT_A_SALE", ReturnService.class);
            }
            draft = draft(id, sale, request, soldLines);
            ticket = tickets.insert(draft, requestHash);
        } catch (RuntimeException e) {
            throw tickets.beforeInsert(request.id(), e);
        }
        tickets.attach(ticket, request.till(), null);
        refund(draft, sale, draft.total().negate());
        return new TicketService.Outcome(tickets.view(ticket, tickets.finish(ticket, draft, soldLines)), true);
    }

    /** What the return would be, priced as {@link #create} would, and how its refund would be shared; nothing written. */
    ReturnQuote quote(UUID saleId, TicketRequests.ReturnRequest request) {
        Ticket sale = Check.found(dal.get(Ticket.class, saleId), "ticket");
        if (!Ticket.SALE.equals(sale.getKind())) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "NOT_A_SALE", ReturnService.class);
        }
        TicketDraft draft = draft(UUID.randomUUID(), sale, request, new ArrayList<>());
        List<ReturnQuote.Refund> refund = RefundPlan.of(dal, extensions, draft, sale, draft.total().negate()).stream()
                .map(s -> new ReturnQuote.Refund(s.method(), s.amount())).toList();
        return new ReturnQuote(sale.getId(), sale.getDocumentNo(), draft.lines().stream()
                .map(l -> TicketView.line(l, null)).toList(), draft.total(), refund);
    }

    private TicketDraft draft(UUID id, Ticket sale, TicketRequests.ReturnRequest request, List<UUID> soldLines) {
        List<PricedLine> lines = new ArrayList<>();
        wanted(request).forEach((what, quantity) -> allocate(sale, what, quantity, lines, soldLines));
        BigDecimal total = lines.stream().map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add);
        return new TicketDraft(id, Ticket.RETURN, sale.getOrganization(), sale.getHousehold(), sale.getId(),
                tickets.storeDay(sale.getOrganization()), lines, total, List.of());
    }

    /** What a return asks back: a product, or a line of a bundle's kind by its reference (a registration). */
    private record Wanted(UUID product, String kind, String reference) {
    }

    private Map<Wanted, BigDecimal> wanted(TicketRequests.ReturnRequest request) {
        List<TicketRequests.LineRequest> lines = Check.required(request.lines(), "lines");
        if (lines.isEmpty()) {
            throw Check.invalid("INVALID_LINES", "lines", 500);
        }
        Map<Wanted, BigDecimal> wanted = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TicketRequests.LineRequest line = Check.required(lines.get(i), "lines[" + i + "]");
            wanted.merge(what(line, i), Check.quantity(line.quantity, "lines[" + i + "].quantity"), BigDecimal::add);
        }
        return wanted;
    }

    /** A line names a product, or else exactly one field of a kind the till knows, as in a sale. */
    private Wanted what(TicketRequests.LineRequest line, int i) {
        TicketExtensions.KindLine named = extensions.kindLine(line, i);
        if (named != null && named.object() != null) {
            // A return names the sold line by the reference the sale's answer showed, not by what priced it.
            throw Check.invalid("INVALID_FIELD", "lines[" + i + "]." + named.field());
        }
        return named == null ? new Wanted(line.product, TicketLine.PRODUCT, null)
                : new Wanted(null, named.field(), named.reference().strip());
    }

    private void allocate(Ticket sale, Wanted what, BigDecimal quantity, List<PricedLine> lines, List<UUID> soldLines) {
        List<TicketLine> sold = (what.product() != null
                ? dal.query(TicketLine.class, "e.ticket = :t and e.product = :p",
                        Map.of("t", sale.getId(), "p", what.product()))
                : dal.query(TicketLine.class, "e.ticket = :t and e.lineKind = :k and e.kindReference = :r",
                        Map.of("t", sale.getId(), "k", what.kind(), "r", what.reference())))
                .orderBy("e.unitPrice, e.lineNo").list();
        Product item = what.product() == null ? null : dal.get(Product.class, what.product());
        String category = item == null ? null : item.getCategory();
        BigDecimal remaining = quantity;
        for (TicketLine line : sold) {
            BigDecimal available = line.getQuantity().add(alreadyReturned(line.getId()));
            BigDecimal take = available.min(remaining);
            if (take.signum() <= 0) {
                continue;
            }
            lines.add(new PricedLine(line.getLineKind(), line.getProduct(), category, line.getKindReference(),
                    take.negate(), line.getReferencePrice(), line.getUnitPrice(),
                    Money.lineAmount(line.getUnitPrice(), take).negate(), line.getPriceRule()));
            soldLines.add(line.getId());
            remaining = remaining.subtract(take);
        }
        if (remaining.signum() > 0) {
            // said with the ticket's number and the product's name: the cashier reads it, not an id
            String name = item != null ? item.getName() : sold.isEmpty() ? String.valueOf(what.product() != null
                    ? what.product() : what.reference()) : extensions.kind(what.kind()).map(k -> k.label(sold.get(0)))
                    .orElse(what.reference());
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "RETURN_EXCEEDS_SALE", ReturnService.class,
                    name, sale.getDocumentNo(), quantity.subtract(remaining).stripTrailingZeros());
        }
    }

    /** Negative: what earlier returns gave back of this sold line. */
    private BigDecimal alreadyReturned(UUID soldLine) {
        List<BigDecimal> sum = dal.select("select coalesce(sum(l.quantity), 0) from "
                + TicketLine.class.getName() + " l where l.soldLine = :s", BigDecimal.class, Map.of("s", soldLine));
        return sum.isEmpty() || sum.get(0) == null ? BigDecimal.ZERO : sum.get(0);
    }

    /** Records the refund as {@link RefundPlan} shares it: each method with a rule of its own records its part. */
    private void refund(TicketDraft draft, Ticket sale, BigDecimal refund) {
        List<Payment> payments = new ArrayList<>();
        for (RefundPlan.Share share : RefundPlan.of(dal, extensions, draft, sale, refund)) {
            if (share.own() != null) {
                share.own().refund(draft, sale, share.amount());
            }
            payments.add(rows.payment(draft.id(), draft.organization(), share.method(), share.amount().negate()));
        }
        rows.payments(payments);
    }
}
