package org.vivres.erp.kernel.internal.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A line of a delivery: a product, the quantity received (in its unit) and the unit cost paid to the supplier. */
@Entity
@Table(name = "erp_delivery_line")
public class DeliveryLine extends ErpEntity {
    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID delivery;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_cost", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal unitCost;

    protected DeliveryLine() {
    }

    DeliveryLine(Delivery delivery, int lineNo, UUID product, BigDecimal quantity, BigDecimal unitCost) {
        setOrganization(delivery.getOrganization());
        this.delivery = delivery.getId();
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.unitCost = unitCost;
    }

    public UUID getDelivery() {
        return delivery;
    }

    public int getLineNo() {
        return lineNo;
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }
}
