package org.vivres.activities.internal.http;

import org.vivres.erp.api.StoreCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.activities.internal.ActivityData;
import org.vivres.activities.internal.Refusals;
import org.vivres.activities.internal.domain.Fees;
import org.vivres.activities.internal.domain.OfferAllowance;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityAttendance;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.HouseholdTiers;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Household;

/**
 * Registrations of households to sessions and their attendance. The session row is locked while
 * a registration is counted and written, so concurrent registrations never exceed its capacity.
 * The fee is the session's fee for the household's tier when the pricing bundle is there to tell
 * the tier ({@link HouseholdTiers}, optional), else the session's {@code fee}.
 */
@Component(service = ApiResource.class)
public final class RegistrationResource implements ApiResource {
    private static final Role[] STORE_STAFF = {Role.MANAGER, Role.CASHIER, Role.REFERRER};

    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HouseholdTiers tiers;

    record NewRegistration(UUID household) {
    }

    record NewAttendance(UUID household) {
    }

    record AttendanceView(UUID id, UUID session, UUID household, UUID registration) {
    }

    @Activate
    public RegistrationResource(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data) {
        this.dal = dal;
        this.context = context;
        this.data = data;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/activities/sessions/{sid}/registrations", this::register, STORE_STAFF);
        routes.get("/api/activities/sessions/{sid}/registrations", this::listOfSession, STORE_STAFF);
        routes.post("/api/activities/sessions/{sid}/attendance", this::attend, STORE_STAFF);
        routes.get("/api/activities/registrations", this::listOfHousehold, STORE_STAFF);
    }

    private Object register(ApiRequest request) {
        UUID householdId = Check.required(request.body(NewRegistration.class).household(), "household");
        UUID sessionId = request.pathId("sid");
        Household household = liveHousehold(householdId);
        // Held until commit: the count below and the insert are one step for concurrent requests.
        ActivitySession session = Check.found(dal.getForUpdate(ActivitySession.class, sessionId), "séance");
        context.checkAccess(session.getOrganization());
        if (data.registration(sessionId, householdId) != null) {
            throw Refusals.conflict("ALREADY_REGISTERED");
        }
        if (data.registrations(sessionId) >= session.getCapacity()) {
            throw Refusals.conflict("SESSION_FULL", session.getCapacity());
        }
        BigDecimal fee = Fees.feeFor(tierOf(household.getId()), data.tierFees(sessionId), session.getFee());
        ActivityRegistration registration = dal.save(new ActivityRegistration(session, household.getId(), fee));
        return ApiResponse.created(Views.RegistrationView.of(registration, false));
    }

    /** The household's tier today, when a pricing bundle provides tiers. */
    private Optional<String> tierOf(UUID household) {
        HouseholdTiers current = tiers;
        return current == null ? Optional.empty()
                : current.tierOf(household, StoreCalendar.today());
    }

    private Household liveHousehold(UUID id) {
        Household household = Check.found(dal.get(Household.class, id), "foyer " + id);
        if (household.isErased()) {
            throw Refusals.unprocessable("HOUSEHOLD_ERASED");
        }
        return household;
    }

    private ActivitySession session(ApiRequest request) {
        ActivitySession session = Check.found(dal.get(ActivitySession.class, request.pathId("sid")), "séance");
        context.checkAccess(session.getOrganization());
        return session;
    }

    private Object attend(ApiRequest request) {
        UUID householdId = Check.required(request.body(NewAttendance.class).household(), "household");
        ActivitySession session = session(request);
        liveHousehold(householdId);
        ActivityRegistration registration = data.registration(session.getId(), householdId);
        if (registration == null) {
            throw Refusals.unprocessable("NOT_REGISTERED");
        }
        if (data.attended(registration.getId())) {
            throw Refusals.conflict("ALREADY_ATTENDED");
        }
        ActivityAttendance attendance = dal.save(new ActivityAttendance(registration));
        return ApiResponse.created(new AttendanceView(attendance.getId(), attendance.getSession(),
                attendance.getHousehold(), attendance.getRegistration()));
    }

    private Object listOfSession(ApiRequest request) {
        ActivitySession session = session(request);
        return Items.of(dal.query(ActivityRegistration.class, "e.session = :s", Map.of("s", session.getId()))
                .orderBy("e.createdAt, e.id").limit(request.limit()).offset(request.offset()).list().stream()
                .map(r -> Views.RegistrationView.of(r, data.attended(r.getId()))).toList());
    }

    /** {@code ?household=} (required), {@code &unpaid=true}: what the till offers to charge, newest session first. */
    private Object listOfHousehold(ApiRequest request) {
        UUID householdId = request.queryId("household").orElseThrow(() -> Check.invalid("FIELD_REQUIRED", "household"));
        Check.found(dal.get(Household.class, householdId), "foyer " + householdId);
        boolean unpaidOnly = request.query("unpaid").map("true"::equals).orElse(false);
        List<ActivityRegistration> registrations = dal.query(ActivityRegistration.class,
                "e.household = :h" + (unpaidOnly ? " and e.paidTicket is null" : ""), Map.of("h", householdId))
                .orderBy("e.createdAt desc, e.id").limit(request.limit()).offset(request.offset()).list();
        return Items.of(registrations.stream().map(this::describe).toList());
    }

    private Map<String, Object> describe(ActivityRegistration r) {
        ActivitySession session = dal.get(ActivitySession.class, r.getSession());
        Activity activity = dal.get(Activity.class, session.getActivity());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.getId());
        view.put("session", r.getSession());
        view.put("activity", activity.getId());
        view.put("activityName", activity.getName());
        view.put("startsAt", session.getStartsAt());
        view.put("household", r.getHousehold());
        view.put("fee", r.getFee());
        view.put("paid", r.isPaid());
        view.put("ticket", r.getPaidTicket());
        return view;
    }
}
