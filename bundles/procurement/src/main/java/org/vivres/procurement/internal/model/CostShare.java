package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A store's share of one cost of a round (organization = the store). */
@Entity(name = "ProcurementCostShare")
@Table(name = "procurement_cost_share")
public class CostShare extends ErpEntity {
    @Column(name = "cost_id", nullable = false, updatable = false)
    private UUID cost;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected CostShare() {
    }

    public CostShare(Cost cost, UUID store, BigDecimal amount) {
        this.cost = cost.getId();
        this.round = cost.getRound();
        this.amount = amount;
        setOrganization(store);
    }

    public UUID getCost() {
        return cost;
    }

    public UUID getRound() {
        return round;
    }

    public UUID getStore() {
        return getOrganization();
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
