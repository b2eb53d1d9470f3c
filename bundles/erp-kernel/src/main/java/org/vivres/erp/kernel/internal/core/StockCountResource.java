package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;

/**
 * {@code POST /api/stock/counts}: a stocktake. The manager gives what was counted on the shelves; each product's
 * level is locked, and the difference with what the system held becomes an adjustment, so that the level is the
 * count at that moment — a sale at a till waits for the count, and is taken from it after.
 */
@Component
public final class StockCountResource implements ApiResource {
    private static final int MAX_LINES = 500;

    private final Dal dal;
    private final ErpContext context;
    private final StockService stock;

    record CountLine(UUID product, BigDecimal counted) {
    }

    record Count(UUID organization, List<CountLine> counts) {
    }

    record CountedView(UUID product, BigDecimal before, BigDecimal counted, BigDecimal difference) {
    }

    @Activate
    public StockCountResource(@Reference Dal dal, @Reference ErpContext context, @Reference StockService stock) {
        this.dal = dal;
        this.context = context;
        this.stock = stock;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/stock/counts", this::count, Role.MANAGER);
    }

    private Object count(ApiRequest request) {
        Count body = request.body(Count.class);
        UUID org = Check.required(body.organization(), "organization");
        List<CountLine> lines = Check.required(body.counts(), "counts");
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw Check.invalid("INVALID_LINES", "counts", MAX_LINES);
        }
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        // in product order: the order in which the tills lock levels, so a count and a sale never deadlock
        Map<UUID, BigDecimal> counted = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "counts[" + i + "]";
            CountLine line = Check.required(lines.get(i), field);
            Product product = Check.found(dal.get(Product.class, Check.required(line.product(), field + ".product")),
                    "produit " + line.product());
            BigDecimal quantity = Check.required(line.counted(), field + ".counted");
            if (quantity.signum() < 0 || !product.isMeasured() && quantity.stripTrailingZeros().scale() > 0) {
                throw Check.invalid("INVALID_QUANTITY", field + ".counted");
            }
            if (counted.put(product.getId(), Money.quantity(quantity)) != null) {
                throw Refusals.badRequest("PRODUCT_COUNTED_TWICE", field + ".product");
            }
        }
        Map<UUID, BigDecimal> before = stock.lockLevels(org, new ArrayList<>(counted.keySet()));
        List<Map.Entry<UUID, BigDecimal>> adjustments = new ArrayList<>();
        List<CountedView> items = new ArrayList<>();
        counted.forEach((product, quantity) -> {
            BigDecimal held = Money.quantity(before.getOrDefault(product, BigDecimal.ZERO));
            BigDecimal difference = quantity.subtract(held);
            if (difference.signum() != 0) {
                adjustments.add(Map.entry(product, difference));
            }
            items.add(new CountedView(product, held, quantity, Money.quantity(difference)));
        });
        stock.moveAll(org, adjustments, StockMovement.ADJUSTMENT, null);
        return ApiResponse.created(Items.of(items));
    }
}
