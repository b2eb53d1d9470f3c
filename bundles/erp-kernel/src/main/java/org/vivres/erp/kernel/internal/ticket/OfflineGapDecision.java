package org.vivres.erp.kernel.internal.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A manager's decision on the gap of a ticket ({@code APPROVED}: it counts; {@code REJECTED}: it does not). */
@Entity
@Table(name = "erp_offline_gap_decision")
public class OfflineGapDecision extends ErpEntity {
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticket;

    @Column(name = "decision", nullable = false, updatable = false)
    private String decision;

    @Column(name = "comment", updatable = false)
    private String comment;

    @Column(name = "user_id", updatable = false)
    private UUID user;

    protected OfflineGapDecision() {
    }

    OfflineGapDecision(UUID ticket, UUID organization, String decision, String comment, UUID user) {
        setOrganization(organization);
        this.ticket = ticket;
        this.decision = decision;
        this.comment = comment;
        this.user = user;
    }

    public UUID getTicket() {
        return ticket;
    }

    public String getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public UUID getUser() {
        return user;
    }
}
