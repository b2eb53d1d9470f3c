package org.vivres.erp.kernel.internal.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * The kernel's {@link ProductCatalogue}: a product's terms are kept whoever asked first (read as the system), and
 * each caller is then given the products its organizations may read.
 */
@Component(service = ProductCatalogue.class)
public final class CachedProducts implements ProductCatalogue {
    private static final List<String> TABLES = List.of("erp_product");
    private static final Object HANDED_OUT = new Object();

    private final Dal dal;
    private final ErpContext context;
    private final ReferenceCache cache;
    private final SessionHolder sessions;

    @Activate
    public CachedProducts(@Reference Dal dal, @Reference ErpContext context, @Reference ReferenceCache cache,
            @Reference SessionHolder sessions) {
        this.dal = dal;
        this.context = context;
        this.cache = cache;
        this.sessions = sessions;
    }

    /**
     * Within one transaction every caller gets the same copy of a product (pricing, the VAT rates, the printed names
     * and the payment methods all ask), as they shared the session's entity before.
     */
    @Override
    public Map<UUID, Product> products(Collection<UUID> ids) {
        Map<UUID, Product> handedOut = sessions.memo(HANDED_OUT, HashMap::new);
        List<UUID> wanted = new ArrayList<>();
        for (UUID id : ids) {
            if (!handedOut.containsKey(id)) {
                wanted.add(id);
            }
        }
        if (!wanted.isEmpty()) {
            cache.getAll("kernel.products", wanted, TABLES, missing -> {
                Map<UUID, ProductTerms> read = new LinkedHashMap<>();
                context.asAdmin(() -> dal.get(Product.class, missing))
                        .forEach((id, p) -> read.put(id, ProductTerms.of(p)));
                return read;
            }).forEach((id, terms) -> handedOut.put(id, terms.product()));
        }
        Map<UUID, Product> products = new LinkedHashMap<>();
        for (UUID id : ids) {
            Product p = handedOut.get(id);
            if (p != null && context.canAccess(p.getOrganization())) {
                products.put(id, p);
            }
        }
        return products;
    }
}
