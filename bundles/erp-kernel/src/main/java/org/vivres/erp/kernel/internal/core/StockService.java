package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
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
import org.vivres.erp.kernel.internal.dal.Rows;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

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

    // UPSERT_ALL on the session's connection with arrays bound as such: no Hibernate query to parse, no flush.
    private static final String UPSERT_ARRAYS = """
            insert into erp_stock_level (id, organization_id, created_at, created_by, updated_at, updated_by, version,
                                         product_id, on_hand)
            select m.id, ?, now(), ?, now(), ?, 0, m.product, m.qty
              from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as numeric[]))
                   with ordinality as m(id, product, qty, n)
             order by m.n
            on conflict (organization_id, product_id) do update
               set on_hand = erp_stock_level.on_hand + excluded.on_hand, updated_at = now(),
                   updated_by = excluded.updated_by, version = erp_stock_level.version + 1
            """;

    private static final List<Rows.Column<StockMovement>> MOVEMENT = List.of(
            new Rows.Column<>("product_id", "uuid", StockMovement::getProduct),
            new Rows.Column<>("quantity", "numeric", StockMovement::getQuantity),
            new Rows.Column<>("reason", "text", StockMovement::getReason),
            new Rows.Column<>("ticket_id", "uuid", StockMovement::getTicket));

    private static final String TAKE = """
            update erp_stock_level set on_hand = on_hand - :qty, updated_at = now(), updated_by = :user,
                   version = version + 1
             where organization_id = :org and product_id = :product and on_hand >= :qty
            """;

    private final Dal dal;
    private final ErpContext context;
    private final SessionHolder sessions;
    private final Rows rows;

    @Activate
    public StockService(@Reference Dal dal, @Reference ErpContext context, @Reference SessionHolder sessions,
            @Reference Rows rows) {
        this.dal = dal;
        this.context = context;
        this.sessions = sessions;
        this.rows = rows;
    }

    @Override
    public void move(UUID organization, UUID product, BigDecimal quantity, String reason, UUID ticket) {
        dal.save(new StockMovement(organization, product, Money.quantity(quantity), reason, ticket));
        dal.execute(UPSERT, Map.of("id", UUID.randomUUID(), "org", organization, "user", context.username(),
                "product", product, "qty", Money.quantity(quantity)));
    }

    /**
     * The movements of a whole ticket (a delivery, a count): one movement per line, as {@link #move} records them, and
     * the levels updated by a single statement instead of one per line. {@code lines} are (product, signed quantity)
     * pairs in the order the levels must be locked.
     */
    public void moveAll(UUID organization, List<Map.Entry<UUID, BigDecimal>> lines, String reason, UUID ticket) {
        dal.flush(); // the movements' products may be new in this transaction
        moveLevels(organization, record(organization, lines, reason, ticket));
    }

    /**
     * Writes the movements of {@code lines} with one statement, and returns the level changes they make, by product
     * in the order given, for {@link #moveLevels}: a ticket moves its levels last, as late before its commit as it
     * can, since every basket holds the store's hot products.
     */
    public Map<UUID, BigDecimal> record(UUID organization, List<Map.Entry<UUID, BigDecimal>> lines, String reason,
            UUID ticket) {
        Map<UUID, BigDecimal> byProduct = new LinkedHashMap<>();
        List<StockMovement> movements = new ArrayList<>(lines.size());
        for (Map.Entry<UUID, BigDecimal> line : lines) {
            BigDecimal quantity = Money.quantity(line.getValue());
            movements.add(new StockMovement(organization, line.getKey(), quantity, reason, ticket));
            // one row may be updated only once per statement: a product on two lines moves once, by the sum
            byProduct.merge(line.getKey(), quantity, BigDecimal::add);
        }
        rows.insert("erp_stock_movement", MOVEMENT, rows.stampAll(movements));
        return byProduct;
    }

    /** Moves the levels by {@code byProduct} (signed, in the order to lock them) with one statement. */
    public void moveLevels(UUID organization, Map<UUID, BigDecimal> byProduct) {
        if (byProduct.isEmpty()) {
            return;
        }
        List<String> products = new ArrayList<>(byProduct.size());
        List<String> quantities = new ArrayList<>(byProduct.size());
        byProduct.forEach((product, quantity) -> {
            products.add(product.toString());
            quantities.add(quantity.toPlainString());
        });
        String user = context.username();
        sessions.current().doWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement(UPSERT_ARRAYS)) {
                upsert.setObject(1, organization);
                upsert.setString(2, user);
                upsert.setString(3, user);
                upsert.setArray(4, c.createArrayOf("text", byProduct.keySet().stream().map(p -> UUID.randomUUID()
                        .toString()).toArray()));
                upsert.setArray(5, c.createArrayOf("text", products.toArray()));
                upsert.setArray(6, c.createArrayOf("text", quantities.toArray()));
                upsert.executeUpdate();
            }
        });
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
