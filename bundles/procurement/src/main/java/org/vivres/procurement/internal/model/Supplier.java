package org.vivres.procurement.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.vivres.erp.api.model.ErpEntity;

/** A producer the network buys from; network-wide (organization {@code null}). */
@Entity(name = "ProcurementSupplier")
@Table(name = "procurement_supplier")
public class Supplier extends ErpEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "distance_km", nullable = false)
    private int distanceKm;

    protected Supplier() {
    }

    public Supplier(String name, int distanceKm) {
        this.name = name;
        this.distanceKm = distanceKm;
    }

    public String getName() {
        return name;
    }

    /** How far the producer is from the network, in km (what "local" means to the stores). */
    public int getDistanceKm() {
        return distanceKm;
    }
}
