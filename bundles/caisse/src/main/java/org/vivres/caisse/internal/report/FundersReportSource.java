package org.vivres.caisse.internal.report;

import java.math.BigDecimal;
import java.text.Collator;
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
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * Report {@code funders} ({@code from}, {@code to}): every fund's sources, secured and pending, fund by fund
 * (funds by name, sources in the order they were recorded), and what each fund paid for in the period. A
 * source has no date of its own, so every source counts whatever the period (as in
 * {@code GET /api/caisse/funds/{id}}); the period is that of the money moved. Each row carries its fund's
 * {@code fundAllowances} (allowances credited to the members, dated in the period) and {@code fundSpent}
 * (spent in the stores less returns, dated in the period), the same on every row of that fund; a fund that
 * moved money in the period without any source still gets one row, with no funder. The header adds the
 * totals {@code allowances} and {@code spent} over all funds (the template may print them).
 * Read by those who read funds: managers and referrers (403 otherwise).
 */
@Component
public final class FundersReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("fund", "funder", "kind", "status", "amount", "fundAllowances",
            "fundSpent");

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public FundersReportSource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String name() {
        return "funders";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER, Role.REFERRER);
        ReportParameters.Period period = ReportParameters.period(parameters);

        List<CaisseFund> funds = new ArrayList<>(dal.query(CaisseFund.class, null, Map.of()).list());
        Collator french = Collator.getInstance(Locale.FRANCE);
        funds.sort(Comparator.comparing(CaisseFund::getName, french).thenComparing(CaisseFund::getId));
        Map<UUID, List<CaisseSource>> sources = new HashMap<>();
        for (CaisseSource source : dal.query(CaisseSource.class, null, Map.of())
                .orderBy("e.createdAt, e.id").list()) {
            sources.computeIfAbsent(source.getFund(), f -> new ArrayList<>()).add(source);
        }
        Map<UUID, LedgerTotals> moved = LedgerTotals.byFund(dal, period.from(), period.to());

        BigDecimal secured = Money.ZERO;
        BigDecimal pending = Money.ZERO;
        BigDecimal allowances = Money.ZERO;
        BigDecimal spent = Money.ZERO;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CaisseFund fund : funds) {
            List<CaisseSource> ofFund = sources.getOrDefault(fund.getId(), List.of());
            LedgerTotals totals = moved.getOrDefault(fund.getId(), LedgerTotals.NONE);
            if (ofFund.isEmpty() && totals.isEmpty()) {
                continue;
            }
            allowances = allowances.add(totals.allowances());
            spent = spent.add(totals.spent());
            if (ofFund.isEmpty()) {
                rows.add(row(fund, null, totals));
            }
            for (CaisseSource source : ofFund) {
                if (CaisseSource.SECURED.equals(source.getStatus())) {
                    secured = secured.add(source.getAmount());
                } else {
                    pending = pending.add(source.getAmount());
                }
                rows.add(row(fund, source, totals));
            }
        }
        Map<String, Object> header = new HashMap<>();
        header.put("from", period.from());
        header.put("to", period.to());
        header.put("secured", secured);
        header.put("pending", pending);
        header.put("allowances", allowances);
        header.put("spent", spent);
        return new ReportData(header, COLUMNS, rows);
    }

    private static Map<String, Object> row(CaisseFund fund, CaisseSource source, LedgerTotals totals) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fund", fund.getName());
        row.put("funder", source == null ? null : source.getFunder());
        row.put("kind", source == null ? null : source.getKind());
        row.put("status", source == null ? null : source.getStatus());
        row.put("amount", source == null ? null : source.getAmount());
        row.put("fundAllowances", totals.allowances());
        row.put("fundSpent", totals.spent());
        return row;
    }
}
