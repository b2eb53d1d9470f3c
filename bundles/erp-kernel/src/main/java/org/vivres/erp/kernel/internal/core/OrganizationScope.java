package org.vivres.erp.kernel.internal.core;

import java.util.UUID;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.model.Organization;

/** The {@code ?organization=} of a fiscal read: one store the user may read, or (for a network admin) the network. */
public final class OrganizationScope {
    private OrganizationScope() {
    }

    /**
     * The store asked for, checked; {@code null} when a network admin asked for the whole network. Anyone else must
     * name a store: 400 {@code FIELD_REQUIRED}; another store's: 403; an unknown one: 404.
     */
    public static UUID storeOrNetwork(ApiRequest request, ErpContext context, Dal dal) {
        UUID organization = request.queryId("organization").orElse(null);
        if (organization == null && !context.isAdmin()) {
            throw Check.invalid("FIELD_REQUIRED", "organization");
        }
        if (organization != null) {
            context.checkAccess(organization);
            Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        }
        return organization;
    }
}
