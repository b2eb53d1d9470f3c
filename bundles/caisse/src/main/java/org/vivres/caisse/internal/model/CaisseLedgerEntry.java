package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * One line of a member's ledger, never changed once written. {@code amount} is positive; its
 * effect on the balance follows {@code kind}: {@link #ALLOWANCE} and {@link #REFUND} add,
 * {@link #DEBIT} removes, {@link #CONTRIBUTION} (collected from the member for the fund) leaves it.
 * Allowances and contributions belong to a period, debits and refunds to a ticket of a store.
 */
@Entity(name = "CaisseLedgerEntry")
@Table(name = "caisse_ledger_entry")
public class CaisseLedgerEntry extends ErpEntity {
    public static final String ALLOWANCE = "ALLOWANCE";
    public static final String CONTRIBUTION = "CONTRIBUTION";
    public static final String DEBIT = "DEBIT";
    public static final String REFUND = "REFUND";

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID member;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal balanceAfter;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Column(name = "period_id", updatable = false)
    private UUID period;

    @Column(name = "ticket_id", updatable = false)
    private UUID ticket;

    @Column(name = "original_ticket_id", updatable = false)
    private UUID originalTicket;

    @Column(name = "store_id", updatable = false)
    private UUID store;

    protected CaisseLedgerEntry() {
    }

    private CaisseLedgerEntry(CaisseMember member, String kind, BigDecimal amount, BigDecimal balanceAfter,
            LocalDate entryDate) {
        this.member = member.getId();
        this.fund = member.getFund();
        this.kind = kind;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.entryDate = entryDate;
        setOrganization(member.getOrganization());
    }

    /** An {@link #ALLOWANCE} or {@link #CONTRIBUTION} of {@code period}, dated its first day. */
    public static CaisseLedgerEntry ofPeriod(CaisseMember member, String kind, BigDecimal amount,
            BigDecimal balanceAfter, CaissePeriod period, LocalDate firstDay) {
        CaisseLedgerEntry e = new CaisseLedgerEntry(member, kind, amount, balanceAfter, firstDay);
        e.period = period.getId();
        return e;
    }

    /** A {@link #DEBIT} (original {@code null}) or a {@link #REFUND} of a return of {@code original}. */
    public static CaisseLedgerEntry ofTicket(CaisseMember member, String kind, BigDecimal amount,
            BigDecimal balanceAfter, UUID ticket, UUID original, UUID store, LocalDate ticketDate) {
        CaisseLedgerEntry e = new CaisseLedgerEntry(member, kind, amount, balanceAfter, ticketDate);
        e.ticket = ticket;
        e.originalTicket = original;
        e.store = store;
        return e;
    }

    public UUID getMember() {
        return member;
    }

    public UUID getFund() {
        return fund;
    }

    public String getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public UUID getPeriod() {
        return period;
    }

    public UUID getTicket() {
        return ticket;
    }

    public UUID getOriginalTicket() {
        return originalTicket;
    }

    public UUID getStore() {
        return store;
    }
}
