package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A procurement round: stores pool their needs until it closes, the hub orders, receives and
 * allocates. Owned by its hub (organization = hub), so the hub's users read it directly.
 */
@Entity(name = "ProcurementRound")
@Table(name = "procurement_round")
public class Round extends ErpEntity {
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
    public static final String ALLOCATED = "ALLOCATED";

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "closes_at", nullable = false)
    private OffsetDateTime closesAt;

    @Column(name = "status", nullable = false)
    private String status = OPEN;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "allocated_at")
    private OffsetDateTime allocatedAt;

    protected Round() {
    }

    public Round(String name, UUID hub, OffsetDateTime closesAt) {
        this.name = name;
        this.closesAt = closesAt;
        setOrganization(hub);
    }

    public String getName() {
        return name;
    }

    /** The hub that orders and receives: the owning organization. */
    public UUID getHub() {
        return getOrganization();
    }

    /** When stores may no longer change their needs. */
    public OffsetDateTime getClosesAt() {
        return closesAt;
    }

    /** {@link #OPEN}, {@link #CLOSED} (ordered) or {@link #ALLOCATED}. */
    public String getStatus() {
        return status;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public OffsetDateTime getAllocatedAt() {
        return allocatedAt;
    }

    /** True while stores may still change their needs at {@code now}. */
    public boolean acceptsNeeds(OffsetDateTime now) {
        return OPEN.equals(status) && now.isBefore(closesAt);
    }

    public void close(OffsetDateTime now) {
        status = CLOSED;
        closedAt = now;
    }

    public void allocated(OffsetDateTime now) {
        status = ALLOCATED;
        allocatedAt = now;
    }
}
