package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** The opening of a till with the float counted in its drawer; written once, closed by its {@link TillZ}. */
@Entity
@Table(name = "erp_till_session")
public class TillSession extends ErpEntity {
    @Column(name = "till_id", nullable = false, updatable = false)
    private UUID till;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Column(name = "opening_float", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal openingFloat;

    protected TillSession() {
    }

    TillSession(Till till, OffsetDateTime openedAt, BigDecimal openingFloat) {
        setOrganization(till.getOrganization());
        this.till = till.getId();
        this.openedAt = openedAt;
        this.openingFloat = openingFloat;
    }

    public UUID getTill() {
        return till;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public BigDecimal getOpeningFloat() {
        return openingFloat;
    }
}
