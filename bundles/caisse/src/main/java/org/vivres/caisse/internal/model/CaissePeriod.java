package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.ErpEntity;

/** A month opened for a fund (unique per fund and month), with what it collected and credited. */
@Entity(name = "CaissePeriod")
@Table(name = "caisse_period")
public class CaissePeriod extends ErpEntity {
    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    /** {@code YYYY-MM}. */
    @Column(name = "month", nullable = false, updatable = false)
    private String month;

    @Column(name = "members", nullable = false)
    private int members;

    @Column(name = "contributions", nullable = false, precision = 14, scale = 2)
    private BigDecimal contributions = Money.ZERO;

    @Column(name = "allowances", nullable = false, precision = 14, scale = 2)
    private BigDecimal allowances = Money.ZERO;

    protected CaissePeriod() {
    }

    public CaissePeriod(UUID fund, String month) {
        this.fund = fund;
        this.month = month;
    }

    public UUID getFund() {
        return fund;
    }

    public String getMonth() {
        return month;
    }

    public int getMembers() {
        return members;
    }

    public BigDecimal getContributions() {
        return contributions;
    }

    public BigDecimal getAllowances() {
        return allowances;
    }

    /** Records the totals once every member has been credited. */
    public void totals(int memberCount, BigDecimal contributionTotal, BigDecimal allowanceTotal) {
        this.members = memberCount;
        this.contributions = contributionTotal;
        this.allowances = allowanceTotal;
    }
}
