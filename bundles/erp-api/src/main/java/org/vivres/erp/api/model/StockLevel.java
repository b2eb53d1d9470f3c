package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What an organization has of a product: the sum of its movements, kept in step atomically by
 * the kernel's stock service in the same transaction as each movement.
 */
@Entity
@Table(name = "erp_stock_level")
public class StockLevel extends ErpEntity {
    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "on_hand", nullable = false, precision = 14, scale = 3)
    private BigDecimal onHand;

    protected StockLevel() {
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }
}
