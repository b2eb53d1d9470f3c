package org.vivres.activities.internal.http;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.ActivityData;
import org.vivres.activities.internal.Refusals;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;

/**
 * {@code DELETE /api/activities/registrations/{id}}: a household that cannot come gives its place back. Only a
 * registration neither paid nor attended is cancelled (a paid fee is money received; an attendance happened). The
 * registration row is locked first, so a till paying its fee at the same moment either pays before (and the
 * cancellation is refused) or finds it gone (and its ticket is refused).
 */
@Component
public final class CancellationResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;

    @Activate
    public CancellationResource(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data) {
        this.dal = dal;
        this.context = context;
        this.data = data;
    }

    @Override
    public void routes(Routes routes) {
        routes.delete("/api/activities/registrations/{id}", this::cancel, Role.MANAGER, Role.CASHIER, Role.REFERRER);
    }

    private Object cancel(ApiRequest request) {
        ActivityRegistration registration = Check.found(
                dal.getForUpdate(ActivityRegistration.class, request.pathId("id")), "inscription");
        context.checkAccess(registration.getOrganization());
        if (registration.isPaid()) {
            throw Refusals.conflict("REGISTRATION_PAID");
        }
        if (data.attended(registration.getId())) {
            throw Refusals.conflict("ALREADY_ATTENDED");
        }
        dal.remove(registration);
        return ApiResponse.noContent();
    }
}
