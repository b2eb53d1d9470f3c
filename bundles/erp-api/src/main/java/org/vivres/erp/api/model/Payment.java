package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A payment of a ticket by one method ({@code CASH}, {@code CARD}, {@code CAISSE}, ...); negative for a refund. */
@Entity
@Table(name = "erp_payment")
public class Payment extends ErpEntity {
    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticket;

    @Column(name = "method", nullable = false, updatable = false)
    private String method;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected Payment() {
    }

    public Payment(UUID ticket, UUID organization, String method, BigDecimal amount) {
        setOrganization(organization);
        this.ticket = ticket;
        this.method = method;
        this.amount = amount;
    }

    public UUID getTicket() {
        return ticket;
    }

    public String getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
