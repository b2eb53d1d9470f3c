package org.vivres.erp.kernel.internal.core;

import java.util.List;
import java.util.Map;
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
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.LegalIdentity;
import org.vivres.erp.api.model.Organization;

/**
 * {@code /api/organizations}: stores and hubs; only a network admin creates them. Their legal identity (printed on
 * receipts and closings) is set at creation, then by the network admin or the organization's own manager.
 */
@Component
public final class OrganizationResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;

    record NewOrganization(String name, String type, String legalName, String address, String postalCode, String city,
            String siret, String vatNumber, Boolean mayIssueDonationReceipts) {
        LegalIdentity identity() {
            return new LegalIdentity(legalName, address, postalCode, city, siret, vatNumber);
        }
    }

    @Activate
    public OrganizationResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/organizations", this::create, Role.NETWORK_ADMIN);
        routes.get("/api/organizations", this::list);
        routes.get("/api/organizations/{id}", this::get);
        routes.put("/api/organizations/{id}", this::update, Role.NETWORK_ADMIN, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewOrganization body = request.body(NewOrganization.class);
        String name = Check.text(body.name(), "name", 200);
        String type = Check.oneOf(body.type(), "type", List.of(Organization.STORE, Organization.HUB));
        if (dal.query(Organization.class, "lower(e.name) = lower(:n)", Map.of("n", name)).count() > 0) {
            throw Refusals.conflict("ORGANIZATION_NAME_TAKEN", name);
        }
        LegalIdentity identity = LegalIdentityCheck.checked(body.identity());
        Organization organization = new Organization(name, type);
        organization.setLegalIdentity(identity);
        organization.setMayIssueDonationReceipts(Boolean.TRUE.equals(body.mayIssueDonationReceipts()));
        return ApiResponse.created(Views.OrganizationView.of(dal.save(organization)));
    }

    /**
     * Replaces the legal identity (a part left out is cleared); the name and type stay. {@code mayIssueDonationReceipts}
     * changes only when given: a screen that edits the identity alone does not turn it off. A manager may change only
     * his own organization's (403 otherwise).
     */
    private Object update(ApiRequest request) {
        NewOrganization body = request.body(NewOrganization.class);
        Organization organization = Check.found(dal.get(Organization.class, request.pathId("id")), "organisation");
        context.checkAccess(organization.getId()); // its own only, not a hub it may read
        organization.setLegalIdentity(LegalIdentityCheck.checked(body.identity()));
        if (body.mayIssueDonationReceipts() != null) {
            organization.setMayIssueDonationReceipts(body.mayIssueDonationReceipts());
        }
        dal.save(organization);
        return Views.OrganizationView.of(organization);
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
