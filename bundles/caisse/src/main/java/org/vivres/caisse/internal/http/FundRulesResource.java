package org.vivres.caisse.internal.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.Refusals;
import org.vivres.caisse.internal.calc.Eligibility;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseCriterion;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;

/**
 * What the citizens' committee decides for a fund: the conventioned stores where it may be spent
 * and the eligibility rules of products, with the question "is this product eligible, and if not, why".
 */
@Component
public final class FundRulesResource implements ApiResource {
    private static final int MAX_KM = 40_000;
    private static final int MAX_VALUES = 100;

    private final Dal dal;
    private final Catalogue catalogue;
    private final Funds funds;

    record NewConvention(UUID organization, LocalDate validFrom, LocalDate validTo) {
    }

    record NewCriterion(List<String> categories, List<String> labels, Integer maxOriginKm,
            List<String> excludedCategories) {
    }

    @Activate
    public FundRulesResource(@Reference Dal dal, @Reference Funds funds, @Reference Catalogue catalogue) {
        this.dal = dal;
        this.catalogue = catalogue;
        this.funds = funds;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/caisse/funds/{id}/conventions", this::addConvention, Role.NETWORK_ADMIN);
        routes.get("/api/caisse/funds/{id}/conventions", this::conventions, Role.MANAGER, Role.REFERRER);
        routes.post("/api/caisse/funds/{id}/criteria", this::addCriterion, Role.NETWORK_ADMIN);
        routes.get("/api/caisse/funds/{id}/criteria", this::criteria, Role.MANAGER, Role.REFERRER, Role.CASHIER);
        routes.get("/api/caisse/funds/{id}/eligible", this::eligible, Role.MANAGER, Role.REFERRER, Role.CASHIER);
    }

    private Object addConvention(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        NewConvention c = request.body(NewConvention.class);
        UUID store = Check.required(c.organization(), "organization");
        LocalDate from = Check.required(c.validFrom(), "validFrom");
        if (c.validTo() != null && c.validTo().isBefore(from)) {
            throw Refusals.badRequest("INVALID_DATE_RANGE", "validTo");
        }
        Organization organization = Check.found(dal.get(Organization.class, store), "organisation " + store);
        if (!Organization.STORE.equals(organization.getType())) {
            throw Refusals.unprocessable("NOT_A_STORE", organization.getName());
        }
        CaisseConvention convention = dal.save(new CaisseConvention(fund.getId(), store, from, c.validTo()));
        return ApiResponse.created(Views.ConventionView.of(convention));
    }

    private Object conventions(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        return Items.of(dal.query(CaisseConvention.class, "e.fund = :f", Map.of("f", fund.getId()))
                .orderBy("e.validFrom, e.id").limit(request.limit()).offset(request.offset()).list().stream()
                .map(Views.ConventionView::of).toList());
    }

    private Object addCriterion(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        NewCriterion c = request.body(NewCriterion.class);
        List<String> categories = values(c.categories(), "categories", false);
        List<String> labels = values(c.labels(), "labels", true);
        List<String> excluded = values(c.excludedCategories(), "excludedCategories", false);
        if (c.maxOriginKm() != null && (c.maxOriginKm() < 0 || c.maxOriginKm() > MAX_KM)) {
            throw Check.invalid("INVALID_DISTANCE", "maxOriginKm");
        }
        if (categories == null && labels == null && c.maxOriginKm() == null && excluded == null) {
            throw Refusals.badRequest("CRITERION_EMPTY");
        }
        // A misspelt code would match no product: the rule would silently exclude (or fail to exclude) everything.
        listed(categories).forEach(catalogue::requireCategory);
        listed(labels).forEach(catalogue::requireLabel);
        listed(excluded).forEach(catalogue::requireCategory);
        CaisseCriterion criterion = dal.save(new CaisseCriterion(fund.getId(), categories, labels, c.maxOriginKm(),
                excluded));
        return ApiResponse.created(Views.CriterionView.of(criterion));
    }

    /**
     * A list of categories or labels in capitals, without repeats; {@code null} when not given. An
     * empty list is refused: as a requirement it would make every product ineligible.
     */
    private static List<String> values(List<String> given, String field, boolean label) {
        if (given == null) {
            return null;
        }
        if (given.isEmpty() || given.size() > MAX_VALUES) {
            throw Refusals.badRequest("INVALID_LIST", field, MAX_VALUES);
        }
        List<String> values = new ArrayList<>();
        for (String value : given) {
            String v = Check.identifier(value, field, 64).toUpperCase(Locale.ROOT);
            if (label && !v.matches("[A-Z0-9_]+") || v.contains(",")) {
                throw label ? Check.invalid("INVALID_LABEL", field) : Refusals.badRequest("INVALID_CATEGORY", field);
            }
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return values;
    }

    private static List<String> listed(List<String> values) {
        return values == null ? List.of() : values;
    }

    private Object criteria(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        return Items.of(dal.query(CaisseCriterion.class, "e.fund = :f", Map.of("f", fund.getId()))
                .orderBy("e.createdAt, e.id").limit(request.limit()).offset(request.offset()).list().stream()
                .map(Views.CriterionView::of).toList());
    }

    private Object eligible(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        UUID productId = Check.required(request.queryId("product").orElse(null), "product");
        Product product = Check.found(dal.get(Product.class, productId), "produit " + productId);
        Eligibility.Verdict verdict = Eligibility.check(funds.rules(fund.getId()), Funds.facts(product));
        return Map.of("fund", fund.getId(), "product", product.getId(), "eligible", verdict.eligible(),
                "failedRules", verdict.failedRules().stream()
                        .map(f -> Map.of("id", f.id(), "reasons", f.reasons())).toList());
    }
}
