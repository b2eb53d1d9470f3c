package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A household (Openbravo's business partner), known only by its card {@code reference} and size:
 * no name, income or social data. Erasure blanks both and keeps the row so that tickets and
 * ledgers stay consistent, anonymised.
 */
@Entity
@Table(name = "erp_household")
public class Household extends ErpEntity {
    @Column(name = "reference", unique = true)
    private String reference;

    @Column(name = "size")
    private Integer size;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    protected Household() {
    }

    public Household(String reference, int size, java.util.UUID organization) {
        this.reference = reference;
        this.size = size;
        setOrganization(organization);
    }

    /** The card number, {@code null} once erased. */
    public String getReference() {
        return reference;
    }

    /** The number of people, {@code null} once erased. */
    public Integer getSize() {
        return size;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    /** Removes the personal data of this household. */
    public void erase(OffsetDateTime now) {
        reference = null;
        size = null;
        erasedAt = now;
    }
}
