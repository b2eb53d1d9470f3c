package org.vivres.procurement.internal.http;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;

/**
 * {@code GET /api/procurement/organizations}: the names of the network's stores and hubs, for the
 * round screens. A manager reads only their own organization through {@code /api/organizations},
 * yet a hub's manager must choose the stores of a round and every taker must see whose needs are
 * whose; names and types are all this tells, nothing of the organizations' data.
 */
@Component
public final class StoreDirectoryResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;

    /** An organization as a round screen names it. */
    record Named(UUID id, String name, String type) {
    }

    @Activate
    public StoreDirectoryResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/procurement/organizations", this::list, Role.MANAGER);
    }

    private Object list(ApiRequest request) {
        List<Organization> all = context.asAdmin(() -> dal.query(Organization.class, null, Map.of())
                .orderBy("e.name, e.id").limit(request.limit()).offset(request.offset()).list());
        return Items.of(all.stream().map(o -> new Named(o.getId(), o.getName(), o.getType())).toList());
    }
}
