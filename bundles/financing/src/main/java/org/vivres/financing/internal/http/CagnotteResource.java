package org.vivres.financing.internal.http;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.FundDonations;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.financing.internal.Cagnotte;

/**
 * {@code /api/cagnotte}: what a store's tills were given over a period (its own cagnotte and the caisse's funds), and
 * the funds its till may give to today (those conventioned with it), for the till's « Don » panel.
 */
@Component(service = ApiResource.class)
public final class CagnotteResource implements ApiResource {
    private final ErpContext context;
    private final Cagnotte cagnotte;

    /** The caisse's funds; without the caisse bundle a till gives only to its store's cagnotte. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FundDonations funds;

    @Activate
    public CagnotteResource(@Reference ErpContext context, @Reference Cagnotte cagnotte) {
        this.context = context;
        this.cagnotte = cagnotte;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/cagnotte", this::totals, Role.MANAGER);
        routes.get("/api/cagnotte/funds", this::funds, Role.MANAGER, Role.CASHIER);
    }

    private Object totals(ApiRequest request) {
        UUID org = store(request);
        LocalDate today = StoreCalendar.today();
        LocalDate from = request.queryDate("from").orElse(today.withDayOfMonth(1));
        LocalDate to = request.queryDate("to").orElse(today);
        if (to.isBefore(from)) {
            throw Check.invalid("INVALID_DATE", "to");
        }
        Cagnotte.Totals t = cagnotte.totals(org, from, to);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organization", org);
        view.put("from", from);
        view.put("to", to);
        view.put("cagnotte", t.cagnotte());
        view.put("funds", t.funds());
        view.put("total", t.total());
        view.put("gifts", t.gifts());
        return view;
    }

    private Object funds(ApiRequest request) {
        UUID org = store(request);
        FundDonations caisse = funds;
        List<FundDonations.Fund> list = caisse == null ? List.of() : caisse.fundsOf(org, StoreCalendar.today());
        return Items.of(list.stream().map(f -> Map.of("id", f.id(), "name", f.name())).toList());
    }

    /** {@code ?organization=}, the user's own store by default; 403 for a store the user may not read. */
    private UUID store(ApiRequest request) {
        UUID org = request.queryId("organization").orElse(context.organization());
        if (org == null) {
            throw Check.invalid("FIELD_REQUIRED", "organization");
        }
        context.checkAccess(org);
        return org;
    }
}
