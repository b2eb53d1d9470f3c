package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;

/**
 * Members' balances and their append-only ledger. A balance moves only by an atomic update in
 * the database (never read, changed and written back from Java), and each move is written to the
 * ledger in the same transaction with the balance it left, so the balance is always the sum of the
 * ledger.
 */
@Component(service = Ledger.class)
public final class Ledger {
    /**
     * The membership a till pays with (the oldest, as the back office lists them), debited and written down. The
     * update names its row by its id alone (a membership's fund never changes, so the fund is checked where the row
     * is chosen): given the fund too, the plan PostgreSQL keeps for a prepared statement read every member of the
     * fund to find the one row ({@code LedgerDebitPlanIT}).
     */
    static final String DEBIT = """
            with d as (update caisse_member c set balance = c.balance - :a
                  where c.id = (select m.id from (select id, fund_id from caisse_member where household_id = :h
                                  and active and fund_id in (:conventioned) order by created_at, id limit 1) m
                                where m.fund_id in (:payable))
                  and c.active and c.balance >= :a
                  returning c.id, c.fund_id, c.organization_id, c.balance)
            insert into caisse_ledger_entry (id, organization_id, created_at, created_by, updated_at, updated_by,
                version, member_id, fund_id, kind, amount, balance_after, entry_date, ticket_id, store_id)
            select :id, d.organization_id, :now, :user, :now, :user, 0, d.id, d.fund_id, 'DEBIT', :a, d.balance,
                :date, :ticket, :store from d
            returning balance_after""";

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public Ledger(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    /** Adds {@code amount} to the balance; returns the new balance. */
    public BigDecimal credit(UUID member, BigDecimal amount) {
        return moved("update caisse_member set balance = balance + :a where id = :id returning balance",
                member, amount).orElseThrow(() -> new IllegalStateException("caisse member " + member + " vanished"));
    }

    /** Where a till's debit is drawn from and for what: the household, the funds it may draw on, the ticket. */
    public record TicketDebit(UUID household, Collection<UUID> conventioned, Collection<UUID> payable,
            BigDecimal amount, UUID ticket, UUID store, LocalDate date) {
    }

    /**
     * Takes {@code debit.amount()} from the household's oldest active membership of a {@code conventioned} fund, if
     * that fund is {@code payable} and its balance covers the amount, and writes the {@link CaisseLedgerEntry#DEBIT}
     * entry in the same statement: the balance it left, or empty when nothing moved (the caller then finds out why).
     * The row lock makes concurrent debits wait, and PostgreSQL checks the condition again on the balance the other
     * left (READ COMMITTED re-evaluates an update's condition on the row it waited for), so two tills never spend
     * the same euro. The entry's audit columns are what a save would write: this user, now, version 0.
     */
    public Optional<BigDecimal> debit(TicketDebit debit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> params = new HashMap<>();
        params.put("h", debit.household());
        params.put("conventioned", debit.conventioned());
        params.put("payable", debit.payable());
        params.put("a", debit.amount());
        params.put("id", UUID.randomUUID());
        params.put("now", now);
        params.put("user", context.username());
        params.put("date", debit.date());
        params.put("ticket", debit.ticket());
        params.put("store", debit.store());
        List<BigDecimal> after = dal.executeReturning(DEBIT, BigDecimal.class, params);
        return after.isEmpty() ? Optional.empty() : Optional.of(Money.euros(after.get(0)));
    }

    /** The balance the update left, read by the update itself: a credit pays one statement, not two. */
    private Optional<BigDecimal> moved(String sql, UUID member, BigDecimal amount) {
        List<BigDecimal> after = dal.executeReturning(sql, BigDecimal.class, Map.of("a", amount, "id", member));
        return after.isEmpty() ? Optional.empty() : Optional.of(Money.euros(after.get(0)));
    }

    /** The balance as the database has it now, in this transaction. */
    public BigDecimal balance(UUID member) {
        List<BigDecimal> balance = dal.select("select e.balance from CaisseMember e where e.id = :id",
                BigDecimal.class, Map.of("id", member));
        return balance.isEmpty() ? Money.ZERO : balance.get(0);
    }

    /** Appends an entry. */
    public CaisseLedgerEntry append(CaisseLedgerEntry entry) {
        return dal.save(entry);
    }

    /** What the caisse paid on sale {@code ticket}. */
    public BigDecimal debitedOn(UUID ticket) {
        return sum("select coalesce(sum(e.amount), 0) from CaisseLedgerEntry e where e.kind = 'DEBIT'"
                + " and e.ticket = :t", ticket);
    }

    /** What returns of sale {@code original} have given back to the caisse so far. */
    public BigDecimal refundedFor(UUID original) {
        return sum("select coalesce(sum(e.amount), 0) from CaisseLedgerEntry e where e.kind = 'REFUND'"
                + " and e.originalTicket = :t", original);
    }

    private BigDecimal sum(String hql, UUID ticket) {
        List<BigDecimal> sum = dal.select(hql, BigDecimal.class, Map.of("t", ticket));
        return Money.euros(sum.isEmpty() || sum.get(0) == null ? BigDecimal.ZERO : sum.get(0));
    }

    /** The entries of a ticket of one kind, oldest first. */
    public List<CaisseLedgerEntry> entriesOfTicket(String kind, UUID ticket) {
        return dal.query(CaisseLedgerEntry.class, "e.kind = :k and e.ticket = :t", Map.of("k", kind, "t", ticket))
                .orderBy("e.createdAt, e.id").list();
    }
}
