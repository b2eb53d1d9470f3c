package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A cost of a round shared among the receiving stores, transport say (organization = the hub). */
@Entity(name = "ProcurementCost")
@Table(name = "procurement_cost")
public class Cost extends ErpEntity {
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "label", nullable = false, updatable = false)
    private String label;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "basis", nullable = false, updatable = false)
    private String basis;

    protected Cost() {
    }

    public Cost(UUID round, UUID hub, int lineNo, String label, BigDecimal amount, String basis) {
        this.round = round;
        this.lineNo = lineNo;
        this.label = label;
        this.amount = amount;
        this.basis = basis;
        setOrganization(hub);
    }

    public UUID getRound() {
        return round;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** {@code VALUE}, {@code QUANTITY} or {@code EQUAL}. */
    public String getBasis() {
        return basis;
    }
}
