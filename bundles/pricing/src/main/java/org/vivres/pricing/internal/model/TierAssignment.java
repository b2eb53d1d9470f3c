package org.vivres.pricing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * The tier of a household between two dates (inclusive), set by a referrer or a manager or by an
 * assessment. A household has at most one: a new assignment replaces it. It is personal data
 * (exported and erased with the household); the income behind an assessment is never kept.
 */
@Entity
@Table(name = "pricing_assignment")
public class TierAssignment extends ErpEntity {
    @Column(name = "household_id", nullable = false, unique = true, updatable = false)
    private UUID household;

    @Column(name = "tier_id", nullable = false)
    private UUID tier;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected TierAssignment() {
    }

    /** {@code organization} is the household's. */
    public TierAssignment(UUID household, UUID organization) {
        setOrganization(organization);
        this.household = household;
    }

    public UUID getHousehold() {
        return household;
    }

    public UUID getTier() {
        return tier;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** Points the assignment at {@code tier} from {@code validFrom} to {@code validTo}. */
    public void assign(UUID tier, LocalDate validFrom, LocalDate validTo) {
        this.tier = tier;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** True when it applies on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
