package org.vivres.caisse.internal.http;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.PeriodService;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;

/** {@code /api/caisse/funds/{id}/periods}: a network admin opens each month once. */
@Component
public final class PeriodResource implements ApiResource {
    private final Funds funds;
    private final PeriodService periods;

    record NewPeriod(String month) {
    }

    @Activate
    public PeriodResource(@Reference Funds funds, @Reference PeriodService periods) {
        this.funds = funds;
        this.periods = periods;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/caisse/funds/{id}/periods", this::open, Role.NETWORK_ADMIN);
        routes.get("/api/caisse/funds/{id}/periods", this::list, Role.MANAGER, Role.REFERRER);
    }

    private Object open(ApiRequest request) {
        var fund = request.pathId("id");
        return ApiResponse.created(Views.PeriodView.of(periods.open(fund, request.body(NewPeriod.class).month())));
    }

    private Object list(ApiRequest request) {
        var fund = funds.find(request.pathId("id"));
        return Items.of(periods.list(fund.getId(), request.limit(), request.offset()).stream()
                .map(Views.PeriodView::of).toList());
    }
}
