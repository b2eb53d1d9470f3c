package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** Something a store runs with its neighbours (a cooking workshop, say); its organization is the store. */
@Entity
@Table(name = "activities_activity")
public class Activity extends ErpEntity {
    public static final List<String> KINDS = List.of("COOKING_WORKSHOP", "SHARED_MEAL", "FARM_VISIT", "OTHER");

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "kind", nullable = false)
    private String kind;

    protected Activity() {
    }

    public Activity(String name, String kind, UUID organization) {
        this.name = name;
        this.kind = kind;
        setOrganization(organization);
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }
}
