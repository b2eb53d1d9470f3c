package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A product ordered in a round: whole packs of the chosen offer, with the offer's terms copied
 * (an offer may change later; the round's unit cost must not). One per round and product.
 */
@Entity(name = "ProcurementPurchaseOrderLine")
@Table(name = "procurement_purchase_order_line")
public class PurchaseOrderLine extends ErpEntity {
    @Column(name = "purchase_order_id", nullable = false, updatable = false)
    private UUID purchaseOrder;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private UUID offer;

    @Column(name = "packs", nullable = false, updatable = false)
    private long packs;

    @Column(name = "pack_size", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal packSize;

    @Column(name = "pack_price", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal packPrice;

    @Column(name = "needed", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal needed;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected PurchaseOrderLine() {
    }

    /** Terms of the line: packs of {@code packSize} at {@code packPrice}; what was needed, ordered, and its amount. */
    public record Terms(UUID product, UUID offer, long packs, BigDecimal packSize, BigDecimal packPrice,
            BigDecimal needed, BigDecimal quantity, BigDecimal amount) {
    }

    public PurchaseOrderLine(PurchaseOrder order, Terms t) {
        this.purchaseOrder = order.getId();
        this.round = order.getRound();
        this.product = t.product();
        this.offer = t.offer();
        this.packs = t.packs();
        this.packSize = t.packSize();
        this.packPrice = t.packPrice();
        this.needed = t.needed();
        this.quantity = t.quantity();
        this.amount = t.amount();
        setOrganization(order.getOrganization());
    }

    public UUID getPurchaseOrder() {
        return purchaseOrder;
    }

    public UUID getRound() {
        return round;
    }

    public UUID getProduct() {
        return product;
    }

    public UUID getOffer() {
        return offer;
    }

    public long getPacks() {
        return packs;
    }

    public BigDecimal getPackSize() {
        return packSize;
    }

    public BigDecimal getPackPrice() {
        return packPrice;
    }

    public BigDecimal getNeeded() {
        return needed;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
