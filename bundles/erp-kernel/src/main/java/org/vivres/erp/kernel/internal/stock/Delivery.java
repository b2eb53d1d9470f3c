package org.vivres.erp.kernel.internal.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.vivres.erp.api.SearchText;
import org.vivres.erp.api.model.ErpEntity;

/** A delivery received by a store: its supplier, delivery-note number, date and total cost (its lines apart). */
@Entity
@Table(name = "erp_delivery")
public class Delivery extends ErpEntity {
    @Column(name = "supplier_name", nullable = false, updatable = false)
    private String supplierName;

    @Column(name = "supplier_key", nullable = false, updatable = false)
    private String supplierKey;

    @Column(name = "note_number", nullable = false, updatable = false)
    private String noteNumber;

    @Column(name = "note_key", nullable = false, updatable = false)
    private String noteKey;

    @Column(name = "delivered_on", nullable = false, updatable = false)
    private LocalDate deliveredOn;

    @Column(name = "total_cost", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal totalCost;

    protected Delivery() {
    }

    Delivery(java.util.UUID organization, String supplierName, String noteNumber, LocalDate deliveredOn,
            BigDecimal totalCost) {
        setOrganization(organization);
        this.supplierName = supplierName;
        this.supplierKey = supplierKey(supplierName);
        this.noteNumber = noteNumber;
        this.noteKey = noteKey(noteNumber);
        this.deliveredOn = deliveredOn;
        this.totalCost = totalCost;
    }

    /** A supplier's name as compared: without accents, case or repeated spaces. */
    static String supplierKey(String name) {
        return SearchText.fold(name).replaceAll("\\s+", " ").strip();
    }

    /** A note number as compared: capitals, no spaces (« bl 114 » is « BL114 »). */
    static String noteKey(String number) {
        return number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getNoteNumber() {
        return noteNumber;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public BigDecimal getTotalCost() {
        return totalCost;
    }
}
