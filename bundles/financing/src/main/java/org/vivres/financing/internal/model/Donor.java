package org.vivres.financing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * Who gives (a company, a farm, an individual, a public programme): a name and a kind, nothing more, so that the list
 * holds no personal data beyond what a receipt names. Its organization is the store or hub that keeps it;
 * {@code null} for a donor of the whole network (a national programme, say).
 */
@Entity
@Table(name = "financing_donor")
public class Donor extends ErpEntity {
    public static final List<String> KINDS = List.of("COMPANY", "FARM", "INDIVIDUAL", "PUBLIC_PROGRAMME", "OTHER");

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "kind", nullable = false)
    private String kind;

    protected Donor() {
    }

    public Donor(String name, String kind, UUID organization) {
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
