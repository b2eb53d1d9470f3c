package org.vivres.erp.kernel.internal.till;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A till of a store (« Caisse 1 »), numbered 1, 2, ... in its store; number 0 is the API's, without a drawer. */
@Entity
@Table(name = "erp_till")
public class Till extends ErpEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    protected Till() {
    }

    /** A till; the demo data declares some, the API the others ({@code TillService}). */
    public Till(UUID organization, String name, int number) {
        setOrganization(organization);
        this.name = name;
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public int getNumber() {
        return number;
    }

    /** Till 0: always open, no drawer, no session. */
    boolean isApi() {
        return number == 0;
    }
}
