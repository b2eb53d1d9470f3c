package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ProductCatalogue;
import org.vivres.erp.api.ReferenceCache;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LineKind;
import org.vivres.erp.api.ticket.PaymentRequest;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.TicketDraft;
import org.vivres.erp.api.ticket.TicketHook;
import org.vivres.erp.kernel.internal.core.StockService;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.erp.kernel.internal.till.TillTickets;

/**
 * The ticket pipeline, all in the request's transaction: price every line, check the payments
 * add up, run the hooks, store the ticket (its id is the idempotency key), let each payment
 * method authorise, store lines and payments, move stock.
 */
@Component(service = TicketService.class)
public final class TicketService {
    private static final int MAX_LINES = 500;
    private static final List<String> STORES = List.of("erp_organization");
    private static final String LOCK_HOUSEHOLD = "select erased_at is not null from erp_household where id = :id "
            + "for update";

    private final Dal dal;
    private final ErpContext context;
    private final TicketExtensions extensions;
    private final StockService stock;
    private final Pricer pricer;
    private final OfflineSales offline;
    private final VatRates vat;
    private final TillTickets tills;
    private final TicketRows rows;
    private final ReferenceCache cache;
    private final ProductCatalogue catalogue;
    private final StoredTickets ids;

    @Activate
    public TicketService(@Reference Dal dal, @Reference ErpContext context, @Reference TicketExtensions extensions,
            @Reference StockService stock, @Reference SessionHolder sessions, @Reference OfflineSales offline,
            @Reference VatRates vat, @Reference TillTickets tills, @Reference TicketRows rows,
            @Reference ProductCatalogue catalogue, @Reference ReferenceCache cache, @Reference StoredTickets ids) {
        this.dal = dal;
        this.context = context;
        this.extensions = extensions;
        this.stock = stock;
        this.pricer = new Pricer(catalogue, extensions, sessions);
        this.catalogue = catalogue;
        this.cache = cache;
        this.offline = offline;
        this.vat = vat;
        this.tills = tills;
        this.rows = rows;
        this.ids = ids;
    }

    /** A result: the ticket, and whether it was created now (201) or found stored (200). */
    record Outcome(TicketView ticket, boolean created) {
    }

    TicketView quote(TicketRequests.TicketRequest request) {
        Priced p = price(request);
        return TicketView.quote(p.organization(), p.household(), p.lines(), vat.ofSale(p.lines()), p.total(),
                RequestedPayments.checked(extensions, request.payments(), p.total(), false).stream()
                        .map(x -> new TicketView.PaymentView(x.method(), x.amount())).toList());
    }

    Outcome create(TicketRequests.TicketRequest request, String requestHash) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        TicketView stored = storedTicket(request.id(), requestHash);
        if (stored != null) {
            return new Outcome(stored, false);
        }
        boolean soldOffline = Boolean.TRUE.equals(request.soldOffline());
        OffsetDateTime soldAt;
        List<PaymentRequest> payments;
        OfflineSales.Gap gap;
        TicketDraft draft;
        TillTickets.Placement placement;
        Ticket ticket;
        try {
            soldAt = soldOffline ? offline.soldAt(request) : null;
            Priced p = price(request);
            payments = RequestedPayments.checked(extensions, request.payments(), p.total(), !soldOffline);
            gap = soldOffline ? offline.gap(request, soldAt, p.organization(), p.household(), p.lines(),
                    p.total(), RequestedPayments.sum(payments)) : null;
            placement = tills.place(p.organization(), request.till(), soldAt);
            draft = new TicketDraft(id, Ticket.SALE, p.organization(), p.household(), null, placement.day(),
                    p.lines(), p.total(), payments);
            ticket = insert(draft, requestHash);
        } catch (RuntimeException e) {
            throw beforeInsert(request.id(), e);
        }
        tills.attach(ticket, placement, soldAt);
        List<Payment> paid = new ArrayList<>();
        for (PaymentRequest payment : payments) {
            extensions.method(payment.method()).orElseThrow().authorize(draft, payment);
            paid.add(rows.payment(id, draft.organization(), payment.method(), payment.amount()));
        }
        if (gap != null) {
            paid.add(rows.payment(id, draft.organization(), gap.payment().method(), gap.payment().amount()));
            offline.record(ticket, gap);
        }
        rows.payments(paid);
        // The answer is built from what was just written, not read back.
        return new Outcome(TicketView.of(ticket, finish(ticket, draft), paid, this::label), true);
    }

    /** The ticket stored under the {@code requested} id, posted before (see {@link StoredTickets#stored}). */
    TicketView storedTicket(UUID requested, String requestHash) {
        Ticket existing = ids.stored(requested, requestHash);
        return existing == null ? null : view(existing);
    }

    /** What to throw for {@code failure}, met before the ticket's insert (see {@link StoredTickets#beforeInsert}). */
    RuntimeException beforeInsert(UUID requested, RuntimeException failure) {
        return ids.beforeInsert(requested, failure);
    }

    /**
     * Runs the before-hooks and inserts the ticket row, so a concurrent duplicate waits here (see {@link
     * StoredTickets}); the caller then puts it in its till's session. The ticket's rows are written set-based by
     * {@link TicketRows}, outside the session (the ticket returned is their object).
     */
    Ticket insert(TicketDraft draft, String requestHash) {
        for (TicketHook hook : extensions.hooks()) {
            hook.beforeSave(draft);
        }
        return rows.ticket(new Ticket(draft.id(), draft.kind(), draft.organization(), draft.household(),
                draft.originalTicket(), draft.date(), null, draft.total(), requestHash));
    }

    /** Puts {@code ticket} in {@code till}'s session (none: till 0), sold offline at {@code soldAt} (null: now). */
    void attach(Ticket ticket, UUID till, OffsetDateTime soldAt) {
        tills.attach(ticket, till, soldAt);
    }

    /**
     * Stores the lines and stock movements, runs after-hooks, and moves the stock levels last (in product order, so
     * that tills never deadlock): every basket holds the store's hot products, whose level rows are then locked only
     * for the seal and the commit. Nothing in a checkout reads a level it moved.
     *
     * @return the stored lines, in order
     */
    List<TicketLine> finish(Ticket ticket, TicketDraft draft) {
        return finish(ticket, draft, List.of());
    }

    List<TicketLine> finish(Ticket ticket, TicketDraft draft, List<UUID> soldLines) {
        List<TicketLine> lines = new ArrayList<>();
        List<BigDecimal> rates = soldLines.isEmpty() ? vat.ofSale(draft.lines()) : vat.ofReturn(soldLines);
        // Names printed whoever sells: read as the system, from the node's catalogue.
        Map<UUID, Product> products = context.asAdmin(() -> catalogue.products(draft.lines().stream()
                .map(PricedLine::product).filter(java.util.Objects::nonNull).toList()));
        for (int i = 0; i < draft.lines().size(); i++) {
            PricedLine l = draft.lines().get(i);
            TicketLine unlabelled = new TicketLine(ticket.getId(), ticket.getOrganization(), i + 1, l.lineKind(),
                    l.product(), l.kindReference(), l.quantity(), l.referencePrice(), l.unitPrice(), l.lineAmount(),
                    l.priceRule(), soldLines.isEmpty() ? null : soldLines.get(i), rates.get(i));
            lines.add(new TicketLine(ticket.getId(), ticket.getOrganization(), i + 1, l.lineKind(),
                    l.product(), l.kindReference(), l.quantity(), l.referencePrice(), l.unitPrice(), l.lineAmount(),
                    l.priceRule(), soldLines.isEmpty() ? null : soldLines.get(i), rates.get(i), printed(unlabelled, products)));
        }
        rows.lines(lines);
        rows.vat(ticket, lines);
        String reason = Ticket.RETURN.equals(ticket.getKind()) ? StockMovement.RETURN : StockMovement.SALE;
        Map<UUID, BigDecimal> levels = stock.record(ticket.getOrganization(), lines.stream()
                .filter(l -> l.getProduct() != null)
                .sorted(Comparator.comparing(TicketLine::getProduct))
                .map(l -> Map.entry(l.getProduct(), l.getQuantity().negate())).toList(), reason, ticket.getId());
        boolean isReturn = Ticket.RETURN.equals(ticket.getKind());
        for (TicketLine line : lines) {
            if (!TicketLine.PRODUCT.equals(line.getLineKind())) {
                LineKind kind = extensions.kind(line.getLineKind()).orElseThrow(() -> new ErpException(
                        ErrorStatus.UNPROCESSABLE, "LINE_NOT_RETURNABLE", LineKind.class, line.getLineKind()));
                if (isReturn) {
                    kind.afterReturn(ticket, line);
                } else {
                    kind.afterSave(ticket, line);
                }
            }
        }
        for (TicketHook hook : extensions.hooks()) {
            hook.afterSave(ticket);
        }
        dal.flush(); // what the hooks saved is written before the hot level rows are locked
        stock.moveLevels(ticket.getOrganization(), levels);
        return lines;
    }

    TicketView view(Ticket ticket) {
        return view(ticket, dal.query(TicketLine.class, "e.ticket = :t", Map.of("t", ticket.getId()))
                .orderBy("e.lineNo").list());
    }

    /** The view of {@code ticket} whose lines are known; its payments are read. */
    TicketView view(Ticket ticket, List<TicketLine> lines) {
        List<Payment> payments = dal.query(Payment.class, "e.ticket = :t", Map.of("t", ticket.getId()))
                .orderBy("e.createdAt").list();
        return TicketView.of(ticket, lines, payments, this::label);
    }

    /** The views of a page of tickets: their lines and payments read in one query each, not two per ticket. */
    List<TicketView> views(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        Map<String, Object> ids = Map.of("ids", tickets.stream().map(Ticket::getId).toList());
        Map<UUID, List<TicketLine>> lines = dal.query(TicketLine.class, "e.ticket in (:ids)", ids)
                .orderBy("e.lineNo").list().stream().collect(Collectors.groupingBy(TicketLine::getTicket));
        Map<UUID, List<Payment>> payments = dal.query(Payment.class, "e.ticket in (:ids)", ids)
                .orderBy("e.createdAt").list().stream().collect(Collectors.groupingBy(Payment::getTicket));
        return tickets.stream().map(t -> TicketView.of(t, lines.getOrDefault(t.getId(), List.of()),
                payments.getOrDefault(t.getId(), List.of()), this::label)).toList();
    }

    /** What the receipt prints for a line, kept with it: the product's name now, or what its kind says. */
    private String printed(TicketLine line, Map<UUID, Product> products) {
        if (line.getProduct() != null) {
            Product product = products.get(line.getProduct());
            return product == null ? null : product.getName();
        }
        String label = label(line);
        return label != null ? label : line.getLineKind() + " " + line.getKindReference();
    }

    /** What the line's kind prints for it, or null (the kind's bundle absent, or it names none). */
    String label(TicketLine line) {
        return extensions.kind(line.getLineKind()).map(k -> k.label(line)).orElse(null);
    }

    private record Priced(UUID organization, UUID household, List<PricedLine> lines, BigDecimal total) {
    }

    private Priced price(TicketRequests.TicketRequest request) {
        UUID org = Check.required(request.organization(), "organization");
        context.checkAccess(org);
        // Every checkout names its store: whether it exists is kept in memory while no organization changes.
        boolean known = cache.get("kernel.store", org, STORES,
                () -> context.asAdmin(() -> dal.get(Organization.class, org)) != null);
        Check.found(known ? org : null, "organisation " + org);
        if (request.household() != null) {
            // A household shops where its card is shown, not only in the store that registered it. Its row is
            // locked now, before any rule prices a line (PricingContext): two tills selling to one household take
            // turns, and the second reads the running totals the first wrote. One statement; no entity is loaded.
            List<Boolean> erased = dal.selectNative(LOCK_HOUSEHOLD, Boolean.class, Map.of("id", request.household()));
            Check.found(erased.isEmpty() ? null : request.household(), "foyer " + request.household());
            if (erased.get(0)) {
                throw new ErpException(ErrorStatus.UNPROCESSABLE, "HOUSEHOLD_ERASED", TicketService.class);
            }
        }
        List<TicketRequests.LineRequest> lines = Check.required(request.lines(), "lines");
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw Check.invalid("INVALID_LINES", "lines", MAX_LINES);
        }
        List<PricedLine> priced = pricer.price(org, request.household(), today(), lines);
        BigDecimal total = priced.stream().map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add);
        return new Priced(org, request.household(), priced, total);
    }

    /** The store day a ticket recorded now counts in (see {@link TillTickets#storeDay}). */
    LocalDate storeDay(UUID organization) {
        return tills.storeDay(organization);
    }

    static LocalDate today() {
        return StoreCalendar.today();
    }
}
