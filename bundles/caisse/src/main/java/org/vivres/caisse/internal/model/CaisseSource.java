package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** Money promised to a fund by a funder: secured (available) or pending (not yet). */
@Entity(name = "CaisseSource")
@Table(name = "caisse_source")
public class CaisseSource extends ErpEntity {
    public static final List<String> KINDS = List.of("PUBLIC", "PRIVATE", "CITIZEN");
    public static final String SECURED = "SECURED";
    public static final String PENDING = "PENDING";

    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    @Column(name = "funder", nullable = false)
    private String funder;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "status", nullable = false)
    private String status;

    /** The store whose till's gifts this source gathers ({@code FundDonations}); null for a funder's source. */
    @Column(name = "till_organization_id", insertable = false, updatable = false)
    private UUID tillOrganization;

    protected CaisseSource() {
    }

    public CaisseSource(UUID fund, String funder, String kind, BigDecimal amount, String status) {
        this.fund = fund;
        this.funder = funder;
        this.kind = kind;
        this.amount = amount;
        this.status = status;
    }

    public UUID getFund() {
        return fund;
    }

    public String getFunder() {
        return funder;
    }

    public String getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getStatus() {
        return status;
    }

    public UUID getTillOrganization() {
        return tillOrganization;
    }

    /** Takes the funder, kind, amount and status of {@code other} (a source of the same fund). */
    public void replaceWith(CaisseSource other) {
        this.funder = other.funder;
        this.kind = other.kind;
        this.amount = other.amount;
        this.status = other.status;
    }
}
