package org.vivres.pos.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.ui.UiContribution;

/**
 * {@code GET /api/ui/contributions[?place=]}: the till and back office parts that bundles
 * contribute, for the caller's roles and in the caller's language. Contributions come and go with
 * their bundles; the next call sees the change.
 */
@Component
public final class ContributionsResource implements ApiResource {
    private final ErpContext context;
    private final ContributionCatalog catalog = new ContributionCatalog();

    @Activate
    public ContributionsResource(@Reference ErpContext context) {
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(UiContribution contribution, Map<String, Object> properties) {
        catalog.add(contribution, properties.get("service.ranking"));
    }

    void removeContribution(UiContribution contribution) {
        catalog.remove(contribution);
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/ui/contributions", this::list);
    }

    private Object list(ApiRequest request) {
        String place = request.query("place").map(String::strip).orElse(null);
        if (place != null) {
            Check.oneOf(place, "place", ContributionCatalog.PLACES);
        }
        return Items.of(catalog.visible(context::hasRole, context.locale(), place));
    }
}
