package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.List;
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

    record LevelView(UUID organization, UUID product, BigDecimal onHand) {
    }

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

    private Object levels(ApiRequest request) {
        Optional<UUID> org = request.queryId("organization");
        org.ifPresent(context::checkAccess);
        Filter filter = new Filter().and(org, "e.organization = :org", "org")
                .and(request.queryId("product"), "e.product = :product", "product");
        return Items.of(dal.query(StockLevel.class, filter.where(), filter.params()).orderBy("e.organization, e.product")
                .limit(request.limit()).offset(request.offset()).list().stream()
                .map(l -> new LevelView(l.getOrganization(), l.getProduct(), l.getOnHand())).toList());
    }
}
