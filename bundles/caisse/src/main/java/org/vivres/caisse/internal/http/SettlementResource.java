package org.vivres.caisse.internal.http;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.Months;
import org.vivres.caisse.internal.Refusals;
import org.vivres.caisse.internal.Settlements;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseSettlement;
import org.vivres.caisse.internal.model.CaisseSettlementLine;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;

/**
 * {@code /api/caisse/funds/{id}/settlements}: what a fund owes each conventioned store for a month,
 * the caisse debits less the refunds of the tickets dated that month. Established once per month.
 */
@Component
public final class SettlementResource implements ApiResource {
    private final Dal dal;
    private final Funds funds;
    private final Settlements settlements;

    record NewSettlement(String month) {
    }

    @Activate
    public SettlementResource(@Reference Dal dal, @Reference Funds funds, @Reference Settlements settlements) {
        this.dal = dal;
        this.funds = funds;
        this.settlements = settlements;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/caisse/funds/{id}/settlements", this::settle, Role.NETWORK_ADMIN);
        routes.get("/api/caisse/funds/{id}/settlements", this::list, Role.NETWORK_ADMIN);
    }

    private Object settle(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        YearMonth month = Months.parse(request.body(NewSettlement.class).month(), "month");
        Map<String, Object> key = Map.of("f", fund.getId(), "m", month.toString());
        if (dal.query(CaisseSettlement.class, "e.fund = :f and e.month = :m", key).count() > 0) {
            throw Refusals.conflict("SETTLEMENT_ALREADY_DONE", month.toString());
        }
        // The unique (fund, month) row first: a concurrent settlement of the month fails on it and retries into the 409.
        CaisseSettlement settlement = dal.save(new CaisseSettlement(fund.getId(), month.toString(), Money.ZERO));
        dal.flush();
        BigDecimal total = Money.ZERO;
        for (Map.Entry<UUID, Settlements.Owed> owed : settlements.owed(fund.getId(), month).entrySet()) {
            dal.save(new CaisseSettlementLine(settlement.getId(), owed.getKey(), owed.getValue().amount(),
                    owed.getValue().tickets()));
            total = total.add(owed.getValue().amount());
        }
        settlement.setTotal(total);
        dal.save(settlement);
        return ApiResponse.created(view(settlement));
    }

    private Map<String, Object> view(CaisseSettlement s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.getId());
        view.put("fund", s.getFund());
        view.put("month", s.getMonth());
        view.put("items", dal.query(CaisseSettlementLine.class, "e.settlement = :s", Map.of("s", s.getId()))
                .orderBy("e.store").list().stream()
                .map(l -> Map.of("organization", l.getStore(), "amount", l.getAmount(), "tickets", l.getTickets()))
                .toList());
        view.put("total", s.getTotal());
        view.put("createdAt", s.getCreatedAt());
        return view;
    }

    private Object list(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        return Items.of(dal.query(CaisseSettlement.class, "e.fund = :f", Map.of("f", fund.getId()))
                .orderBy("e.month desc").limit(request.limit()).offset(request.offset()).list().stream()
                .map(this::view).toList());
    }
}
