package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One change of an organization's stock of a product (signed quantity), with its reason. */
@Entity
@Table(name = "erp_stock_movement")
public class StockMovement extends ErpEntity {
    public static final String RECEIPT = "RECEIPT";
    public static final String ADJUSTMENT = "ADJUSTMENT";
    public static final String TRANSFER_IN = "TRANSFER_IN";
    public static final String TRANSFER_OUT = "TRANSFER_OUT";
    public static final String SALE = "SALE";
    public static final String RETURN = "RETURN";
    /** Goods received as a donation in kind (a company, a farm, a public programme...), valued. @since 1.5 */
    public static final String DONATION = "DONATION";

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "ticket_id", updatable = false)
    private UUID ticket;

    protected StockMovement() {
    }

    public StockMovement(UUID organization, UUID product, BigDecimal quantity, String reason, UUID ticket) {
        setOrganization(organization);
        this.product = product;
        this.quantity = quantity;
        this.reason = reason;
        this.ticket = ticket;
    }

    public UUID getProduct() {
        return product;
    }

    /** Signed: positive in, negative out. */
    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getReason() {
        return reason;
    }

    public UUID getTicket() {
        return ticket;
    }
}
