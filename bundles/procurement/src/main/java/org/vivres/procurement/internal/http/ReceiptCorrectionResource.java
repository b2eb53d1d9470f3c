package org.vivres.procurement.internal.http;

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
import org.vivres.erp.api.model.StockMovement;
import org.vivres.procurement.internal.Refusals;
import org.vivres.procurement.internal.Rounds;
import org.vivres.procurement.internal.model.Receipt;
import org.vivres.procurement.internal.model.Round;

/**
 * {@code DELETE /api/procurement/rounds/{id}/receipts/{receipt}}: a delivery recorded wrongly at the hub (10 crates
 * typed 100) is taken back before the round is shared out, and its quantity leaves the hub's stock again. Once the
 * round is allocated the goods are in the stores: nothing is undone. The round row is locked, as for receiving and
 * allocating, so a correction never crosses an allocation.
 */
@Component
public final class ReceiptCorrectionResource implements ApiResource {
    private final Dal dal;
    private final Stock stock;
    private final Rounds rounds;

    @Activate
    public ReceiptCorrectionResource(@Reference Dal dal, @Reference Stock stock, @Reference Rounds rounds) {
        this.dal = dal;
        this.stock = stock;
        this.rounds = rounds;
    }

    @Override
    public void routes(Routes routes) {
        routes.delete("/api/procurement/rounds/{id}/receipts/{receipt}", this::cancel, Role.MANAGER);
    }

    private Object cancel(ApiRequest request) {
        Round round = rounds.lockForHub(request.pathId("id"));
        Receipt found = rounds.asAdmin(() -> dal.get(Receipt.class, request.pathId("receipt")));
        Receipt receipt = Check.found(found != null && found.getRound().equals(round.getId()) ? found : null,
                "réception");
        if (!Round.CLOSED.equals(round.getStatus())) {
            throw Refusals.unprocessable("ROUND_NOT_CLOSED");
        }
        if (!stock.take(round.getHub(), receipt.getProduct(), receipt.getQuantity(), StockMovement.ADJUSTMENT, null)) {
            throw Refusals.conflict("RECEIPT_STOCK_GONE", receipt.getQuantity().stripTrailingZeros().toPlainString());
        }
        dal.remove(receipt);
        return ApiResponse.noContent();
    }
}
