package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** What one store needs of one product in a round (organization = the store); one per store and product. */
@Entity(name = "ProcurementNeed")
@Table(name = "procurement_need")
public class Need extends ErpEntity {
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    protected Need() {
    }

    public Need(UUID round, UUID store, UUID product, BigDecimal quantity) {
        this.round = round;
        this.product = product;
        this.quantity = quantity;
        setOrganization(store);
    }

    public UUID getRound() {
        return round;
    }

    public UUID getStore() {
        return getOrganization();
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }
}
