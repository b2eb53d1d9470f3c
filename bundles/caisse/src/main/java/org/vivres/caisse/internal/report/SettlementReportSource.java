package org.vivres.caisse.internal.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.Settlements;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseSettlement;
import org.vivres.caisse.internal.model.CaisseSettlementLine;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * Report {@code caisse-settlement} ({@code fund}, {@code month}): what a fund owes each conventioned store
 * for a month, by store name. Once the month's settlement is established
 * ({@code POST /api/caisse/funds/{id}/settlements}) it prints that settlement as it was recorded; before,
 * it prints what establishing it now would record. Network admins only, like the settlements (403 otherwise).
 */
@Component
public final class SettlementReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("organization", "tickets", "amount");

    private final Dal dal;
    private final ErpContext context;
    private final Funds funds;
    private final Settlements settlements;

    @Activate
    public SettlementReportSource(@Reference Dal dal, @Reference ErpContext context, @Reference Funds funds,
            @Reference Settlements settlements) {
        this.dal = dal;
        this.context = context;
        this.funds = funds;
        this.settlements = settlements;
    }

    @Override
    public String name() {
        return "caisse-settlement";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.NETWORK_ADMIN);
        UUID id = ReportQuery.id(parameters, "fund");
        YearMonth month = ReportParameters.month(parameters, "month");
        CaisseFund fund = funds.find(id);

        CaisseSettlement settlement = dal.query(CaisseSettlement.class, "e.fund = :f and e.month = :m",
                Map.of("f", fund.getId(), "m", month.toString())).uniqueResult();
        Map<UUID, Settlements.Owed> owed = settlement == null ? settlements.owed(fund.getId(), month)
                : recorded(settlement);
        List<Map<String, Object>> rows = new ArrayList<>(owed.size());
        BigDecimal total = Money.ZERO;
        for (Map.Entry<UUID, Settlements.Owed> line : owed.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("organization", storeName(line.getKey()));
            row.put("tickets", line.getValue().tickets());
            row.put("amount", line.getValue().amount());
            rows.add(row);
            total = total.add(line.getValue().amount());
        }
        Collator french = Collator.getInstance(Locale.FRANCE);
        rows.sort(Comparator.comparing(r -> (String) r.get("organization"), french));

        Map<String, Object> header = new HashMap<>();
        header.put("fund", fund.getName());
        header.put("month", month);
        header.put("total", settlement == null ? total : settlement.getTotal());
        return new ReportData(header, COLUMNS, rows);
    }

    private Map<UUID, Settlements.Owed> recorded(CaisseSettlement settlement) {
        Map<UUID, Settlements.Owed> owed = new HashMap<>();
        for (CaisseSettlementLine line : dal.query(CaisseSettlementLine.class, "e.settlement = :s",
                Map.of("s", settlement.getId())).list()) {
            owed.put(line.getStore(), new Settlements.Owed(line.getAmount(), line.getTickets()));
        }
        return owed;
    }

    private String storeName(UUID store) {
        Organization organization = dal.get(Organization.class, store);
        return organization == null ? store.toString() : organization.getName();
    }
}
