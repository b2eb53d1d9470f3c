package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.persistence.EntityListener;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * Adds a row to the products' price history whenever a product is saved with a price that is not the last one
 * recorded (its creation, a change of its terms), whoever saves it — the product resource, the demo data, a bundle.
 * It works on the transaction's session itself rather than through the {@code Dal}: the {@code Dal} calls it, and a
 * listener that needed the {@code Dal} could not be created while the {@code Dal} is.
 */
@Component(service = EntityListener.class)
public final class ProductPriceRecorder implements EntityListener<Product> {
    private final SessionHolder sessions;
    private final ErpContext context;

    @Activate
    public ProductPriceRecorder(@Reference SessionHolder sessions, @Reference ErpContext context) {
        this.sessions = sessions;
        this.context = context;
    }

    @Override
    public Class<Product> entityType() {
        return Product.class;
    }

    @Override
    public void onSave(Product product) {
        BigDecimal price = product.getReferencePrice();
        var session = sessions.current();
        if (product.getVersion() != null) {
            List<BigDecimal> last = session.createSelectionQuery("select p.referencePrice from "
                    + ProductPrice.class.getName() + " p where p.product = :p order by p.validFrom desc",
                    BigDecimal.class).setParameter("p", product.getId()).setMaxResults(1).getResultList();
            if (!last.isEmpty() && last.get(0).compareTo(price) == 0) {
                return;
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ProductPrice row = new ProductPrice(product.getId(), price, now);
        row.audit(context.username(), now);
        session.persist(row);
    }
}
