package org.vivres.financing.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.financing.FinancingFigure;
import org.vivres.erp.api.financing.FinancingFigures;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.financing.internal.Refusals;

/**
 * Report {@code financing-mix} ({@code organization}, {@code from}, {@code to}): how a store was financed over a period,
 * side by side and valued — whatever the installed capabilities tell through {@link FinancingFigures} (the caisse's
 * funders and members' contributions, the households' support prices, gifts and volunteer hours). One row per figure,
 * in the order of {@link FinancingFigure#KINDS}, with its group's French name (the chart's slices) and its share of the
 * whole. Managers of the store and network admins.
 */
@Component
public final class FinancingMixSource implements ReportSource {
    static final List<String> COLUMNS = List.of("kind", "group", "label", "amount", "share");
    static final Map<String, String> GROUPS = Map.of(
            FinancingFigure.PUBLIC, "Financements publics",
            FinancingFigure.FOUNDATIONS, "Fondations et mécènes",
            FinancingFigure.MEMBERS, "Cotisations des membres",
            FinancingFigure.HOUSEHOLDS, "Participation des ménages",
            FinancingFigure.IN_KIND, "Dons en nature",
            FinancingFigure.CAGNOTTE, "Dons en argent et cagnotte",
            FinancingFigure.VOLUNTEERING, "Bénévolat valorisé");

    private final Dal dal;
    private final ErpContext context;
    private final List<FinancingFigures> capabilities;

    @Activate
    public FinancingMixSource(@Reference Dal dal, @Reference ErpContext context,
                              @Reference(cardinality = ReferenceCardinality.MULTIPLE,
                                      policyOption = ReferencePolicyOption.GREEDY) List<FinancingFigures> capabilities) {
        this.dal = dal;
        this.context = context;
        // in a fixed order, so that two figures of one kind (a caisse's citizens, the gifts) always print alike
        this.capabilities = capabilities.stream()
                .sorted(Comparator.comparing((FinancingFigures c) -> c.getClass().getName())).toList();
    }

    @Override
    public String name() {
        return "financing-mix";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER);
        UUID org = ReportQuery.id(parameters, "organization");
        LocalDate from = ReportQuery.requiredDate(parameters, "from");
        LocalDate to = ReportQuery.requiredDate(parameters, "to");
        if (to.isBefore(from)) {
            throw Refusals.badRequest("INVALID_DATE_RANGE", "to");
        }
        context.checkAccess(org);
        Organization store = Check.found(dal.get(Organization.class, org), "organisation " + org);

        List<FinancingFigure> figures = new ArrayList<>();
        capabilities.forEach(c -> figures.addAll(c.figures(org, from, to)));
        // stable: within a kind, each capability's own order
        figures.sort(Comparator.comparingInt(f -> FinancingFigure.KINDS.indexOf(f.kind())));
        BigDecimal total = figures.stream().map(FinancingFigure::amount).reduce(Money.ZERO, BigDecimal::add);
        List<Map<String, Object>> rows = new ArrayList<>(figures.size());
        for (FinancingFigure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", f.kind());
            row.put("group", GROUPS.get(f.kind()));
            row.put("label", f.labelFr());
            row.put("amount", Money.euros(f.amount()));
            row.put("share", share(f.amount(), total));
            rows.add(row);
        }
        Map<String, Object> header = new HashMap<>();
        header.put("organization", store.getName());
        header.put("from", from);
        header.put("to", to);
        header.put("total", Money.euros(total));
        return new ReportData(header, COLUMNS, rows);
    }

    /** The percentage of the whole, one decimal, half-up; zero when there is no whole. */
    static BigDecimal share(BigDecimal amount, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}
