package org.vivres.erp.kernel.internal.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A reference price a product had from {@code validFrom} until the next one: written once when the product is created
 * or its price changes, never changed, so that a ticket sold offline can be checked against what the till could have
 * had in its cache.
 */
@Entity
@Table(name = "erp_product_price")
public class ProductPrice extends ErpEntity {
    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "reference_price", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal referencePrice;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private OffsetDateTime validFrom;

    protected ProductPrice() {
    }

    ProductPrice(UUID product, BigDecimal referencePrice, OffsetDateTime validFrom) {
        this.product = product;
        this.referencePrice = referencePrice;
        this.validFrom = validFrom;
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public OffsetDateTime getValidFrom() {
        return validFrom;
    }
}
