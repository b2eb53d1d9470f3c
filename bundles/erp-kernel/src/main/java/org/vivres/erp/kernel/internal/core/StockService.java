package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
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

    // The same upsert for every product of a ticket at once, in the order given (the tills' common lock order).
    private static final String UPSERT_ALL = """
            insert into erp_stock_level (id, organization_id, created_at, created_by, updated_at, updated_by, version,
                                         product_id, on_hand)
            select m.id, :org, now(), :user, now(), :user, 0, m.product, m.qty
              from unnest(cast(string_to_array(:ids, ',') as uuid[]), cast(string_to_array(:products, ',') as uuid[]),
                          cast(string_to_array(:qtys, ',') as numeric[])) with ordinality as m(id, product, qty, n)
             order by m.n
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

    /**
     * The movements of a whole ticket: one movement per line, as {@link #move} records them, and the levels updated
     * by a single statement instead of one per line. {@code lines} are (product, signed quantity) pairs in the order
     * the levels must be locked.
     */
    public void moveAll(UUID organization, List<Map.Entry<UUID, BigDecimal>> lines, String reason, UUID ticket) {
        Map<UUID, BigDecimal> byProduct = new LinkedHashMap<>();
        for (Map.Entry<UUID, BigDecimal> line : lines) {
            BigDecimal quantity = Money.quantity(line.getValue());
            dal.save(new StockMovement(organization, line.getKey(), quantity, reason, ticket));
            // one row may be updated only once per statement: a product on two lines moves once, by the sum
            byProduct.merge(line.getKey(), quantity, BigDecimal::add);
        }
        if (byProduct.isEmpty()) {
            return;
        }
        StringJoiner ids = new StringJoiner(",");
        StringJoiner products = new StringJoiner(",");
        StringJoiner quantities = new StringJoiner(",");
        byProduct.forEach((product, quantity) -> {
            ids.add(UUID.randomUUID().toString());
            products.add(product.toString());
            quantities.add(quantity.toPlainString());
        });
        dal.execute(UPSERT_ALL, Map.of("org", organization, "user", context.username(), "ids", ids.toString(),
                "products", products.toString(), "qtys", quantities.toString()));
    }

    /**
     * The on-hand quantities of {@code products} (given in product order, the tills' lock order), their level rows
     * locked until the transaction ends — made at 0 when missing — so that no sale moves them in between.
     */
    public Map<UUID, BigDecimal> lockLevels(UUID organization, List<UUID> products) {
        StringJoiner ids = new StringJoiner(",");
        StringJoiner list = new StringJoiner(",");
        StringJoiner zeros = new StringJoiner(",");
        for (UUID product : products) {
            ids.add(UUID.randomUUID().toString());
            list.add(product.toString());
            zeros.add("0");
        }
        dal.execute(UPSERT_ALL, Map.of("org", organization, "user", context.username(), "ids", ids.toString(),
                "products", list.toString(), "qtys", zeros.toString()));
        Map<UUID, BigDecimal> onHand = new LinkedHashMap<>();
        for (Object[] row : dal.select("select l.product, l.onHand from org.vivres.erp.api.model.StockLevel l"
                + " where l.organization = :org and l.product in (:products)", Object[].class,
                Map.of("org", organization, "products", products))) {
            onHand.put((UUID) row[0], (BigDecimal) row[1]);
        }
        return onHand;
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
