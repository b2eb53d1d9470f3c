package org.vivres.erp.kernel.internal.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.vivres.erp.api.model.ErpEntity;

/**
 * Something that happened in a store that controllers must be able to find again (an offline gap, a decision on it):
 * written once, never changed. {@code details} is a JSON object of ids and amounts, never personal data.
 */
@Entity
@Table(name = "erp_event")
public class ErpEvent extends ErpEntity {
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "user_id", updatable = false)
    private UUID user;

    @Column(name = "type", nullable = false, updatable = false)
    private String type;

    @Column(name = "subject_id", updatable = false)
    private UUID subject;

    // jsonb in the database (queryable by controllers), text here: the journal only writes it and hands it back.
    @ColumnTransformer(read = "details::text", write = "?::jsonb")
    @Column(name = "details", nullable = false, updatable = false)
    private String details;

    protected ErpEvent() {
    }

    ErpEvent(UUID organization, OffsetDateTime occurredAt, UUID user, String type, UUID subject, String details) {
        setOrganization(organization);
        this.occurredAt = occurredAt;
        this.user = user;
        this.type = type;
        this.subject = subject;
        this.details = details;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public UUID getUser() {
        return user;
    }

    public String getType() {
        return type;
    }

    public UUID getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }
}
