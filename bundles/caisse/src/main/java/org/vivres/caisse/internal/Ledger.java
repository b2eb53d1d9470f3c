package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;

/**
 * Members' balances and their append-only ledger. A balance moves only by an atomic update in
 * the database (never read, changed and written back from Java), and each move is written to the
 * ledger in the same transaction with the balance it left, so the balance is always the sum of the
 * ledger.
 */
@Component(service = Ledger.class)
public final class Ledger {
    private final Dal dal;

    @Activate
    public Ledger(@Reference Dal dal) {
        this.dal = dal;
    }

    /** Adds {@code amount} to the balance; returns the new balance. */
    public BigDecimal credit(UUID member, BigDecimal amount) {
        return moved("update caisse_member set balance = balance + :a where id = :id returning balance",
                member, amount).orElseThrow(() -> new IllegalStateException("caisse member " + member + " vanished"));
    }

    /**
     * Takes {@code amount} from the balance of an active member if the balance covers it (the row
     * lock makes concurrent debits wait, and the condition is then checked again on the balance the
     * other left); empty when it does not.
     */
    public Optional<BigDecimal> debit(UUID member, BigDecimal amount) {
        return moved("update caisse_member set balance = balance - :a"
                + " where id = :id and active and balance >= :a returning balance", member, amount);
    }

    /** The balance the update left, read by the update itself: a checkout pays one statement, not two. */
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
