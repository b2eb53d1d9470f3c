package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A store where a fund may be spent, from a date and possibly until one; the store is the organization. */
@Entity(name = "CaisseConvention")
@Table(name = "caisse_convention")
public class CaisseConvention extends ErpEntity {
    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CaisseConvention() {
    }

    public CaisseConvention(UUID fund, UUID store, LocalDate validFrom, LocalDate validTo) {
        this.fund = fund;
        this.validFrom = validFrom;
        this.validTo = validTo;
        setOrganization(store);
    }

    public UUID getFund() {
        return fund;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** {@code null}: open-ended. */
    public LocalDate getValidTo() {
        return validTo;
    }
}
