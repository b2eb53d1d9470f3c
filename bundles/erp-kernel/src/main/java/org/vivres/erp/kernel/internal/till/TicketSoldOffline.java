package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * When a ticket sold offline was sold, as its till said, under the ticket's id and written with it: the Z and the
 * closings that count it later than it was sold list it as late with this moment.
 */
@Entity
@Table(name = "erp_ticket_sold_offline")
public class TicketSoldOffline extends ErpEntity {
    @Column(name = "sold_at", nullable = false, updatable = false)
    private OffsetDateTime soldAt;

    protected TicketSoldOffline() {
    }

    TicketSoldOffline(UUID ticket, UUID organization, OffsetDateTime soldAt) {
        setId(ticket);
        setOrganization(organization);
        this.soldAt = soldAt;
    }

    public OffsetDateTime getSoldAt() {
        return soldAt;
    }
}
