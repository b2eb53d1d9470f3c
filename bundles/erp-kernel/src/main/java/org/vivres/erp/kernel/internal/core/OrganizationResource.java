package org.vivres.erp.kernel.internal.core;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;

/** {@code /api/organizations}: stores and hubs; only a network admin creates them. */
@Component
public final class OrganizationResource implements ApiResource {
    private final Dal dal;

    record NewOrganization(String name, String type) {
    }

    @Activate
    public OrganizationResource(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/organizations", this::create, Role.NETWORK_ADMIN);
        routes.get("/api/organizations", this::list);
        routes.get("/api/organizations/{id}", this::get);
    }

    private Object create(ApiRequest request) {
        NewOrganization body = request.body(NewOrganization.class);
        String name = Check.text(body.name(), "name", 200);
        String type = Check.oneOf(body.type(), "type", List.of(Organization.STORE, Organization.HUB));
        if (dal.query(Organization.class, "lower(e.name) = lower(:n)", Map.of("n", name)).count() > 0) {
            throw Refusals.conflict("ORGANIZATION_NAME_TAKEN", name);
        }
        return ApiResponse.created(Views.OrganizationView.of(dal.save(new Organization(name, type))));
    }

    private Object list(ApiRequest request) {
        return Items.of(dal.query(Organization.class, null, null).orderBy("e.name")
                .limit(request.limit()).offset(request.offset()).list().stream()
                .map(Views.OrganizationView::of).toList());
    }

    private Object get(ApiRequest request) {
        return Views.OrganizationView.of(Check.found(dal.get(Organization.class, request.pathId("id")), "organisation"));
    }
}
