package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.vivres.erp.api.model.ErpEntity;

/** A common food fund: what each member may spend a month and the range of their contributions. Network-wide. */
@Entity(name = "CaisseFund")
@Table(name = "caisse_fund")
public class CaisseFund extends ErpEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "monthly_allowance", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyAllowance;

    @Column(name = "min_contribution", nullable = false, precision = 12, scale = 2)
    private BigDecimal minContribution;

    @Column(name = "max_contribution", precision = 12, scale = 2)
    private BigDecimal maxContribution;

    protected CaisseFund() {
    }

    public CaisseFund(String name, BigDecimal monthlyAllowance, BigDecimal minContribution,
            BigDecimal maxContribution) {
        this.name = name;
        this.monthlyAllowance = monthlyAllowance;
        this.minContribution = minContribution;
        this.maxContribution = maxContribution;
        setOrganization(null);
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMonthlyAllowance() {
        return monthlyAllowance;
    }

    public BigDecimal getMinContribution() {
        return minContribution;
    }

    /** {@code null}: no ceiling. */
    public BigDecimal getMaxContribution() {
        return maxContribution;
    }
}
