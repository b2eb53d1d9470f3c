package org.vivres.pricing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Household;
import org.vivres.pricing.internal.Refusals;
import org.vivres.pricing.internal.StoreDates;
import org.vivres.pricing.internal.Tiers;
import org.vivres.pricing.internal.calc.TierChoice;
import org.vivres.pricing.internal.model.Tier;

/**
 * {@code POST /api/pricing/assessments}: a referrer computes a household's quotient and assigns
 * the tier it falls in, from today to {@code validTo}. The income and the quotient are answered
 * and forgotten: nothing of them is stored or logged. When no tier fits, the household is left
 * without a tier (an earlier assignment is removed: the new assessment supersedes it).
 */
@Component
public final class AssessmentResource implements ApiResource {
    private static final BigDecimal MAX_PARTS = new BigDecimal("99");

    private final Dal dal;
    private final ErpContext context;
    private final Tiers tiers;

    record AssessmentRequest(UUID household, BigDecimal monthlyIncome, BigDecimal householdParts,
            LocalDate validTo) {
    }

    @Activate
    public AssessmentResource(@Reference Dal dal, @Reference ErpContext context, @Reference Tiers tiers) {
        this.dal = dal;
        this.context = context;
        this.tiers = tiers;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/pricing/assessments", this::assess, Role.REFERRER, Role.MANAGER);
    }

    private Object assess(ApiRequest request) {
        AssessmentRequest body = request.body(AssessmentRequest.class);
        UUID id = Check.required(body.household(), "household");
        BigDecimal income = Check.positiveAmount(body.monthlyIncome(), "monthlyIncome");
        BigDecimal parts = parts(body.householdParts());
        LocalDate from = StoreDates.today();
        LocalDate to = Check.required(body.validTo(), "validTo");
        StoreDates.checkPeriod(from, to);
        Household household = tiers.lockedHousehold(id);
        BigDecimal quotient = TierChoice.quotient(income, parts);
        Optional<TierChoice.Candidate> choice = TierChoice.choose(candidates(household.getOrganization()),
                household.getOrganization(), quotient);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("household", household.getId());
        answer.put("quotient", quotient);
        if (choice.isPresent()) {
            Tier tier = tiers.byCode(choice.get().code());
            tiers.assign(household, tier, from, to);
            answer.put("tier", tier.getCode());
            answer.put("validFrom", from);
            answer.put("validTo", to);
        } else {
            tiers.unassign(household.getId());
            answer.put("tier", null);
        }
        return ApiResponse.created(answer);
    }

    /** Household parts (« parts du foyer »): &gt; 0, at most 2 decimals. */
    private static BigDecimal parts(BigDecimal parts) {
        Check.required(parts, "householdParts");
        if (parts.signum() <= 0 || parts.compareTo(MAX_PARTS) > 0 || parts.stripTrailingZeros().scale() > 2) {
            throw Refusals.badRequest("INVALID_PARTS", "householdParts", MAX_PARTS);
        }
        return parts;
    }

    /** The tiers an assessment of a household of {@code organization} may choose: its store's and the network's. */
    private List<TierChoice.Candidate> candidates(UUID organization) {
        return context.asAdmin(() -> dal.query(Tier.class,
                        "e.maxQuotient is not null and (e.organization is null or e.organization = :org)",
                        Map.of("org", organization)).list()).stream()
                .map(t -> new TierChoice.Candidate(t.getId(), t.getCode(), t.getOrganization(), t.getMaxQuotient()))
                .toList();
    }
}
