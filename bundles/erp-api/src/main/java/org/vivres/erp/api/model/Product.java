package org.vivres.erp.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.vivres.erp.api.SearchText;

/**
 * A product of the network catalogue (organization {@code null}). {@code referencePrice} is the
 * ordinary market shelf price, VAT included: every tier and offer is computed from it.
 */
@Entity
@Table(name = "erp_product")
public class Product extends ErpEntity {
    public static final String UNIT = "UNIT";
    public static final String KG = "KG";
    public static final String LITRE = "L";

    @Column(name = "sku", nullable = false, unique = true)
    private String sku;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "uom", nullable = false)
    private String uom;

    @Column(name = "reference_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal referencePrice;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    /** Comma-separated labels (ORGANIC, LOCAL, ...). */
    @Column(name = "labels", nullable = false)
    private String labels = "";

    @Column(name = "origin_km")
    private Integer originKm;

    /** The name folded for searching ({@link SearchText}), kept in step with it. */
    @Column(name = "search_key", nullable = false)
    private String searchKey;

    protected Product() {
    }

    /**
     * A copy of {@code other}'s id, organization and terms, attached to no session, without audit columns nor version:
     * what a cache of the catalogue hands to each transaction (a change made to it is not written).
     *
     * @since model package 1.7
     */
    public static Product copyOf(Product other) {
        Product copy = new Product();
        copy.setId(other.getId());
        copy.setOrganization(other.getOrganization());
        copy.sku = other.sku;
        copy.name = other.name;
        copy.searchKey = other.searchKey;
        copy.category = other.category;
        copy.uom = other.uom;
        copy.referencePrice = other.referencePrice;
        copy.vatRate = other.vatRate;
        copy.labels = other.labels;
        copy.originKm = other.originKm;
        return copy;
    }

    public Product(String sku, String name, String category, String uom, BigDecimal referencePrice,
            BigDecimal vatRate, List<String> labels, Integer originKm) {
        this.sku = sku;
        this.name = name;
        this.searchKey = SearchText.fold(name);
        this.category = category;
        this.uom = uom;
        this.referencePrice = referencePrice;
        this.vatRate = vatRate;
        this.labels = String.join(",", labels);
        this.originKm = originKm;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getUom() {
        return uom;
    }

    /** True for products sold by weight or volume (quantities with decimals). */
    public boolean isMeasured() {
        return !UNIT.equals(uom);
    }

    public BigDecimal getReferencePrice() {
        return referencePrice;
    }

    public void setReferencePrice(BigDecimal referencePrice) {
        this.referencePrice = referencePrice;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public List<String> getLabels() {
        return labels.isEmpty() ? List.of() : Arrays.asList(labels.split(","));
    }

    public Integer getOriginKm() {
        return originKm;
    }

    /**
     * New terms for the next tickets (sku and unit stay: stock and past tickets count in them).
     *
     * @since model package 1.1
     */
    public void change(String name, String category, BigDecimal referencePrice, BigDecimal vatRate,
            List<String> labels, Integer originKm) {
        this.name = name;
        this.searchKey = SearchText.fold(name);
        this.category = category;
        this.referencePrice = referencePrice;
        this.vatRate = vatRate;
        this.labels = String.join(",", labels);
        this.originKm = originKm;
    }
}
