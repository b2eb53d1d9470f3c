package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** What a store got of a product in an allocated round, and what it costs (organization = the store). */
@Entity(name = "ProcurementAllocation")
@Table(name = "procurement_allocation")
public class Allocation extends ErpEntity {
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "needed", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal needed;

    @Column(name = "allocated", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal allocated;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected Allocation() {
    }

    public Allocation(UUID round, UUID store, UUID product, BigDecimal needed, BigDecimal allocated,
            BigDecimal amount) {
        this.round = round;
        this.product = product;
        this.needed = needed;
        this.allocated = allocated;
        this.amount = amount;
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

    public BigDecimal getNeeded() {
        return needed;
    }

    public BigDecimal getAllocated() {
        return allocated;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
