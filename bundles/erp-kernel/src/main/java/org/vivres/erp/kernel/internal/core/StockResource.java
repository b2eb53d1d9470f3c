package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockLevel;
import org.vivres.erp.api.model.StockMovement;

/**
 * {@code /api/stock}: movements by managers ({@code quantity} is what comes in for RECEIPT and
 * TRANSFER_IN, what goes out for TRANSFER_OUT, and a signed correction for ADJUSTMENT) and levels.
 */
@Component
public final class StockResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final StockService stock;

    record NewMovement(UUID organization, UUID product, BigDecimal quantity, String reason) {
    }

    record MovementView(UUID id, UUID organization, UUID product, BigDecimal quantity, String reason, BigDecimal onHand) {
    }

    /** A level, with what the stock screen shows of its product (extension: sku, name, category, uom, low). */
    record LevelView(UUID organization, UUID product, BigDecimal onHand, String sku, String name, String category,
            String uom, boolean low) {
    }

    private static final BigDecimal DEFAULT_LOW = new BigDecimal("5");

    @Activate
    public StockResource(@Reference Dal dal, @Reference ErpContext context, @Reference StockService stock) {
        this.dal = dal;
        this.context = context;
        this.stock = stock;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/stock/movements", this::move, Role.MANAGER);
        routes.get("/api/stock", this::levels);
    }

    private Object move(ApiRequest request) {
        NewMovement m = request.body(NewMovement.class);
        UUID org = Check.required(m.organization(), "organization");
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        Product product = Check.found(dal.get(Product.class, Check.required(m.product(), "product")), "produit " + m.product());
        String reason = Check.oneOf(m.reason(), "reason", List.of(StockMovement.RECEIPT, StockMovement.ADJUSTMENT,
                StockMovement.TRANSFER_IN, StockMovement.TRANSFER_OUT));
        BigDecimal quantity = signed(Check.required(m.quantity(), "quantity"), reason, product);
        stock.move(org, product.getId(), quantity, reason, null);
        return ApiResponse.created(new MovementView(UUID.randomUUID(), org, product.getId(), quantity, reason,
                stock.onHand(org, product.getId())));
    }

    private static BigDecimal signed(BigDecimal quantity, String reason, Product product) {
        BigDecimal magnitude = Check.quantity(quantity.abs(), "quantity");
        if (!product.isMeasured() && magnitude.stripTrailingZeros().scale() > 0) {
            throw Check.invalid("INVALID_QUANTITY", "quantity");
        }
        return switch (reason) {
            case StockMovement.ADJUSTMENT -> quantity.signum() < 0 ? magnitude.negate() : magnitude;
            case StockMovement.TRANSFER_OUT -> {
                requirePositive(quantity);
                yield magnitude.negate();
            }
            default -> {
                requirePositive(quantity);
                yield magnitude;
            }
        };
    }

    private static void requirePositive(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw Check.invalid("INVALID_QUANTITY", "quantity");
        }
    }

    /**
     * The levels with each product's code, name, category and unit, by category then name, and {@code low} when the
     * level is under {@code lowBelow} (5 by default, in the product's unit) so that the screen shows what to reorder.
     */
    private Object levels(ApiRequest request) {
        Optional<UUID> org = request.queryId("organization");
        org.ifPresent(context::checkAccess);
        BigDecimal lowBelow = request.query("lowBelow").map(StockResource::threshold).orElse(DEFAULT_LOW);
        Filter filter = new Filter().and(org, "l.organization = :org", "org")
                .and(request.queryId("product"), "l.product = :product", "product");
        Map<String, Object> params = new HashMap<>(filter.params());
        String where = filter.where();
        if (org.isEmpty() && !context.isAdmin()) {
            // dal.select is not filtered by organization: a user reads its own organizations' levels only
            if (context.readableOrganizations().isEmpty()) {
                return Items.of(List.of());
            }
            where += " and l.organization in (:readable)";
            params.put("readable", context.readableOrganizations());
        }
        List<Object[]> rows = dal.select("select l, p from " + StockLevel.class.getName() + " l, "
                + Product.class.getName() + " p where p.id = l.product and " + where
                + " order by l.organization, p.category, lower(p.name), p.sku limit " + request.limit()
                + " offset " + request.offset(), Object[].class, params);
        return Items.of(rows.stream().map(r -> {
            StockLevel l = (StockLevel) r[0];
            Product p = (Product) r[1];
            return new LevelView(l.getOrganization(), l.getProduct(), l.getOnHand(), p.getSku(), p.getName(),
                    p.getCategory(), p.getUom(), l.getOnHand().compareTo(lowBelow) < 0);
        }).toList());
    }

    private static BigDecimal threshold(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            if (value.signum() >= 0 && value.compareTo(new BigDecimal("99999999")) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Check.invalid("INVALID_QUANTITY", "lowBelow");
    }
}
