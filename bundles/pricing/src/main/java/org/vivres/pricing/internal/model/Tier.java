package org.vivres.pricing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A price tier: a percent of the reference price (below 100 % a solidarity price, above a support
 * price), referenced everywhere by its network-unique {@code code}. Organization {@code null}: a
 * network-wide tier; otherwise the store's own. {@code maxQuotient} makes it a candidate of
 * assessments; {@code monthlyCap} limits the tier-priced amount per household and month.
 */
@Entity
@Table(name = "pricing_tier")
public class Tier extends ErpEntity {
    @Column(name = "code", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "percent_of_reference", nullable = false, precision = 9, scale = 4)
    private BigDecimal percentOfReference;

    @Column(name = "max_quotient", precision = 12, scale = 2)
    private BigDecimal maxQuotient;

    @Column(name = "monthly_cap", precision = 12, scale = 2)
    private BigDecimal monthlyCap;

    protected Tier() {
    }

    public Tier(String code, String name, UUID organization, BigDecimal percentOfReference, BigDecimal maxQuotient,
            BigDecimal monthlyCap) {
        setOrganization(organization);
        this.code = code;
        this.name = name;
        this.percentOfReference = percentOfReference;
        this.maxQuotient = maxQuotient;
        this.monthlyCap = monthlyCap;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPercentOfReference() {
        return percentOfReference;
    }

    /** The highest quotient this tier is assessed for, or {@code null} (never chosen by an assessment). */
    public BigDecimal getMaxQuotient() {
        return maxQuotient;
    }

    /** The most a household may buy at this tier's prices per calendar month, or {@code null}. */
    public BigDecimal getMonthlyCap() {
        return monthlyCap;
    }

    /** New terms decided by the network or the store: they price the tickets from now on, not the past ones. */
    public void change(String name, BigDecimal percentOfReference, BigDecimal maxQuotient, BigDecimal monthlyCap) {
        this.name = name;
        this.percentOfReference = percentOfReference;
        this.maxQuotient = maxQuotient;
        this.monthlyCap = monthlyCap;
    }
}
