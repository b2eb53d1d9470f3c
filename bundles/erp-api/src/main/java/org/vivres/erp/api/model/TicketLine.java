package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A priced line of a ticket. Product lines have {@code product}; lines of another kind contributed
 * by a bundle (an activity fee, say) have {@code lineKind} and {@code kindReference} instead.
 * Return lines carry negative quantities and amounts and point at the sold line.
 */
@Entity
@Table(name = "erp_ticket_line")
public class TicketLine extends ErpEntity {
    public static final String PRODUCT = "PRODUCT";

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticket;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "line_kind", nullable = false, updatable = false)
    private String lineKind;

    @Column(name = "product_id", updatable = false)
    private UUID product;

    @Column(name = "kind_reference", updatable = false)
    private String kindReference;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "reference_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal referencePrice;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "line_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal lineAmount;

    @Column(name = "price_rule", nullable = false)
    private String priceRule;

    @Column(name = "sold_line_id", updatable = false)
    private UUID soldLine;

    /** The VAT rate in percent the line was sold at, kept: a product's rate may change after the sale. */
    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal vatRate;

    /** What the receipt printed for the line, kept: a product renamed after the sale must not change it. */
    @Column(name = "label", updatable = false, length = 200)
    private String label;

    protected TicketLine() {
    }

    /**
     * A line outside VAT (rate 0).
     *
     * @deprecated the rate must be said: use the constructor with {@code vatRate}
     */
    @Deprecated
    public TicketLine(UUID ticket, UUID organization, int lineNo, String lineKind, UUID product,
            String kindReference, BigDecimal quantity, BigDecimal referencePrice, BigDecimal unitPrice,
            BigDecimal lineAmount, String priceRule, UUID soldLine) {
        this(ticket, organization, lineNo, lineKind, product, kindReference, quantity, referencePrice, unitPrice,
                lineAmount, priceRule, soldLine, BigDecimal.ZERO);
    }

    /** @since model package 1.2 */
    public TicketLine(UUID ticket, UUID organization, int lineNo, String lineKind, UUID product,
            String kindReference, BigDecimal quantity, BigDecimal referencePrice, BigDecimal unitPrice,
            BigDecimal lineAmount, String priceRule, UUID soldLine, BigDecimal vatRate) {
        this.vatRate = vatRate.setScale(2, java.math.RoundingMode.HALF_UP);
        setOrganization(organization);
        this.ticket = ticket;
        this.lineNo = lineNo;
        this.lineKind = lineKind;
        this.product = product;
        this.kindReference = kindReference;
        this.quantity = quantity;
        this.referencePrice = referencePrice;
        this.unitPrice = unitPrice;
        this.lineAmount = lineAmount;
        this.priceRule = priceRule;
        this.soldLine = soldLine;
    }

    /**
     * A line with the label the receipt prints for it (a product's name at the time of the sale).
     *
     * @since model package 1.3
     */
    public TicketLine(UUID ticket, UUID organization, int lineNo, String lineKind, UUID product,
            String kindReference, BigDecimal quantity, BigDecimal referencePrice, BigDecimal unitPrice,
            BigDecimal lineAmount, String priceRule, UUID soldLine, BigDecimal vatRate, String label) {
        this(ticket, organization, lineNo, lineKind, product, kindReference, quantity, referencePrice, unitPrice,
                lineAmount, priceRule, soldLine, vatRate);
        this.label = label == null || label.length() <= 200 ? label : label.substring(0, 200);
    }

    /**
     * The label printed for the line when it was sold; {@code null} for a line not yet labelled.
     *
     * @since model package 1.3
     */
    public String getLabel() {
        return label;
    }

    public UUID getTicket() {
        return ticket;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getLineKind() {
        return lineKind;
    }

    public UUID getProduct() {
        return product;
    }

    public String getKindReference() {
        return kindReference;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getLineAmount() {
        return lineAmount;
    }

    public String getPriceRule() {
        return priceRule;
    }

    /**
     * The VAT rate in percent (scale 2) the line was sold at; a return line has its sold line's.
     *
     * @since model package 1.2
     */
    public BigDecimal getVatRate() {
        return vatRate;
    }

    /** For a return line: the sale line it gives back. */
    public UUID getSoldLine() {
        return soldLine;
    }
}
