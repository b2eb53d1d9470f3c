package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A household's membership of a fund; its organization is the household's store. The balance is
 * never written from Java: it only moves by atomic conditional updates, each with its ledger entry.
 */
@Entity(name = "CaisseMember")
@Table(name = "caisse_member")
public class CaisseMember extends ErpEntity {
    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID household;

    @Column(name = "contribution", nullable = false, precision = 12, scale = 2)
    private BigDecimal contribution;

    @Column(name = "balance", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal balance = Money.ZERO;

    @Column(name = "active", nullable = false, updatable = false)
    private boolean active = true;

    protected CaisseMember() {
    }

    public CaisseMember(UUID fund, UUID household, UUID householdOrganization, BigDecimal contribution) {
        this.fund = fund;
        this.household = household;
        this.contribution = contribution;
        setOrganization(householdOrganization);
    }

    public UUID getFund() {
        return fund;
    }

    public UUID getHousehold() {
        return household;
    }

    public BigDecimal getContribution() {
        return contribution;
    }

    /** As loaded: read it again with a query after a change in the same transaction. */
    public BigDecimal getBalance() {
        return balance;
    }

    public boolean isActive() {
        return active;
    }
}
