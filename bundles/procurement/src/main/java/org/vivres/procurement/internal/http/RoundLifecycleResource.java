package org.vivres.procurement.internal.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.Stock;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.procurement.internal.Allocating;
import org.vivres.procurement.internal.Closing;
import org.vivres.procurement.internal.Quantities;
import org.vivres.procurement.internal.Refusals;
import org.vivres.procurement.internal.Rounds;
import org.vivres.procurement.internal.Views.ReceivedView;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Receipt;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.plan.CostSplitter;
import org.vivres.procurement.internal.plan.RoundAllocator;

/**
 * What the hub does with a round: close it (purchase orders), record what arrives, allocate it
 * to the stores. Each step for the hub's managers and network admins only.
 */
@Component
public final class RoundLifecycleResource implements ApiResource {
    private static final int MAX_COSTS = 50;
    private static final List<String> BASES = Arrays.stream(CostSplitter.Basis.values()).map(Enum::name).toList();

    private final Dal dal;
    private final Stock stock;
    private final Rounds rounds;
    private final Closing closing;
    private final Allocating allocating;

    record NewReceipt(UUID product, BigDecimal quantity) {
    }

    record CostBody(String label, BigDecimal amount, String basis) {
    }

    record AllocateBody(List<CostBody> costs) {
    }

    @Activate
    public RoundLifecycleResource(@Reference Dal dal, @Reference Stock stock, @Reference Rounds rounds,
            @Reference Closing closing, @Reference Allocating allocating) {
        this.dal = dal;
        this.stock = stock;
        this.rounds = rounds;
        this.closing = closing;
        this.allocating = allocating;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/procurement/rounds/{id}/close", r -> closing.close(r.pathId("id")), Role.MANAGER);
        routes.post("/api/procurement/rounds/{id}/receipts", this::receive, Role.MANAGER);
        routes.post("/api/procurement/rounds/{id}/allocate", this::allocate, Role.MANAGER);
    }

    /** A delivery at the hub: recorded against the round and received into the hub's stock. */
    private Object receive(ApiRequest request) {
        UUID id = request.pathId("id");
        NewReceipt body = request.body(NewReceipt.class);
        UUID productId = Check.required(body.product(), "product");
        BigDecimal quantity = Check.quantity(body.quantity(), "quantity");
        Round round = rounds.lockForHub(id);
        if (!Round.CLOSED.equals(round.getStatus())) {
            throw Refusals.unprocessable("ROUND_NOT_CLOSED");
        }
        Product product = Check.found(dal.get(Product.class, productId), "produit " + productId);
        Quantities.requireWholeForUnits(product, quantity, "quantity");
        long ordered = rounds.asAdmin(() -> dal.query(PurchaseOrderLine.class, "e.round = :r and e.product = :p",
                Map.of("r", id, "p", productId)).count());
        if (ordered == 0) {
            throw Refusals.unprocessable("PRODUCT_NOT_ORDERED", product.getName());
        }
        Receipt receipt = dal.save(new Receipt(id, round.getHub(), productId, quantity));
        stock.move(round.getHub(), productId, quantity, StockMovement.RECEIPT, null);
        BigDecimal received = rounds.asAdmin(() -> dal.query(Receipt.class, "e.round = :r and e.product = :p",
                Map.of("r", id, "p", productId)).list()).stream().map(Receipt::getQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return ApiResponse.created(new ReceivedView(receipt.getId(), id, productId, quantity, received));
    }

    private Object allocate(ApiRequest request) {
        UUID id = request.pathId("id");
        AllocateBody body = request.body(AllocateBody.class);
        List<CostBody> given = body.costs() == null ? List.of() : body.costs();
        if (given.size() > MAX_COSTS) {
            throw Refusals.badRequest("INVALID_COSTS", "costs", MAX_COSTS);
        }
        List<RoundAllocator.Cost> costs = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "costs[" + i + "]";
            CostBody c = Check.required(given.get(i), field);
            costs.add(new RoundAllocator.Cost(Check.text(c.label(), field + ".label", 100),
                    Check.amount(c.amount(), field + ".amount"),
                    CostSplitter.Basis.valueOf(Check.oneOf(c.basis(), field + ".basis", BASES))));
        }
        return allocating.allocate(id, costs);
    }
}
