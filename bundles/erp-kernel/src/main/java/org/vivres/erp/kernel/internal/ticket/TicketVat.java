package org.vivres.erp.kernel.internal.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * One rate of a ticket's VAT table, written once with the ticket and never changed: the till's Z and the store's
 * closings add these rows up instead of recomputing VAT from products whose rate may have changed.
 */
@Entity
@Table(name = "erp_ticket_vat")
public class TicketVat extends ErpEntity {
    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticket;

    @Column(name = "rate", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal rate;

    @Column(name = "base", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal base;

    @Column(name = "vat", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal vat;

    @Column(name = "total", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal total;

    protected TicketVat() {
    }

    TicketVat(UUID ticket, UUID organization, VatTable.Row row) {
        setOrganization(organization);
        this.ticket = ticket;
        this.rate = row.rate();
        this.base = row.base();
        this.vat = row.vat();
        this.total = row.total();
    }

    public UUID getTicket() {
        return ticket;
    }

    public VatTable.Row row() {
        return new VatTable.Row(rate, base, vat, total);
    }
}
