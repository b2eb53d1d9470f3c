package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Stock;
import org.vivres.erp.api.model.StockMovement;

/** Movements plus an atomic upsert of the level: no read-modify-write in Java. */
@Component(service = {Stock.class, StockService.class})
public final class StockService implements Stock {
    private static final String UPSERT = """
            insert into erp_stock_level (id, organization_id, created_at, created_by, updated_at, updated_by, version,
                                         product_id, on_hand)
            values (:id, :org, now(), :user, now(), :user, 0, :product, :qty)
            on conflict (organization_id, product_id) do update
               set on_hand = erp_stock_level.on_hand + excluded.on_hand, updated_at = now(),
                   updated_by = excluded.updated_by, version = erp_stock_level.version + 1
            """;

    private static final String TAKE = """
            update erp_stock_level set on_hand = on_hand - :qty, updated_at = now(), updated_by = :user,
                   version = version + 1
             where organization_id = :org and product_id = :product and on_hand >= :qty
            """;

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public StockService(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void move(UUID organization, UUID product, BigDecimal quantity, String reason, UUID ticket) {
        dal.save(new StockMovement(organization, product, Money.quantity(quantity), reason, ticket));
        dal.execute(UPSERT, Map.of("id", UUID.randomUUID(), "org", organization, "user", context.username(),
                "product", product, "qty", Money.quantity(quantity)));
    }

    @Override
    public boolean take(UUID organization, UUID product, BigDecimal quantity, String reason, UUID ticket) {
        BigDecimal qty = Money.quantity(quantity);
        int taken = dal.execute(TAKE, Map.of("org", organization, "product", product, "qty", qty,
                "user", context.username()));
        if (taken == 0) {
            return false;
        }
        dal.save(new StockMovement(organization, product, qty.negate(), reason, ticket));
        return true;
    }

    @Override
    public BigDecimal onHand(UUID organization, UUID product) {
        List<BigDecimal> found = dal.select("select l.onHand from org.vivres.erp.api.model.StockLevel l"
                + " where l.organization = :org and l.product = :product", BigDecimal.class,
                Map.of("org", organization, "product", product));
        return found.isEmpty() ? Money.quantity(BigDecimal.ZERO) : found.get(0);
    }
}
