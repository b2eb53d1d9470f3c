package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A store or a logistics hub. Its {@code organization} is its own id, so it is readable by its users. */
@Entity
@Table(name = "erp_organization")
public class Organization extends ErpEntity {
    /** A grocery (épicerie solidaire, cooperative store). */
    public static final String STORE = "STORE";
    /** A shared warehouse (pôle logistique). */
    public static final String HUB = "HUB";

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "type", nullable = false)
    private String type;

    protected Organization() {
    }

    public Organization(String name, String type) {
        this.name = name;
        this.type = type;
        setOrganization(getId());
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }
}
