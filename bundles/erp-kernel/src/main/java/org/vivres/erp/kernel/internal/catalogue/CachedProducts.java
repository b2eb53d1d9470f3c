package org.vivres.erp.kernel.internal.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ProductCatalogue;
import org.vivres.erp.api.ReferenceCache;
import org.vivres.erp.api.model.Product;

/**
 * The kernel's {@link ProductCatalogue}: a product's terms are kept whoever asked first (read as the system), and
 * each caller is then given the products its organizations may read.
 */
@Component(service = ProductCatalogue.class)
public final class CachedProducts implements ProductCatalogue {
    private static final List<String> TABLES = List.of("erp_product");

    private final Dal dal;
    private final ErpContext context;
    private final ReferenceCache cache;

    @Activate
    public CachedProducts(@Reference Dal dal, @Reference ErpContext context, @Reference ReferenceCache cache) {
        this.dal = dal;
        this.context = context;
        this.cache = cache;
    }

    @Override
    public Map<UUID, Product> products(Collection<UUID> ids) {
        Map<UUID, ProductTerms> terms = cache.getAll("kernel.products", ids, TABLES, missing -> {
            Map<UUID, ProductTerms> read = new LinkedHashMap<>();
            context.asAdmin(() -> dal.get(Product.class, missing)).forEach((id, p) -> read.put(id, ProductTerms.of(p)));
            return read;
        });
        Map<UUID, Product> products = new LinkedHashMap<>();
        terms.forEach((id, t) -> {
            if (context.canAccess(t.organization())) {
                products.put(id, t.product());
            }
        });
        return products;
    }
}
