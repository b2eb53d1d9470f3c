package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Ticket;

/**
 * A store's sales journal over a few days — what the cashier counts at closing and the manager checks: its tickets
 * without their lines, the sales and the returns, and what each payment method took in (refunds deducted). Two
 * queries whatever the number of tickets.
 */
@Component(service = SalesJournal.class)
public final class SalesJournal {
    /** At most a month: a journal is read day by day or week by week, not as an export. */
    static final int MAX_DAYS = 31;

    private final Dal dal;
    private final ErpContext context;
    private final OfflineGapReviews reviews;

    /** A ticket of the journal. */
    record Entry(UUID id, String documentNo, String kind, OffsetDateTime createdAt, BigDecimal total,
            List<TicketView.PaymentView> payments) {
    }

    /** How many tickets of one kind, and their total. */
    record Count(int count, BigDecimal total) {
    }

    /** What one payment method took in over the period (negative refunds included) and on how many tickets. */
    record MethodTotal(String method, BigDecimal amount, int tickets) {
    }

    /**
     * The journal: {@code net} is sales plus returns (whose totals are negative). {@code payments} counts the offline
     * gaps that count (within the threshold, or approved); those waiting for a manager and those rejected are apart.
     */
    record Journal(UUID organization, String store, LocalDate from, LocalDate to, Count sales, Count returns,
            BigDecimal net, List<MethodTotal> payments, List<Entry> tickets, Count offlineGapsPending,
            Count offlineGapsRejected, List<VatTable.Row> byVatRate) {
    }

    @Activate
    public SalesJournal(@Reference Dal dal, @Reference ErpContext context, @Reference OfflineGapReviews reviews) {
        this.dal = dal;
        this.context = context;
        this.reviews = reviews;
    }

    /**
     * The journal of {@code organization} from {@code from} to {@code to} (store dates, inclusive): 403 for another
     * organization, 400 {@code INVALID_JOURNAL_PERIOD} when {@code to} is before {@code from} or more than
     * {@value #MAX_DAYS} days after it.
     */
    Journal read(UUID organization, LocalDate from, LocalDate to) {
        context.checkAccess(organization);
        Organization store = Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 1 || days > MAX_DAYS) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_JOURNAL_PERIOD", SalesJournal.class, from, to,
                    MAX_DAYS);
        }
        Map<String, Object> period = Map.of("o", organization, "f", from, "t", to);
        List<Ticket> tickets = dal.query(Ticket.class, "e.organization = :o and e.ticketDate between :f and :t",
                period).orderBy("e.createdAt, e.documentNo").list();
        Map<UUID, List<TicketView.PaymentView>> paid = new HashMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        String ofPeriod = "e.ticket in (select t.id from " + Ticket.class.getName()
                + " t where t.organization = :o and t.ticketDate between :f and :t)";
        List<Payment> payments = dal.query(Payment.class, ofPeriod, period).orderBy("e.createdAt").list();
        Map<UUID, String> gaps = gapStatuses(tickets, payments);
        Map<String, Count> apart = new HashMap<>();
        for (Payment p : payments) {
            paid.computeIfAbsent(p.getTicket(), k -> new ArrayList<>())
                    .add(new TicketView.PaymentView(p.getMethod(), p.getAmount()));
            String gap = gaps.get(p.getTicket());
            if (OfflineGap.CODE.equals(p.getMethod()) && gap != null && !OfflineGapDecision.APPROVED.equals(gap)) {
                apart.merge(gap, new Count(1, p.getAmount()),
                        (a, b) -> new Count(a.count() + b.count(), a.total().add(b.total())));
                continue;
            }
            amounts.merge(p.getMethod(), p.getAmount(), BigDecimal::add);
            counts.merge(p.getMethod(), 1, Integer::sum);
        }
        List<Entry> entries = new ArrayList<>(tickets.size());
        BigDecimal sales = Money.ZERO;
        BigDecimal returns = Money.ZERO;
        int saleCount = 0;
        for (Ticket t : tickets) {
            entries.add(new Entry(t.getId(), t.getDocumentNo(), t.getKind(), t.getCreatedAt(), t.getTotal(),
                    paid.getOrDefault(t.getId(), List.of())));
            if (Ticket.SALE.equals(t.getKind())) {
                sales = sales.add(t.getTotal());
                saleCount++;
            } else {
                returns = returns.add(t.getTotal());
            }
        }
        List<MethodTotal> methods = amounts.entrySet().stream()
                .map(e -> new MethodTotal(e.getKey(), Money.euros(e.getValue()), counts.get(e.getKey()))).toList();
        return new Journal(organization, store.getName(), from, to, new Count(saleCount, sales),
                new Count(tickets.size() - saleCount, returns), sales.add(returns), methods, entries,
                apart.getOrDefault(OfflineGapReviews.PENDING, new Count(0, Money.ZERO)),
                apart.getOrDefault(OfflineGapDecision.REJECTED, new Count(0, Money.ZERO)),
                // the tickets' stored VAT rows added up per rate, as the closings do
                VatTable.sum(dal.query(TicketVat.class, ofPeriod, period).list().stream().map(TicketVat::row)
                        .toList()));
    }

    /**
     * The status of the gap of the sale behind each ticket that has an offline gap line (a return's share of a gap
     * follows the sale's gap), for those a manager decides.
     */
    private Map<UUID, String> gapStatuses(List<Ticket> tickets, List<Payment> payments) {
        Map<UUID, UUID> saleOf = new HashMap<>();
        for (Ticket t : tickets) {
            saleOf.put(t.getId(), t.getOriginalTicket() == null ? t.getId() : t.getOriginalTicket());
        }
        Map<UUID, UUID> withGap = new HashMap<>();
        payments.stream().filter(p -> OfflineGap.CODE.equals(p.getMethod()))
                .forEach(p -> withGap.put(p.getTicket(), saleOf.get(p.getTicket())));
        Map<UUID, String> ofSales = reviews.statuses(withGap.values());
        Map<UUID, String> statuses = new HashMap<>();
        withGap.forEach((ticket, sale) -> {
            if (ofSales.containsKey(sale)) {
                statuses.put(ticket, ofSales.get(sale));
            }
        });
        return statuses;
    }
}
