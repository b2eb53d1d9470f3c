package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * The till and session a ticket belongs to, under the ticket's id, written with the ticket. No session: sold offline
 * and arrived while the till was closed, the till's next session claims it ({@code late}).
 */
@Entity
@Table(name = "erp_till_ticket")
public class TillTicket extends ErpEntity {
    @Column(name = "till_id", nullable = false, updatable = false)
    private UUID till;

    @Column(name = "session_id", updatable = false)
    private UUID session;

    @Column(name = "late", nullable = false, updatable = false)
    private boolean late;

    protected TillTicket() {
    }

    TillTicket(UUID ticket, UUID organization, UUID till, UUID session, boolean late) {
        setId(ticket);
        setOrganization(organization);
        this.till = till;
        this.session = session;
        this.late = late;
    }

    public UUID getTill() {
        return till;
    }

    public UUID getSession() {
        return session;
    }

    public boolean isLate() {
        return late;
    }
}
