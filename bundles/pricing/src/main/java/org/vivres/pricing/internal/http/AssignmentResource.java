package org.vivres.pricing.internal.http;

import java.time.LocalDate;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Household;
import org.vivres.pricing.internal.Refusals;
import org.vivres.pricing.internal.StoreDates;
import org.vivres.pricing.internal.Tiers;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;

/**
 * {@code /api/households/{id}/tier}: a referrer or a manager of the household's store sets (PUT,
 * replacing the current one) or removes (DELETE) the household's tier.
 */
@Component
public final class AssignmentResource implements ApiResource {
    private final Tiers tiers;

    record TierRequest(String tier, LocalDate validFrom, LocalDate validTo) {
    }

    @Activate
    public AssignmentResource(@Reference Tiers tiers) {
        this.tiers = tiers;
    }

    @Override
    public void routes(Routes routes) {
        routes.put("/api/households/{id}/tier", this::assign, Role.REFERRER, Role.MANAGER);
        routes.delete("/api/households/{id}/tier", this::unassign, Role.REFERRER, Role.MANAGER);
    }

    private Object assign(ApiRequest request) {
        UUID id = request.pathId("id");
        TierRequest body = request.body(TierRequest.class);
        String code = Check.identifier(body.tier(), "tier", 32);
        LocalDate from = Check.required(body.validFrom(), "validFrom");
        LocalDate to = Check.required(body.validTo(), "validTo");
        StoreDates.checkPeriod(from, to);
        Household household = tiers.lockedHousehold(id);
        Tier tier = tierFor(household, code);
        TierAssignment assignment = tiers.assign(household, tier, from, to);
        return Views.AssignmentView.of(tier, assignment);
    }

    private Object unassign(ApiRequest request) {
        Household household = tiers.lockedHousehold(request.pathId("id"));
        tiers.unassign(household.getId());
        return null;
    }

    /** The tier {@code code} if the household may have it: network-wide or of the household's store. */
    private Tier tierFor(Household household, String code) {
        Tier tier = tiers.byCode(code);
        if (tier == null) {
            throw Refusals.unprocessable("UNKNOWN_TIER", code);
        }
        if (tier.getOrganization() != null && !tier.getOrganization().equals(household.getOrganization())) {
            throw Refusals.unprocessable("TIER_OF_ANOTHER_STORE", code);
        }
        return tier;
    }
}
