package org.vivres.pricing.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.pricing.internal.StoreDates;
import org.vivres.pricing.internal.calc.TierPricing;
import org.vivres.pricing.internal.model.Tier;

/**
 * The data of report {@code pricing-balance} ({@code GET /api/reports/pricing-balance?organization=&from=&to=}):
 * {@code GET /api/pricing/balance} per tier. Each row sums a tier's lines of the store and period: the
 * lines at reference prices ({@code referencePrice × quantity} half-up per line), what was paid, and the
 * difference (paid − reference: negative for a solidarity tier); the header's totals are the balance's,
 * computed by the same per-line rule, so the rows' differences add up to {@code net}. Return lines count
 * as lines and take back what their sale counted. Same access as the balance: managers of the store and
 * network admins.
 */
@Component
public final class BalanceReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("tier", "lines", "referenceAmount", "paidAmount", "difference");

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final String REFERENCE_AMOUNT = "round(l.referencePrice * l.quantity, 2)";
    private static final String PER_TIER = "select l.priceRule, count(l), sum(" + REFERENCE_AMOUNT + "),"
            + " sum(l.lineAmount),"
            + " sum(case when l.unitPrice < l.referencePrice then " + REFERENCE_AMOUNT + " - l.lineAmount else 0 end),"
            + " sum(case when l.unitPrice > l.referencePrice then l.lineAmount - " + REFERENCE_AMOUNT + " else 0 end)"
            + " from " + TicketLine.class.getName() + " l, " + Ticket.class.getName() + " t"
            + " where t.id = l.ticket and t.organization = :org and l.organization = :org"
            + " and t.ticketDate >= :from and t.ticketDate <= :to and l.priceRule like :rule"
            + " group by l.priceRule";

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public BalanceReportSource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String name() {
        return "pricing-balance";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER);
        UUID org = ReportQuery.id(parameters, "organization");
        LocalDate from = ReportQuery.date(parameters, "from").orElse(null);
        LocalDate to = ReportQuery.date(parameters, "to").orElse(null);
        StoreDates.checkPeriod(from, to);
        context.checkAccess(org);
        Organization store = Check.found(dal.get(Organization.class, org), "organisation " + org);

        // Not filtered by the Dal: restricted to the store just checked.
        List<Object[]> sums = new ArrayList<>(dal.select(PER_TIER, Object[].class, Map.of("org", org,
                "from", from == null ? EARLIEST : from, "to", to == null ? LATEST : to,
                "rule", TierPricing.RULE_PREFIX + "%")));
        // By tier code, sorted here: database collations order such codes differently.
        sums.sort(Comparator.comparing(s -> (String) s[0]));
        Map<String, Tier> tiers = tiers(sums.stream().map(s -> code((String) s[0])).toList());
        List<Map<String, Object>> rows = new ArrayList<>(sums.size());
        BigDecimal discount = Money.ZERO;
        BigDecimal support = Money.ZERO;
        for (Object[] s : sums) {
            BigDecimal reference = euros(s[2]);
            BigDecimal paid = euros(s[3]);
            discount = discount.add(euros(s[4]));
            support = support.add(euros(s[5]));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tier", label(code((String) s[0]), tiers));
            row.put("lines", Math.toIntExact(((Number) s[1]).longValue()));
            row.put("referenceAmount", reference);
            row.put("paidAmount", paid);
            row.put("difference", paid.subtract(reference));
            rows.add(row);
        }
        Map<String, Object> header = new HashMap<>();
        header.put("organization", store.getName());
        if (from != null) {
            header.put("from", from);
        }
        if (to != null) {
            header.put("to", to);
        }
        header.put("discountGiven", discount);
        header.put("supportCollected", support);
        header.put("net", support.subtract(discount));
        return new ReportData(header, COLUMNS, rows);
    }

    /** The tiers of these codes; read as admin, the lines being of the store just checked. */
    private Map<String, Tier> tiers(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return context.asAdmin(() -> dal.query(Tier.class, "e.code in :codes", Map.of("codes", codes)).list())
                .stream().collect(Collectors.toMap(Tier::getCode, Function.identity()));
    }

    /** {@code Name (CODE)}; the bare code should the tier be gone. */
    private static String label(String code, Map<String, Tier> tiers) {
        Tier tier = tiers.get(code);
        return tier == null ? code : tier.getName() + " (" + code + ")";
    }

    private static String code(String priceRule) {
        return priceRule.substring(TierPricing.RULE_PREFIX.length());
    }

    private static BigDecimal euros(Object sum) {
        return sum == null ? Money.ZERO : Money.euros(new BigDecimal(sum.toString()));
    }

}
