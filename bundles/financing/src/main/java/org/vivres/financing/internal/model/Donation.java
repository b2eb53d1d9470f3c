package org.vivres.financing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A gift received by a store or hub: goods (its lines went into stock), a piece of equipment or money, with its value
 * in euros (for goods, the sum of its lines' values). Written once; its organization is the one that received it.
 */
@Entity
@Table(name = "financing_donation")
public class Donation extends ErpEntity {
    public static final String GOODS = "GOODS";
    public static final String EQUIPMENT = "EQUIPMENT";
    public static final String MONEY = "MONEY";
    public static final List<String> KINDS = List.of(GOODS, EQUIPMENT, MONEY);

    @Column(name = "donor_id", nullable = false, updatable = false)
    private UUID donor;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "description", updatable = false)
    private String description;

    @Column(name = "value", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal value;

    protected Donation() {
    }

    public Donation(UUID organization, UUID donor, LocalDate receivedOn, String kind, String description,
                    BigDecimal value) {
        setOrganization(organization);
        this.donor = donor;
        this.receivedOn = receivedOn;
        this.kind = kind;
        this.description = description;
        this.value = value;
    }

    public UUID getDonor() {
        return donor;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getValue() {
        return value;
    }
}
