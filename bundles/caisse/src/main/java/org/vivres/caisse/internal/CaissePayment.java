package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.calc.Eligibility;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ProductCatalogue;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.PaymentRequest;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.TicketDraft;

/**
 * {@code CAISSE} at the till: the household's membership pays the eligible part of the ticket in a
 * conventioned store, from its balance, debited atomically so that concurrent tickets never spend
 * the same euro twice. Returns give the eligible value back to the balance, at most what it paid.
 */
@Component(service = PaymentMethod.class)
public final class CaissePayment implements PaymentMethod {
    static final String CODE = "CAISSE";

    private final Dal dal;
    private final ErpContext context;
    private final TillTerms terms;
    private final ProductCatalogue catalogue;
    private final Ledger ledger;

    @Activate
    public CaissePayment(@Reference Dal dal, @Reference ErpContext context, @Reference TillTerms terms,
            @Reference ProductCatalogue catalogue, @Reference Ledger ledger) {
        this.dal = dal;
        this.context = context;
        this.terms = terms;
        this.catalogue = catalogue;
        this.ledger = ledger;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** What receipts, journals and closings print for {@code CAISSE}. */
    @Override
    public Optional<String> label(Locale locale) {
        return Optional.of(locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? "Food fund" : "Caisse alimentaire");
    }

    @Override
    public void authorize(TicketDraft ticket, PaymentRequest payment) {
        // The cashier's store may not own the membership data it needs (the fund is network-wide).
        context.asAdmin(() -> {
            debit(ticket, payment.amount());
            return null;
        });
    }

    /**
     * One statement when the payment is accepted: the funds conventioned with the store and what each may pay are
     * known from memory (TillTerms, the catalogue), so the ledger picks the membership, debits it and writes the
     * entry at once. When it moves nothing, the reads below find out why, in the order the refusals have always had.
     */
    private void debit(TicketDraft ticket, BigDecimal amount) {
        if (ticket.household() == null) {
            throw Refusals.unprocessable("CAISSE_NOT_MEMBER");
        }
        // A sale's debits are all written by this transaction (its ticket row is new): with one caisse payment
        // in the ticket there is nothing earlier to count.
        BigDecimal already = caissePayments(ticket) > 1 ? ledger.debitedOn(ticket.id()) : Money.ZERO;
        Set<UUID> conventioned = terms.conventionedFunds(ticket.organization(), ticket.date());
        Map<UUID, BigDecimal> eligible = new HashMap<>();
        for (UUID fund : conventioned) {
            eligible.put(fund, eligibleValue(fund, ticket.lines()));
        }
        // The statement checks the fund it chose against these: a fund that may not pay this much moves nothing.
        Set<UUID> payable = eligible.entrySet().stream()
                .filter(e -> already.add(amount).compareTo(e.getValue()) <= 0).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (!payable.isEmpty() && ledger.debit(new Ledger.TicketDebit(ticket.household(), conventioned, payable,
                amount, ticket.id(), ticket.organization(), ticket.date())).isPresent()) {
            return;
        }
        throw refusal(ticket, amount, already, eligible);
    }

    /** Why the debit moved nothing: read as it was before the debit was one statement (the refusals' order). */
    private ErpException refusal(TicketDraft ticket, BigDecimal amount, BigDecimal already,
            Map<UUID, BigDecimal> eligibleByFund) {
        CaisseMember member = paying(ticket);
        BigDecimal eligible = eligibleByFund.containsKey(member.getFund()) ? eligibleByFund.get(member.getFund())
                : eligibleValue(member.getFund(), ticket.lines());
        if (already.add(amount).compareTo(eligible) > 0) {
            return Refusals.unprocessable("CAISSE_NOT_ELIGIBLE", amount.toPlainString(),
                    eligible.subtract(already).max(Money.ZERO).toPlainString());
        }
        return Refusals.unprocessable("CAISSE_INSUFFICIENT_BALANCE", amount.toPlainString(),
                ledger.balance(member.getId()).toPlainString());
    }

    private static long caissePayments(TicketDraft ticket) {
        return ticket.payments().stream().filter(p -> CODE.equals(p.method())).count();
    }

    /**
     * The household's active membership of a fund conventioned with the ticket's store on its date;
     * the oldest when there are several.
     */
    private CaisseMember paying(TicketDraft ticket) {
        List<CaisseMember> memberships = dal.query(CaisseMember.class, "e.household = :h and e.active = true",
                Map.of("h", ticket.household())).orderBy("e.createdAt, e.id").list();
        if (memberships.isEmpty()) {
            throw Refusals.unprocessable("CAISSE_NOT_MEMBER");
        }
        return memberships.stream()
                .filter(m -> terms.conventioned(m.getFund(), ticket.organization(), ticket.date()))
                .findFirst().orElseThrow(() -> Refusals.unprocessable("CAISSE_NOT_CONVENTIONED"));
    }

    /** The sum of the product lines whose product is eligible for the fund, as a positive amount. */
    private BigDecimal eligibleValue(UUID fund, List<PricedLine> lines) {
        List<Eligibility.Rule> rules = terms.rules(fund);
        // One call for all the lines: the catalogue answers from memory while no product has changed.
        Map<UUID, Product> products = catalogue.products(lines.stream().map(PricedLine::product)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        BigDecimal total = Money.ZERO;
        for (PricedLine line : lines) {
            if (line.product() == null) {
                continue;
            }
            Product product = products.get(line.product());
            if (product != null && Eligibility.eligible(rules, Funds.facts(product))) {
                total = total.add(line.lineAmount().abs());
            }
        }
        return total;
    }

    @Override
    public BigDecimal refundShare(TicketDraft returnTicket, Ticket original) {
        return context.asAdmin(() -> {
            CaisseMember member = debitedMember(original);
            if (member == null) {
                return Money.ZERO;
            }
            BigDecimal left = ledger.debitedOn(original.getId()).subtract(ledger.refundedFor(original.getId()));
            return left.signum() <= 0 ? Money.ZERO : eligibleValue(member.getFund(), returnTicket.lines()).min(left);
        });
    }

    @Override
    public void refund(TicketDraft returnTicket, Ticket original, BigDecimal amount) {
        context.asAdmin(() -> {
            CaisseMember member = debitedMember(original);
            if (member == null || amount.signum() <= 0) {
                return null;
            }
            BigDecimal after = ledger.credit(member.getId(), amount);
            ledger.append(CaisseLedgerEntry.ofTicket(member, CaisseLedgerEntry.REFUND, amount, after,
                    returnTicket.id(), original.getId(), returnTicket.organization(), returnTicket.date()));
            return null;
        });
    }

    /** The membership that paid {@code sale}, or {@code null} when the caisse did not pay it. */
    private CaisseMember debitedMember(Ticket sale) {
        List<CaisseLedgerEntry> debits = ledger.entriesOfTicket(CaisseLedgerEntry.DEBIT, sale.getId());
        return debits.isEmpty() ? null : dal.get(CaisseMember.class, debits.get(0).getMember());
    }
}
