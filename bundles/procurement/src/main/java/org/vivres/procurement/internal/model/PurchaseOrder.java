package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** The order of a closed round to one supplier (organization = the hub). */
@Entity(name = "ProcurementPurchaseOrder")
@Table(name = "procurement_purchase_order")
public class PurchaseOrder extends ErpEntity {
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private UUID supplier;

    @Column(name = "total", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal total;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(UUID round, UUID hub, UUID supplier, BigDecimal total) {
        this.round = round;
        this.supplier = supplier;
        this.total = total;
        setOrganization(hub);
    }

    public UUID getRound() {
        return round;
    }

    public UUID getSupplier() {
        return supplier;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
