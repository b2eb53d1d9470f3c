package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** Cash put into ({@code CASH_IN}) or taken out of ({@code CASH_OUT}) a session's drawer, with why. */
@Entity
@Table(name = "erp_till_movement")
public class TillMovement extends ErpEntity {
    static final String IN = "CASH_IN";
    static final String OUT = "CASH_OUT";

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID session;

    @Column(name = "type", nullable = false, updatable = false)
    private String type;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    protected TillMovement() {
    }

    TillMovement(TillSession session, String type, BigDecimal amount, String reason) {
        setOrganization(session.getOrganization());
        this.session = session.getId();
        this.type = type;
        this.amount = amount;
        this.reason = reason;
    }

    public UUID getSession() {
        return session;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    /** What it does to the cash expected in the drawer. */
    BigDecimal signed() {
        return IN.equals(type) ? amount : amount.negate();
    }
}
