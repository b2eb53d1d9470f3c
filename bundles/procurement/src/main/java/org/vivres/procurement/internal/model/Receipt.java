package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A delivery of an ordered product at the hub (organization = the hub); several per product allowed. */
@Entity(name = "ProcurementReceipt")
@Table(name = "procurement_receipt")
public class Receipt extends ErpEntity {
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal quantity;

    protected Receipt() {
    }

    public Receipt(UUID round, UUID hub, UUID product, BigDecimal quantity) {
        this.round = round;
        this.product = product;
        this.quantity = quantity;
        setOrganization(hub);
    }

    public UUID getRound() {
        return round;
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
