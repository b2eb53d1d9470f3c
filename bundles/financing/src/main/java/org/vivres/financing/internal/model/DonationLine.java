package org.vivres.financing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * A product received in a donation of goods, valued: at the value the donor stated, or else at the product's
 * reference price of that day ({@code valueSource} says which, since a receipt must tell an estimate from a figure).
 */
@Entity
@Table(name = "financing_donation_line")
public class DonationLine extends ErpEntity {
    public static final String STATED = "STATED";
    public static final String REFERENCE_PRICE = "REFERENCE_PRICE";

    @Column(name = "donation_id", nullable = false, updatable = false)
    private UUID donation;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_value", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal unitValue;

    @Column(name = "value", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal value;

    @Column(name = "value_source", nullable = false, updatable = false)
    private String valueSource;

    protected DonationLine() {
    }

    public DonationLine(Donation donation, int lineNo, UUID product, BigDecimal quantity, BigDecimal unitValue,
                        BigDecimal value, String valueSource) {
        setOrganization(donation.getOrganization());
        this.donation = donation.getId();
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.unitValue = unitValue;
        this.value = value;
        this.valueSource = valueSource;
    }

    public UUID getDonation() {
        return donation;
    }

    public int getLineNo() {
        return lineNo;
    }

    public UUID getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitValue() {
        return unitValue;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getValueSource() {
        return valueSource;
    }
}
