package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** What a fund owed its stores for one month, established once (unique per fund and month). */
@Entity(name = "CaisseSettlement")
@Table(name = "caisse_settlement")
public class CaisseSettlement extends ErpEntity {
    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    @Column(name = "month", nullable = false, updatable = false)
    private String month;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    protected CaisseSettlement() {
    }

    public CaisseSettlement(UUID fund, String month, BigDecimal total) {
        this.fund = fund;
        this.month = month;
        this.total = total;
    }

    public UUID getFund() {
        return fund;
    }

    public String getMonth() {
        return month;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }
}
