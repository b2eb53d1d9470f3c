package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * back (a line of a bundle's kind goes back through its {@code LineKind.afterReturn}), and the
 * refund shared between the methods that paid (each takes back what it says, within what is
 * left), the rest to the sale's cash and card in proportion to what each paid. The sale row is
 * locked so that two returns of the same sale cannot both give back the last unit.
 */
@Component(service = ReturnService.class)
public final class ReturnService {
    private static final String CASH = "CASH";
    /** The kernel's own methods: a refund goes back to them in proportion to what they paid. */
    private static final Set<String> SPLIT_METHODS = Set.of(CASH, "CARD");

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
        Map<Wanted, BigDecimal> wanted = wanted(request);
        List<PricedLine> lines = new ArrayList<>();
        List<UUID> soldLines = new ArrayList<>();
        wanted.forEach((what, quantity) -> allocate(sale, what, quantity, lines, soldLines));
        BigDecimal total = lines.stream().map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add);
        TicketDraft draft = new TicketDraft(id, Ticket.RETURN, sale.getOrganization(), sale.getHousehold(), saleId,
                tickets.storeDay(sale.getOrganization()), lines, total, List.of());
        Ticket ticket = tickets.store(draft, requestHash, request.till(), null);
        refund(draft, sale, total.negate());
        return new TicketService.Outcome(tickets.view(ticket, tickets.finish(ticket, draft, soldLines)), true);
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
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "RETURN_EXCEEDS_SALE", ReturnService.class,
                    what.product() != null ? what.product() : what.reference());
        }
    }

    /** Negative: what earlier returns gave back of this sold line. */
    private BigDecimal alreadyReturned(UUID soldLine) {
        List<BigDecimal> sum = dal.select("select coalesce(sum(l.quantity), 0) from "
                + TicketLine.class.getName() + " l where l.soldLine = :s", BigDecimal.class, Map.of("s", soldLine));
        return sum.isEmpty() || sum.get(0) == null ? BigDecimal.ZERO : sum.get(0);
    }

    /**
     * The methods with a refund rule of their own (the caisse's eligible share, the offline gap's) take theirs first;
     * the rest goes back to the sale's cash and card as {@link RefundSplit} shares it, and what neither can take (a
     * rounding left by the other shares) in cash.
     */
    private void refund(TicketDraft draft, Ticket sale, BigDecimal refund) {
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
                method.refund(draft, sale, share);
                dal.save(new Payment(draft.id(), draft.organization(), code, share.negate()));
                remaining = remaining.subtract(share);
            }
        }
        if (remaining.signum() <= 0) {
            return;
        }
        RefundSplit.Split split = RefundSplit.split(remaining, paid, refundedBefore(sale));
        Map<String, BigDecimal> back = new TreeMap<>(split.shares());
        if (split.rest().signum() > 0) {
            back.merge(CASH, split.rest(), BigDecimal::add);
        }
        back.forEach((code, amount) -> dal.save(new Payment(draft.id(), draft.organization(), code, amount.negate())));
    }

    /** What earlier returns of {@code sale} gave back to cash and card, by method (positive). */
    private Map<String, BigDecimal> refundedBefore(Ticket sale) {
        Map<String, BigDecimal> refunded = new HashMap<>();
        dal.query(Payment.class, "e.amount < 0 and e.ticket in (select r.id from " + Ticket.class.getName()
                + " r where r.originalTicket = :t)", Map.of("t", sale.getId())).list()
                .forEach(p -> refunded.merge(p.getMethod(), p.getAmount().negate(), BigDecimal::add));
        return refunded;
    }
}
