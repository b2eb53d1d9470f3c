package org.vivres.financing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.financing.internal.HourlyRate;
import org.vivres.financing.internal.Refusals;
import org.vivres.financing.internal.model.VolunteerHours;

/**
 * {@code /api/volunteering}: hours volunteers gave a store or hub, recorded by a manager or at the till by a logged-in
 * cashier (a volunteer himself, often), valued at the network's hourly rate; read back with totals per month, task,
 * activity session and organization.
 */
@Component(service = ApiResource.class)
public final class VolunteeringResource implements ApiResource {
    static final BigDecimal DAY = new BigDecimal("24");

    // The volunteer's hours of the day grow only while they stay within 24: 0 rows means the day is full.
    private static final String ADD_TO_DAY = """
            insert into financing_volunteer_day (id, organization_id, created_at, created_by, updated_at, updated_by,
                                                 version, volunteer_key, work_date, hours)
            values (:id, :org, now(), :user, now(), :user, 0, :volunteer, :date, :hours)
            on conflict (organization_id, volunteer_key, work_date) do update
               set hours = financing_volunteer_day.hours + excluded.hours, updated_at = now(),
                   updated_by = excluded.updated_by, version = financing_volunteer_day.version + 1
             where financing_volunteer_day.hours + excluded.hours <= 24
            """;

    private final Dal dal;
    private final ErpContext context;
    private final HourlyRate rate;

    record NewHours(UUID organization, String volunteer, LocalDate date, BigDecimal hours, String task,
                    UUID activitySession) {
    }

    /** The activities bundle's sessions, for hours spent on one; absent without that bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActivitySessions sessions;

    @Activate
    public VolunteeringResource(@Reference Dal dal, @Reference ErpContext context, @Reference HourlyRate rate) {
        this.dal = dal;
        this.context = context;
        this.rate = rate;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/volunteering", this::create, Role.MANAGER, Role.CASHIER);
        routes.get("/api/volunteering", this::list);
    }

    private Object create(ApiRequest request) {
        NewHours body = request.body(NewHours.class);
        UUID org = Check.required(body.organization(), "organization");
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        String volunteer = Check.text(body.volunteer(), "volunteer", 100);
        LocalDate date = Check.required(body.date(), "date");
        if (date.isAfter(StoreCalendar.today())) {
            throw Refusals.unprocessable("DATE_IN_FUTURE", "date", date);
        }
        BigDecimal hours = hours(body.hours());
        String task = Check.oneOf(body.task(), "task", VolunteerHours.TASKS);
        UUID session = session(task, body.activitySession(), org);
        // the same person whatever the case or spacing the till typed: "marie " is "Marie"
        String key = volunteer.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int added = dal.execute(ADD_TO_DAY, Map.of("id", UUID.randomUUID(), "org", org, "user", context.username(),
                "volunteer", key, "date", date, "hours", hours));
        if (added == 0) {
            throw Refusals.unprocessable("VOLUNTEER_DAY_OVER_24_HOURS", volunteer, date);
        }
        BigDecimal hourly = rate.euros();
        VolunteerHours saved = dal.save(new VolunteerHours(org, volunteer, date, hours, task, session, hourly,
                Money.euros(hours.multiply(hourly))));
        return ApiResponse.created(Views.HoursView.of(saved));
    }

    /** More than 0 and at most 24 hours, to the hundredth (a quarter of an hour is 0.25). */
    private static BigDecimal hours(BigDecimal value) {
        Check.required(value, "hours");
        if (value.signum() <= 0 || value.compareTo(DAY) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw Refusals.badRequest("INVALID_HOURS", "hours");
        }
        return value.setScale(2);
    }

    /** An activity's hours name one of the organization's sessions; other tasks name none. */
    private UUID session(String task, UUID session, UUID org) {
        if (!VolunteerHours.ACTIVITY.equals(task)) {
            if (session != null) {
                throw Refusals.unprocessable("ACTIVITY_SESSION_ONLY_FOR_ACTIVITY");
            }
            return null;
        }
        if (session == null) {
            throw Refusals.unprocessable("ACTIVITY_SESSION_REQUIRED");
        }
        ActivitySessions directory = sessions;
        if (directory == null) {
            throw ActivitySessions.unavailable();
        }
        return directory.require(session, org);
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
