package org.vivres.erp.kernel.internal.catalogue;

import org.vivres.erp.api.model.Product;

/**
 * What the node keeps of a product: a copy of its terms no transaction ever holds, from which each transaction gets a
 * copy of its own.
 */
record ProductTerms(Product kept) {

    static ProductTerms of(Product p) {
        return new ProductTerms(Product.copyOf(p));
    }

    java.util.UUID organization() {
        return kept.getOrganization();
    }

    Product product() {
        return Product.copyOf(kept);
    }
}
