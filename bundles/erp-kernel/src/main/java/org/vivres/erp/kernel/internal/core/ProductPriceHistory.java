package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;

/**
 * The history of the products' reference prices (written by {@link ProductPriceRecorder}), read to know the lowest
 * price a till could have had in its cache over a period.
 */
@Component(service = ProductPriceHistory.class)
public final class ProductPriceHistory {
    private final Dal dal;

    @Activate
    public ProductPriceHistory(@Reference Dal dal) {
        this.dal = dal;
    }

    /**
     * For each product, the lowest reference price it had at some moment of [{@code from}, {@code to}]: the price in
     * force at {@code from} and those set until {@code to}. A product without any recorded price there is absent.
     */
    public Map<UUID, BigDecimal> lowest(Collection<UUID> products, OffsetDateTime from, OffsetDateTime to) {
        Map<UUID, BigDecimal> lowest = new HashMap<>();
        if (products.isEmpty()) {
            return lowest;
        }
        List<Object[]> rows = dal.select("select p.product, min(p.referencePrice) from " + ProductPrice.class.getName()
                + " p where p.product in (:ids) and (p.validFrom > :from and p.validFrom <= :to"
                + " or p.validFrom = (select max(q.validFrom) from " + ProductPrice.class.getName()
                + " q where q.product = p.product and q.validFrom <= :from)) group by p.product", Object[].class,
                Map.of("ids", List.copyOf(products), "from", from, "to", to));
        for (Object[] row : rows) {
            lowest.put((UUID) row[0], (BigDecimal) row[1]);
        }
        return lowest;
    }
}
