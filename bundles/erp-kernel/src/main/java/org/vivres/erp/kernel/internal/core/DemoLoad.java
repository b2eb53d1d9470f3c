package org.vivres.erp.kernel.internal.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.vivres.erp.api.model.ErpEntity;

/** A capability bundle loaded its part of the demo network: it is not loaded again at the next start. */
@Entity(name = "ErpDemoLoad")
@Table(name = "erp_demo_load")
public class DemoLoad extends ErpEntity {
    @Column(name = "name", nullable = false, unique = true, updatable = false)
    private String name;

    protected DemoLoad() {
    }

    public DemoLoad(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
