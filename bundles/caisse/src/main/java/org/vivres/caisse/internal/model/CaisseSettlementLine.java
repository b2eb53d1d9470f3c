package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** One store's part of a settlement: caisse debits less refunds, and how many tickets made it. */
@Entity(name = "CaisseSettlementLine")
@Table(name = "caisse_settlement_line")
public class CaisseSettlementLine extends ErpEntity {
    @Column(name = "settlement_id", nullable = false, updatable = false)
    private UUID settlement;

    @Column(name = "store_id", nullable = false, updatable = false)
    private UUID store;

    @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "tickets", nullable = false, updatable = false)
    private int tickets;

    protected CaisseSettlementLine() {
    }

    public CaisseSettlementLine(UUID settlement, UUID store, BigDecimal amount, int tickets) {
        this.settlement = settlement;
        this.store = store;
        this.amount = amount;
        this.tickets = tickets;
    }

    public UUID getSettlement() {
        return settlement;
    }

    public UUID getStore() {
        return store;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getTickets() {
        return tickets;
    }
}
