package org.vivres.caisse.internal.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * Report {@code caisse-member-statement} ({@code member}, {@code month}): the entries of a member's ledger
 * dated in the month (value dates: a period's first day, a ticket's day), oldest first, each with what it
 * did to the balance and the balance after it. A contribution leaves the balance as it is: its amount is
 * blank and its label says what was paid. The opening balance is what the entries dated before the month
 * add up to, so that opening + the amounts = closing on every statement, even when a month was opened
 * ahead of time (the ledger's own {@code balanceAfter} follows the order of recording instead).
 * Managers and referrers of the member's store (403 for other roles); another store's member is not found (404).
 * The member is named by its id ({@code member}) or, as people know it, by the household's card ({@code card}, with
 * {@code fund} when the household is a member of several funds): see {@link MemberByCard}.
 */
@Component
public final class MemberStatementSource implements ReportSource {
    static final List<String> COLUMNS = List.of("date", "label", "amount", "balance");
    /** Entries recorded at the same instant (a period's contribution and allowance): the ledger's own order. */
    private static final List<String> KIND_ORDER = List.of(CaisseLedgerEntry.CONTRIBUTION,
            CaisseLedgerEntry.ALLOWANCE, CaisseLedgerEntry.DEBIT, CaisseLedgerEntry.REFUND);
    private static final Comparator<CaisseLedgerEntry> LEDGER_ORDER = Comparator
            .comparing(CaisseLedgerEntry::getEntryDate).thenComparing(CaisseLedgerEntry::getCreatedAt)
            .thenComparing(e -> KIND_ORDER.indexOf(e.getKind())).thenComparing(CaisseLedgerEntry::getId);
    // Reports print in French whatever the client's language (docs/reports.md).
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public MemberStatementSource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String name() {
        return "caisse-member-statement";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER, Role.REFERRER);
        CaisseMember member = MemberByCard.named(parameters)
                ? new MemberByCard(dal).member(parameters)
                : Check.found(dal.get(CaisseMember.class, ReportQuery.id(parameters, "member")), "membre");
        YearMonth month = ReportParameters.month(parameters, "month");

        BigDecimal balance = opening(member, month);
        Map<String, Object> header = new HashMap<>();
        header.put("memberId", member.getId().toString());
        header.put("month", month);
        header.put("opening", balance);
        Household household = dal.get(Household.class, member.getHousehold());
        if (household != null && household.getReference() != null) {
            header.put("household", household.getReference());
        }
        List<CaisseLedgerEntry> entries = new ArrayList<>(dal.query(CaisseLedgerEntry.class,
                "e.member = :m and e.entryDate between :from and :to",
                Map.of("m", member.getId(), "from", month.atDay(1), "to", month.atEndOfMonth())).list());
        entries.sort(LEDGER_ORDER);
        Labels labels = new Labels();
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (CaisseLedgerEntry entry : entries) {
            BigDecimal effect = effect(entry);
            balance = balance.add(effect);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", entry.getEntryDate());
            row.put("label", labels.of(entry));
            row.put("amount", CaisseLedgerEntry.CONTRIBUTION.equals(entry.getKind()) ? null : effect);
            row.put("balance", balance);
            rows.add(row);
        }
        header.put("closing", balance);
        return new ReportData(header, COLUMNS, rows);
    }

    /** The balance the entries dated before {@code month} leave. */
    private BigDecimal opening(CaisseMember member, YearMonth month) {
        BigDecimal opening = Money.ZERO;
        for (Object[] row : dal.select("select e.kind, sum(e.amount) from CaisseLedgerEntry e"
                + " where e.member = :m and e.entryDate < :first group by e.kind", Object[].class,
                Map.of("m", member.getId(), "first", month.atDay(1)))) {
            opening = opening.add(effect((String) row[0], Money.euros((BigDecimal) row[1])));
        }
        return opening;
    }

    private static BigDecimal effect(CaisseLedgerEntry entry) {
        return effect(entry.getKind(), entry.getAmount());
    }

    /** What an entry does to the balance: allowances and refunds add, debits remove, contributions nothing. */
    private static BigDecimal effect(String kind, BigDecimal amount) {
        return switch (kind) {
            case CaisseLedgerEntry.ALLOWANCE, CaisseLedgerEntry.REFUND -> amount;
            case CaisseLedgerEntry.DEBIT -> amount.negate();
            default -> Money.ZERO;
        };
    }

    /** The French label of each entry; store names and ticket numbers read once. */
    private final class Labels {
        private final NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        private final Map<UUID, String> stores = new HashMap<>();

        String of(CaisseLedgerEntry e) {
            return switch (e.getKind()) {
                case CaisseLedgerEntry.ALLOWANCE -> "Allocation mensuelle — " + MONTH.format(e.getEntryDate());
                case CaisseLedgerEntry.CONTRIBUTION -> "Cotisation mensuelle — " + MONTH.format(e.getEntryDate())
                        + " (" + euros.format(e.getAmount()) + ")";
                case CaisseLedgerEntry.DEBIT -> "Achat — " + ticket(e.getStore(), e.getTicket());
                case CaisseLedgerEntry.REFUND -> "Retour — " + ticket(e.getStore(), e.getTicket());
                default -> e.getKind();
            };
        }

        /**
         * « Store, ticket N° »: the household may have shopped in another conventioned store, whose
         * name and ticket number are part of its own statement.
         */
        private String ticket(UUID store, UUID ticketId) {
            String name = stores.computeIfAbsent(store, s -> context.asAdmin(() -> {
                Organization o = dal.get(Organization.class, s);
                return o == null ? s.toString() : o.getName();
            }));
            Ticket ticket = context.asAdmin(() -> dal.get(Ticket.class, ticketId));
            return ticket == null ? name : name + ", ticket " + ticket.getDocumentNo();
        }
    }
}
