package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A store taking part in a round (organization = the store). */
@Entity(name = "ProcurementRoundStore")
@Table(name = "procurement_round_store")
public class RoundStore extends ErpEntity {
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID round;

    protected RoundStore() {
    }

    public RoundStore(UUID round, UUID store) {
        this.round = round;
        setOrganization(store);
    }

    public UUID getRound() {
        return round;
    }

    public UUID getStore() {
        return getOrganization();
    }
}
