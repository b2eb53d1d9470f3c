package org.vivres.financing.internal.http;

import java.util.HashMap;
import java.util.Map;
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
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.financing.internal.Refusals;
import org.vivres.financing.internal.model.Donor;

/**
 * {@code /api/donors}: the donors a store or hub keeps, by name and kind only. A manager's donors are his
 * organization's; a network admin may keep network-wide ones (no {@code organization}), which every organization
 * uses. Every user of the organization reads them.
 */
@Component(service = ApiResource.class)
public final class DonorResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;

    record NewDonor(String name, String kind, UUID organization) {
    }

    @Activate
    public DonorResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/donors", this::create, Role.MANAGER);
        routes.get("/api/donors", this::list);
        routes.get("/api/donors/{id}", this::get);
    }

    private Object create(ApiRequest request) {
        NewDonor body = request.body(NewDonor.class);
        String name = Check.text(body.name(), "name", 200);
        String kind = Check.oneOf(body.kind(), "kind", Donor.KINDS);
        // without an organization: the manager's own; a network admin's (who has none) is the network's
        UUID org = body.organization() != null ? body.organization() : context.organization();
        if (org != null) {
            context.checkAccess(org);
            Check.found(dal.get(Organization.class, org), "organisation " + org);
        } else {
            context.checkAccess(null);
        }
        String where = org == null ? "e.organization is null and lower(e.name) = :name"
                : "e.organization = :org and lower(e.name) = :name";
        Map<String, Object> params = new HashMap<>(Map.of("name", name.toLowerCase(java.util.Locale.ROOT)));
        if (org != null) {
            params.put("org", org);
        }
        if (dal.query(Donor.class, where, params).count() > 0) {
            throw Refusals.conflict("DONOR_ALREADY_EXISTS", name);
        }
        return ApiResponse.created(Views.DonorView.of(dal.save(new Donor(name, kind, org))));
    }

    /** The readable donors (the network's among them), by name; {@code ?organization=} those it may use. */
    private Object list(ApiRequest request) {
        StringBuilder where = new StringBuilder("1=1");
        Map<String, Object> params = new HashMap<>();
        request.queryId("organization").ifPresent(org -> {
            context.checkAccess(org);
            where.append(" and (e.organization = :org or e.organization is null)");
            params.put("org", org);
        });
        request.query("kind").ifPresent(kind -> {
            where.append(" and e.kind = :kind");
            params.put("kind", Check.oneOf(kind, "kind", Donor.KINDS));
        });
        return Items.of(dal.query(Donor.class, where.toString(), params).orderBy("lower(e.name), e.id")
                .limit(request.limit()).offset(request.offset()).list().stream().map(Views.DonorView::of).toList());
    }

    private Object get(ApiRequest request) {
        return Views.DonorView.of(Check.found(dal.get(Donor.class, request.pathId("id")), "donateur"));
    }
}
