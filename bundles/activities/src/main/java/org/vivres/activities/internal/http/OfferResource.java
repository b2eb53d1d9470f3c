package org.vivres.activities.internal.http;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.Refusals;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;

/**
 * {@code DELETE /api/activities/{id}/offers/{offer}}: a manager of the activity's store ends an offer (the special
 * price stops, or it was entered by mistake). The offer prices no further ticket; the lines it priced keep their
 * price rule and still count in the activity's report.
 */
@Component
public final class OfferResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;

    @Activate
    public OfferResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.delete("/api/activities/{id}/offers/{offer}", this::end, Role.MANAGER);
    }

    private Object end(ApiRequest request) {
        Activity activity = Check.found(dal.get(Activity.class, request.pathId("id")), "activité");
        context.checkAccess(activity.getOrganization());
        ActivityOffer offer = dal.getForUpdate(ActivityOffer.class, request.pathId("offer"));
        Check.found(offer != null && offer.getActivity().equals(activity.getId()) ? offer : null, "offre");
        if (offer.getEndedAt() != null) {
            throw Refusals.conflict("OFFER_ENDED", offer.getEndedAt().toLocalDate());
        }
        offer.end(OffsetDateTime.now(ZoneOffset.UTC));
        return Views.OfferView.of(dal.save(offer));
    }
}
