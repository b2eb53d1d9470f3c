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

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "address")
    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "city")
    private String city;

    @Column(name = "siret")
    private String siret;

    @Column(name = "vat_number")
    private String vatNumber;

    @Column(name = "may_issue_donation_receipts", nullable = false)
    private boolean mayIssueDonationReceipts;

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

    /** The store's legal identity as declared; its parts null when not declared. */
    public LegalIdentity getLegalIdentity() {
        return new LegalIdentity(legalName, address, postalCode, city, siret, vatNumber);
    }

    /**
     * Whether the organization says it may issue receipts for gifts (reçus de dons, CGI art. 200 and 238 bis): only an
     * association of general interest may; it is the organization's own statement, the ERP cannot check it.
     */
    public boolean mayIssueDonationReceipts() {
        return mayIssueDonationReceipts;
    }

    public void setMayIssueDonationReceipts(boolean may) {
        this.mayIssueDonationReceipts = may;
    }

    /** Replaces the legal identity; the caller has checked it (the kernel's organization resource does). */
    public void setLegalIdentity(LegalIdentity identity) {
        this.legalName = identity.legalName();
        this.address = identity.address();
        this.postalCode = identity.postalCode();
        this.city = identity.city();
        this.siret = identity.siret();
        this.vatNumber = identity.vatNumber();
    }
}
