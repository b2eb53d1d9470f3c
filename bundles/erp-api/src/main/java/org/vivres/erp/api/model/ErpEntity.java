package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The base of every entity (Openbravo's BaseOBObject + OrganizationEnabled + Traceable):
 * a UUID id, the owning organization ({@code null}: the whole network), audit columns filled by
 * the kernel, and a version for optimistic locking.
 */
@MappedSuperclass
public abstract class ErpEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @Column(name = "organization_id")
    private UUID organization;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version")
    private Long version;

    public UUID getId() {
        return id;
    }

    /** Sets the id of a new entity (a client-supplied id, say); never change a stored one. */
    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getOrganization() {
        return organization;
    }

    public void setOrganization(UUID organization) {
        this.organization = organization;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** {@code null} until first saved. */
    public Long getVersion() {
        return version;
    }

    /** Called by the DAL on save; not for application code. */
    public void audit(String username, OffsetDateTime now) {
        if (createdAt == null) {
            createdAt = now;
            createdBy = username;
        }
        updatedAt = now;
        updatedBy = username;
    }

    /**
     * Called by the kernel when it writes the entity's row itself, set-based, instead of through the session: the
     * entity then reads as one saved and flushed would (audited, version 0). Not for application code.
     *
     * @since model package 1.7
     */
    public void written(String username, OffsetDateTime now) {
        audit(username, now);
        if (version == null) {
            version = 0L;
        }
    }
}
