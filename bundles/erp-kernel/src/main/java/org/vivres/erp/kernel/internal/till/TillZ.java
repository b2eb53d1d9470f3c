package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * The Z of a till session: its close, numbered per till without gaps, with its figures as shown then (JSON texts
 * of the lists, written once: the Z is read back exactly as it was printed).
 */
@Entity
@Table(name = "erp_till_z")
public class TillZ extends ErpEntity {
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID session;

    @Column(name = "till_id", nullable = false, updatable = false)
    private UUID till;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private OffsetDateTime closedAt;

    @Column(name = "tickets", nullable = false, updatable = false)
    private int tickets;

    @Column(name = "returns", nullable = false, updatable = false)
    private int returns;

    @Column(name = "total", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal total;

    @Column(name = "by_method", nullable = false, updatable = false)
    private String byMethod;

    @Column(name = "by_vat_rate", nullable = false, updatable = false)
    private String byVatRate;

    @Column(name = "cash_movements", nullable = false, updatable = false)
    private String cashMovements;

    @Column(name = "late_tickets", nullable = false, updatable = false)
    private String lateTickets;

    protected TillZ() {
    }

    TillZ(TillSession session, int number, OffsetDateTime closedAt, ZFigures.Counts counts, ZFigures.Texts texts) {
        setOrganization(session.getOrganization());
        this.session = session.getId();
        this.till = session.getTill();
        this.number = number;
        this.closedAt = closedAt;
        this.tickets = counts.tickets();
        this.returns = counts.returns();
        this.total = counts.total();
        this.byMethod = texts.byMethod();
        this.byVatRate = texts.byVatRate();
        this.cashMovements = texts.cashMovements();
        this.lateTickets = texts.lateTickets();
    }

    public UUID getSession() {
        return session;
    }

    public UUID getTill() {
        return till;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public int getTickets() {
        return tickets;
    }

    public int getReturns() {
        return returns;
    }

    public BigDecimal getTotal() {
        return total;
    }

    ZFigures.Texts texts() {
        return new ZFigures.Texts(byMethod, byVatRate, cashMovements, lateTickets);
    }
}
