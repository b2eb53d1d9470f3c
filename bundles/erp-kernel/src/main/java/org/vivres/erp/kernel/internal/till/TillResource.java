package org.vivres.erp.kernel.internal.till;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;

/**
 * {@code /api/tills}: the manager declares the store's tills; the cashier opens one with the float counted in its
 * drawer, records cash put in or taken out, and closes it with what was counted (the Z).
 */
@Component
public final class TillResource implements ApiResource {
    private static final int MAX_METHODS = 20;

    private final TillService tills;
    private final org.vivres.erp.kernel.internal.fiscal.Sealer sealer;

    record NewTill(UUID organization, String name) {
    }

    record Opening(BigDecimal openingFloat) {
    }

    record Move(String type, BigDecimal amount, String reason) {
    }

    record Close(Map<String, BigDecimal> counted) {
    }

    record MovementView(UUID id, UUID session, String type, BigDecimal amount, String reason) {
    }

    @Activate
    public TillResource(@Reference TillService tills, @Reference org.vivres.erp.kernel.internal.fiscal.Sealer sealer) {
        this.tills = tills;
        this.sealer = sealer;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/tills", this::create, Role.MANAGER);
        routes.get("/api/tills", this::list, Role.CASHIER, Role.MANAGER);
        routes.post("/api/tills/{id}/sessions", this::open, Role.CASHIER, Role.MANAGER);
        routes.get("/api/tills/{id}/sessions", this::sessions, Role.CASHIER, Role.MANAGER);
        routes.get("/api/tills/{id}/sessions/current", this::current, Role.CASHIER, Role.MANAGER);
        routes.post("/api/tills/{id}/sessions/current/movements", this::move, Role.CASHIER, Role.MANAGER);
        routes.post("/api/tills/{id}/sessions/current/close", this::close, Role.CASHIER, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewTill body = request.body(NewTill.class);
        UUID org = Check.required(body.organization(), "organization");
        String name = Check.text(body.name(), "name", 100);
        return ApiResponse.created(TillViews.TillView.of(tills.create(org, name)));
    }

    private Object list(ApiRequest request) {
        UUID org = request.queryId("organization").orElseThrow(() -> Check.invalid("FIELD_REQUIRED", "organization"));
        return Items.of(tills.list(org).stream().map(TillViews.TillView::of).toList());
    }

    private Object open(ApiRequest request) {
        UUID till = request.pathId("id");
        BigDecimal openingFloat = Check.amount(request.body(Opening.class).openingFloat(), "openingFloat");
        return ApiResponse.created(TillViews.SessionView.opened(tills.open(till, openingFloat)));
    }

    private Object current(ApiRequest request) {
        return tills.current(request.pathId("id"));
    }

    private Object sessions(ApiRequest request) {
        return Items.of(tills.sessions(request.pathId("id"), request.limit(), request.offset()));
    }

    private Object move(ApiRequest request) {
        UUID till = request.pathId("id");
        Move body = request.body(Move.class);
        String type = Check.oneOf(body.type(), "type", List.of(TillMovement.IN, TillMovement.OUT));
        BigDecimal amount = Check.positiveAmount(body.amount(), "amount");
        String reason = Check.text(body.reason(), "reason", 200);
        TillMovement m = tills.move(till, type, amount, reason);
        return ApiResponse.created(new MovementView(m.getId(), m.getSession(), m.getType(), m.getAmount(),
                m.getReason()));
    }

    /** The drawer's cash must be counted; other methods may be (a method not counted shows no difference). */
    private Object close(ApiRequest request) {
        UUID till = request.pathId("id");
        Map<String, BigDecimal> given = Check.required(request.body(Close.class).counted(), "counted");
        if (given.size() > MAX_METHODS) {
            throw Check.invalid("INVALID_LINES", "counted", MAX_METHODS);
        }
        Map<String, BigDecimal> counted = new LinkedHashMap<>();
        given.forEach((method, amount) -> counted.put(Check.text(method, "counted", 32),
                Check.amount(amount, "counted." + method)));
        Check.required(counted.get(ZFigures.CASH), "counted.CASH");
        TillViews.ZView z = tills.close(till, counted);
        // the Z is sealed in its till's chain, after the tickets it counts
        return org.vivres.erp.kernel.internal.fiscal.SealedViews.with(z, sealer.sealZ(z.id()));
    }
}
