package org.vivres.caisse.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.calc.Projection;
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
 * Report {@code caisse-fund} ({@code fund}, {@code from}, {@code to}): a fund's situation over a period, for
 * its funders. The rows are the fund's sources, in the order they were recorded, with what is secured and
 * pending: all of them whatever the period, since a source has no date of its own (when it was typed in
 * says nothing of when the money came), as in {@code GET /api/caisse/funds/{id}}. The money moved in the
 * period — contributions collected, allowances credited, spent in the stores less returns — is what the
 * ledgers dated in it add up to; {@code available} is the fund's at the period's end: secured +
 * contributions − allowances dated up to {@code to}. {@code runwayMonths} is the projection's
 * ({@code GET /api/caisse/funds/{id}/projection}): (available + pending) / what today's members cost a
 * month, left out when they cost nothing. Read by those who read funds: managers and referrers (403 otherwise).
 */
@Component
public final class FundReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("funder", "kind", "status", "amount");

    private final Dal dal;
    private final ErpContext context;
    private final Funds funds;

    @Activate
    public FundReportSource(@Reference Dal dal, @Reference ErpContext context, @Reference Funds funds) {
        this.dal = dal;
        this.context = context;
        this.funds = funds;
    }

    @Override
    public String name() {
        return "caisse-fund";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER, Role.REFERRER);
        UUID id = ReportQuery.id(parameters, "fund");
        ReportParameters.Period period = ReportParameters.period(parameters);
        CaisseFund fund = funds.find(id);

        List<CaisseSource> sources = dal.query(CaisseSource.class, "e.fund = :f",
                Map.of("f", fund.getId())).orderBy("e.createdAt, e.id").list();
        BigDecimal secured = Money.ZERO;
        BigDecimal pending = Money.ZERO;
        List<Map<String, Object>> rows = new ArrayList<>(sources.size());
        for (CaisseSource source : sources) {
            if (CaisseSource.SECURED.equals(source.getStatus())) {
                secured = secured.add(source.getAmount());
            } else {
                pending = pending.add(source.getAmount());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("funder", source.getFunder());
            row.put("kind", source.getKind());
            row.put("status", source.getStatus());
            row.put("amount", source.getAmount());
            rows.add(row);
        }
        LedgerTotals moved = LedgerTotals.of(dal, fund.getId(), period.from(), period.to());
        LedgerTotals untilEnd = LedgerTotals.of(dal, fund.getId(), null, period.to());
        BigDecimal available = secured.add(untilEnd.contributions()).subtract(untilEnd.allowances());

        Map<String, Object> header = new HashMap<>();
        header.put("fund", fund.getName());
        header.put("from", period.from());
        header.put("to", period.to());
        header.put("secured", secured);
        header.put("pending", pending);
        header.put("contributions", moved.contributions());
        header.put("allowances", moved.allowances());
        header.put("spent", moved.spent());
        header.put("available", available);
        Integer runway = Projection.runway(available.add(pending), funds.figures(fund).monthlyNet());
        if (runway != null) {
            header.put("runwayMonths", runway);
        }
        return new ReportData(header, COLUMNS, rows);
    }
}
