package org.vivres.erp.kernel.internal.fiscal;

import java.util.LinkedHashMap;
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
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.kernel.internal.core.OrganizationScope;

/** {@code GET /api/fiscal/verify}: checks a store's chains now (a network admin may check the whole network). */
@Component
public final class FiscalResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final FiscalWatch watch;

    @Activate
    public FiscalResource(@Reference Dal dal, @Reference ErpContext context, @Reference FiscalWatch watch) {
        this.dal = dal;
        this.context = context;
        this.watch = watch;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/fiscal/verify", this::verify, Role.MANAGER);
    }

    /** {@code ?organization=}: required but for a network admin, for whom none means every chain. */
    private Object verify(ApiRequest request) {
        UUID organization = OrganizationScope.storeOrNetwork(request, context, dal);
        FiscalVerifier.Result result = watch.verifyNow(organization);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.status());
        body.put("records", result.records());
        body.put("firstBroken", result.firstBroken());
        return body;
    }
}
