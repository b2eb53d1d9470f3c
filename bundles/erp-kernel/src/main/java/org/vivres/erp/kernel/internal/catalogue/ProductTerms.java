package org.vivres.erp.kernel.internal.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.Product;

/** What the node keeps of a product: its terms, immutable, from which each caller gets a copy of its own. */
record ProductTerms(UUID id, UUID organization, String sku, String name, String category, String uom,
        BigDecimal referencePrice, BigDecimal vatRate, List<String> labels, Integer originKm) {

    static ProductTerms of(Product p) {
        return new ProductTerms(p.getId(), p.getOrganization(), p.getSku(), p.getName(), p.getCategory(), p.getUom(),
                p.getReferencePrice(), p.getVatRate(), List.copyOf(p.getLabels()), p.getOriginKm());
    }

    Product product() {
        Product p = new Product(sku, name, category, uom, referencePrice, vatRate, labels, originKm);
        p.setId(id);
        p.setOrganization(organization);
        return p;
    }
}
