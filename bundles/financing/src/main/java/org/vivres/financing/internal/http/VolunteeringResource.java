package org.vivres.financing.internal.http;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.erp.api.ActivitySessions;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.financing.internal.HourlyRate;
import org.vivres.financing.internal.model.VolunteerHours;

/**
 * {@code /api/volunteering}: hours volunteers gave a store or hub, recorded by a manager or at the till by a logged-in
 * cashier (a volunteer himself, often), valued at the network's hourly rate; read back with totals per month, task,
 * activity session and organization.
 */
@Component(service = ApiResource.class)
public final class VolunteeringResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final HourlyRate rate;
    private final VolunteeringRecorder recorder;

    /** The activities bundle's sessions, for hours spent on one; absent without that bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActivitySessions sessions;

    @Activate
    public VolunteeringResource(@Reference Dal dal, @Reference ErpContext context, @Reference HourlyRate rate) {
        this.dal = dal;
        this.context = context;
        this.rate = rate;
        this.recorder = new VolunteeringRecorder(dal, context, rate, () -> sessions);
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/volunteering", this::create, Role.MANAGER, Role.CASHIER);
        routes.get("/api/volunteering", this::list);
    }

    private Object create(ApiRequest request) {
        return ApiResponse.created(recorder.record(request.body(VolunteeringRecorder.NewHours.class)));
    }

    private Object list(ApiRequest request) {
        Scope scope = new Scope(request.queryId("organization"), context)
                .and(request.queryDate("from"), "e.date >= :from", "from")
                .and(request.queryDate("to"), "e.date <= :to", "to")
                .and(request.query("task").map(t -> Check.oneOf(t, "task", VolunteerHours.TASKS)), "e.task = :task",
                        "task");
        List<Views.HoursView> items = dal.query(VolunteerHours.class, scope.where(), scope.params())
                .orderBy("e.date desc, e.createdAt desc, e.id").limit(request.limit()).offset(request.offset())
                .list().stream().map(Views.HoursView::of).toList();
        return VolunteeringTotals.read(dal, scope, rate.euros(), items);
    }
}
