package org.vivres.pricing.internal.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.pricing.internal.Refusals;
import org.vivres.pricing.internal.Tiers;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierCategoryPercent;

/**
 * {@code /api/pricing/tiers}: a store's own tiers (its MANAGER) and network-wide ones (NETWORK_ADMIN);
 * everyone reads the tiers of their store and the network's.
 */
@Component
public final class TierResource implements ApiResource {
    static final BigDecimal MAX_PERCENT = new BigDecimal("1000");
    // Codes travel in price rules (TIER:<code>) and JSON keys (tierFees): keep them plain.
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");

    private final Dal dal;
    private final Catalogue catalogue;
    private final ErpContext context;
    private final Tiers tiers;

    record NewTier(String code, String name, UUID organization, BigDecimal percentOfReference,
            Map<String, BigDecimal> categoryPercents, BigDecimal maxQuotient, BigDecimal monthlyCap) {
    }

    /** A tier's new terms; its code and store do not change (tickets and fees name the code). */
    record TierChange(String name, BigDecimal percentOfReference, Map<String, BigDecimal> categoryPercents,
            BigDecimal maxQuotient, BigDecimal monthlyCap) {
    }

    @Activate
    public TierResource(@Reference Dal dal, @Reference ErpContext context, @Reference Tiers tiers,
            @Reference Catalogue catalogue) {
        this.dal = dal;
        this.catalogue = catalogue;
        this.context = context;
        this.tiers = tiers;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/pricing/tiers", this::create, Role.MANAGER);
        routes.get("/api/pricing/tiers", this::list);
        routes.put("/api/pricing/tiers/{code}", this::change, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewTier body = request.body(NewTier.class);
        String code = Check.identifier(body.code(), "code", 32);
        if (!CODE.matcher(code).matches()) {
            throw Refusals.badRequest("INVALID_TIER_CODE", code);
        }
        String name = Check.text(body.name(), "name", 200);
        BigDecimal percent = Check.percent(body.percentOfReference(), "percentOfReference", MAX_PERCENT);
        Map<String, BigDecimal> categories = categories(body.categoryPercents());
        BigDecimal maxQuotient = body.maxQuotient() == null ? null : Check.amount(body.maxQuotient(), "maxQuotient");
        BigDecimal cap = body.monthlyCap() == null ? null : Check.positiveAmount(body.monthlyCap(), "monthlyCap");
        checkOwner(body.organization());
        if (tiers.byCode(code) != null) {
            throw Refusals.conflict("TIER_CODE_TAKEN", code);
        }
        Tier tier = dal.save(new Tier(code, name, body.organization(), percent, maxQuotient, cap));
        categories.forEach((category, p) ->
                dal.save(new TierCategoryPercent(tier.getId(), tier.getOrganization(), category, p)));
        return ApiResponse.created(Views.TierView.of(tier, categories));
    }

    /**
     * New terms for a tier (the yearly revision of the percentages, a cap): tickets from now on are priced with
     * them, past tickets keep their prices; the category percents given replace the tier's.
     */
    private Object change(ApiRequest request) {
        String code = request.path("code");
        Tier found = tiers.byCode(code);
        // another store's tier is not there for this user
        Tier tier = Check.found(found != null && (found.getOrganization() == null
                || context.canAccess(found.getOrganization())) ? found : null, "palier " + code);
        TierChange body = request.body(TierChange.class);
        String name = Check.text(body.name(), "name", 200);
        BigDecimal percent = Check.percent(body.percentOfReference(), "percentOfReference", MAX_PERCENT);
        Map<String, BigDecimal> categories = categories(body.categoryPercents());
        BigDecimal maxQuotient = body.maxQuotient() == null ? null : Check.amount(body.maxQuotient(), "maxQuotient");
        BigDecimal cap = body.monthlyCap() == null ? null : Check.positiveAmount(body.monthlyCap(), "monthlyCap");
        checkOwner(tier.getOrganization());
        tier.change(name, percent, maxQuotient, cap);
        // saving bumps the tier's version even when only its category percents change: every node reads it anew
        dal.save(tier);
        dal.update("delete from " + TierCategoryPercent.class.getName() + " e where e.tier = :t",
                Map.of("t", tier.getId()));
        categories.forEach((category, p) ->
                dal.save(new TierCategoryPercent(tier.getId(), tier.getOrganization(), category, p)));
        return Views.TierView.of(tier, categories);
    }

    /** Upper-cased like the kernel's product categories; each at most once, and each in the kernel's list. */
    private Map<String, BigDecimal> categories(Map<String, BigDecimal> given) {
        Map<String, BigDecimal> categories = new TreeMap<>();
        if (given == null) {
            return categories;
        }
        given.forEach((key, value) -> {
            String category = Check.identifier(key, "categoryPercents", 64).toUpperCase(Locale.ROOT);
            catalogue.requireCategory(category);
            BigDecimal percent = Check.percent(value, "categoryPercents." + category, MAX_PERCENT);
            if (categories.put(category, percent) != null) {
                throw Refusals.badRequest("DUPLICATE_CATEGORY", category);
            }
        });
        return categories;
    }

    /** A store's tier: a MANAGER of that store; a network-wide one: a NETWORK_ADMIN. */
    private void checkOwner(UUID organization) {
        if (organization == null) {
            if (!context.hasRole(Role.NETWORK_ADMIN)) {
                throw Refusals.forbidden("NETWORK_TIER_FORBIDDEN");
            }
            return;
        }
        context.checkAccess(organization);
        Organization store = Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        if (!Organization.STORE.equals(store.getType())) {
            throw Refusals.unprocessable("NOT_A_STORE", store.getName());
        }
    }

    private Object list(ApiRequest request) {
        UUID organization = request.queryId("organization").orElse(null);
        if (organization != null) {
            context.checkAccess(organization);
        }
        List<Tier> found = (organization == null
                ? dal.query(Tier.class, null, null)
                : dal.query(Tier.class, "e.organization is null or e.organization = :org", Map.of("org", organization)))
                .orderBy("e.code").limit(request.limit()).offset(request.offset()).list();
        Map<UUID, Map<String, BigDecimal>> categories = tiers.categoryPercents(found.stream().map(Tier::getId).toList());
        return Items.of(found.stream()
                .map(t -> Views.TierView.of(t, categories.getOrDefault(t.getId(), Map.of()))).toList());
    }
}
