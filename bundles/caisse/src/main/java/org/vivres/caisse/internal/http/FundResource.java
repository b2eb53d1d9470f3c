package org.vivres.caisse.internal.http;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.Months;
import org.vivres.caisse.internal.PeriodService;
import org.vivres.caisse.internal.Refusals;
import org.vivres.caisse.internal.calc.Projection;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseCriterion;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaissePeriod;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;

/**
 * {@code /api/caisse/funds}: a network admin sets up funds and records their funders' money; managers
 * (and referrers, who enrol households) read them, with the figures and the projection funders ask for.
 */
@Component
public final class FundResource implements ApiResource {
    private static final int MAX_PROJECTED_MONTHS = 120;

    private final Dal dal;
    private final Funds funds;
    private final PeriodService periods;

    record NewFund(String name, BigDecimal monthlyAllowance, BigDecimal minContribution,
            BigDecimal maxContribution) {
    }

    record NewSource(String funder, String kind, BigDecimal amount, String status) {
    }

    @Activate
    public FundResource(@Reference Dal dal, @Reference Funds funds, @Reference PeriodService periods) {
        this.dal = dal;
        this.funds = funds;
        this.periods = periods;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/caisse/funds", this::create, Role.NETWORK_ADMIN);
        routes.get("/api/caisse/funds", this::list, Role.MANAGER, Role.REFERRER);
        routes.get("/api/caisse/funds/{id}", this::get, Role.MANAGER, Role.REFERRER);
        routes.post("/api/caisse/funds/{id}/sources", this::addSource, Role.NETWORK_ADMIN);
        routes.put("/api/caisse/funds/{id}/sources/{source}", this::replaceSource, Role.NETWORK_ADMIN);
        routes.get("/api/caisse/funds/{id}/projection", this::projection, Role.MANAGER, Role.REFERRER);
    }

    private Object create(ApiRequest request) {
        NewFund f = request.body(NewFund.class);
        String name = Check.text(f.name(), "name", 200);
        BigDecimal allowance = Check.positiveAmount(f.monthlyAllowance(), "monthlyAllowance");
        BigDecimal min = Check.amount(f.minContribution(), "minContribution");
        BigDecimal max = f.maxContribution() == null ? null : Check.amount(f.maxContribution(), "maxContribution");
        if (max != null && max.compareTo(min) < 0) {
            throw Refusals.badRequest("INVALID_CONTRIBUTION_RANGE", min.toPlainString(), max.toPlainString());
        }
        if (dal.query(CaisseFund.class, "lower(e.name) = lower(:n)", Map.of("n", name)).count() > 0) {
            throw Refusals.conflict("FUND_NAME_TAKEN", name);
        }
        CaisseFund fund = dal.save(new CaisseFund(name, allowance, min, max));
        dal.flush();
        return ApiResponse.created(Views.fund(fund, funds.figures(fund)));
    }

    private Object list(ApiRequest request) {
        return Items.of(dal.query(CaisseFund.class, null, Map.of()).orderBy("e.name").limit(request.limit())
                .offset(request.offset()).list().stream().map(f -> Views.fund(f, funds.figures(f))).toList());
    }

    private Object get(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        Map<String, Object> view = Views.fund(fund, funds.figures(fund));
        Map<String, UUID> f = Map.of("f", fund.getId());
        view.put("sources", dal.query(CaisseSource.class, "e.fund = :f", f).orderBy("e.createdAt").list().stream()
                .map(Views.SourceView::of).toList());
        view.put("conventions", dal.query(CaisseConvention.class, "e.fund = :f", f).orderBy("e.validFrom").list()
                .stream().map(Views.ConventionView::of).toList());
        view.put("criteria", dal.query(CaisseCriterion.class, "e.fund = :f", f).orderBy("e.createdAt").list()
                .stream().map(Views.CriterionView::of).toList());
        return view;
    }

    private Object addSource(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        CaisseSource source = checked(fund, request.body(NewSource.class));
        return ApiResponse.created(Views.SourceView.of(dal.save(source)));
    }

    /** A pledge is signed (PENDING to SECURED), falls through, or its amount changes: the figures follow. */
    private Object replaceSource(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        CaisseSource source = dal.get(CaisseSource.class, request.pathId("source"));
        Check.found(source != null && source.getFund().equals(fund.getId()) ? source : null,
                "source de financement");
        CaisseSource replacement = checked(fund, request.body(NewSource.class));
        source.replaceWith(replacement);
        return Views.SourceView.of(dal.save(source));
    }

    private static CaisseSource checked(CaisseFund fund, NewSource s) {
        String funder = Check.text(s.funder(), "funder", 200);
        String kind = Check.oneOf(s.kind(), "kind", CaisseSource.KINDS);
        BigDecimal amount = Check.positiveAmount(s.amount(), "amount");
        String status = Check.oneOf(s.status(), "status", List.of(CaisseSource.SECURED, CaisseSource.PENDING));
        return new CaisseSource(fund.getId(), funder, kind, amount, status);
    }

    private Object projection(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        int months = months(request);
        Funds.Figures figures = funds.figures(fund);
        List<CaissePeriod> latest = periods.list(fund.getId(), 1, 0);
        YearMonth first = latest.isEmpty() ? Months.current()
                : YearMonth.parse(latest.get(0).getMonth()).plusMonths(1);
        Projection.Result result = Projection.project(figures.available(), figures.pending(), figures.members(),
                fund.getMonthlyAllowance(), figures.memberContributions(), first, months);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fund", fund.getId());
        view.put("available", figures.available());
        view.put("pending", figures.pending());
        view.put("monthlyNet", figures.monthlyNet());
        view.put("months", result.months().stream().map(m -> Map.of("month", m.month().toString(),
                "opening", m.opening(), "contributions", m.contributions(), "allowances", m.allowances(),
                "closing", m.closing())).toList());
        view.put("runwayMonths", result.runwayMonths());
        view.put("runwayMonthsSecuredOnly", result.runwayMonthsSecuredOnly());
        return view;
    }

    private static int months(ApiRequest request) {
        String text = request.query("months").map(String::strip).orElse("12");
        try {
            int months = Integer.parseInt(text);
            if (months >= 1 && months <= MAX_PROJECTED_MONTHS) {
                return months;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusals.badRequest("INVALID_MONTHS", "months", MAX_PROJECTED_MONTHS);
    }
}
