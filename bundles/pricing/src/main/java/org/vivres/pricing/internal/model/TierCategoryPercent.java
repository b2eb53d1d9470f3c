package org.vivres.pricing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A tier's percent for one product category, overriding the tier's own percent. */
@Entity
@Table(name = "pricing_tier_category")
public class TierCategoryPercent extends ErpEntity {
    @Column(name = "tier_id", nullable = false, updatable = false)
    private UUID tier;

    @Column(name = "category", nullable = false, updatable = false)
    private String category;

    @Column(name = "percent", nullable = false, precision = 9, scale = 4)
    private BigDecimal percent;

    protected TierCategoryPercent() {
    }

    /** {@code organization} is the tier's, so that the category is readable wherever the tier is. */
    public TierCategoryPercent(UUID tier, UUID organization, String category, BigDecimal percent) {
        setOrganization(organization);
        this.tier = tier;
        this.category = category;
        this.percent = percent;
    }

    public UUID getTier() {
        return tier;
    }

    /** Upper case, as the kernel stores product categories. */
    public String getCategory() {
        return category;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
