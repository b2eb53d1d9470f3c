package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A supplier's offer of a product, network-wide: {@code packPrice} euros for a pack of
 * {@code packSize}, at least {@code minPacks} packs per order.
 */
@Entity(name = "ProcurementOffer")
@Table(name = "procurement_offer")
public class Offer extends ErpEntity {
    @Column(name = "supplier_id", nullable = false, updatable = false)
    private UUID supplier;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "pack_size", nullable = false, precision = 14, scale = 3)
    private BigDecimal packSize;

    @Column(name = "pack_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal packPrice;

    @Column(name = "min_packs", nullable = false)
    private int minPacks;

    protected Offer() {
    }

    public Offer(UUID supplier, UUID product, BigDecimal packSize, BigDecimal packPrice, int minPacks) {
        this.supplier = supplier;
        this.product = product;
        this.packSize = packSize;
        this.packPrice = packPrice;
        this.minPacks = minPacks;
    }

    public UUID getSupplier() {
        return supplier;
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getPackSize() {
        return packSize;
    }

    public BigDecimal getPackPrice() {
        return packPrice;
    }

    public int getMinPacks() {
        return minPacks;
    }
}
