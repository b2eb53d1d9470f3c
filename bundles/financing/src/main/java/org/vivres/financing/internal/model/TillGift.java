package org.vivres.financing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A donation line of a ticket as the cagnotte keeps it: to the store's own cagnotte ({@code fund} null) or to a fund of
 * the caisse alimentaire; negative for a return that gave it back. Never changed once written.
 */
@Entity
@Table(name = "financing_till_gift")
public class TillGift extends ErpEntity {
    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticket;

    @Column(name = "ticket_line_id", nullable = false, updatable = false)
    private UUID ticketLine;

    @Column(name = "fund_id", updatable = false)
    private UUID fund;

    @Column(name = "gift_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected TillGift() {
    }

    public TillGift(UUID organization, UUID ticket, UUID ticketLine, UUID fund, LocalDate date, BigDecimal amount) {
        setOrganization(organization);
        this.ticket = ticket;
        this.ticketLine = ticketLine;
        this.fund = fund;
        this.date = date;
        this.amount = amount;
    }

    public UUID getTicket() {
        return ticket;
    }

    public UUID getTicketLine() {
        return ticketLine;
    }

    public UUID getFund() {
        return fund;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
