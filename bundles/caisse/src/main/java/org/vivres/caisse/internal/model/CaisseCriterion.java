package org.vivres.caisse.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * An eligibility rule of the citizens' committee. A {@code null} list or distance means "not part
 * of this rule"; lists are stored comma-separated, in capitals.
 */
@Entity(name = "CaisseCriterion")
@Table(name = "caisse_criterion")
public class CaisseCriterion extends ErpEntity {
    @Column(name = "fund_id", nullable = false, updatable = false)
    private UUID fund;

    @Column(name = "categories")
    private String categories;

    @Column(name = "labels")
    private String labels;

    @Column(name = "max_origin_km")
    private Integer maxOriginKm;

    @Column(name = "excluded_categories")
    private String excludedCategories;

    protected CaisseCriterion() {
    }

    public CaisseCriterion(UUID fund, List<String> categories, List<String> labels, Integer maxOriginKm,
            List<String> excludedCategories) {
        this.fund = fund;
        this.categories = join(categories);
        this.labels = join(labels);
        this.maxOriginKm = maxOriginKm;
        this.excludedCategories = join(excludedCategories);
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(",", values);
    }

    private static List<String> split(String value) {
        return value == null ? null : value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    public UUID getFund() {
        return fund;
    }

    public List<String> getCategories() {
        return split(categories);
    }

    public List<String> getLabels() {
        return split(labels);
    }

    public Integer getMaxOriginKm() {
        return maxOriginKm;
    }

    public List<String> getExcludedCategories() {
        return split(excludedCategories);
    }
}
