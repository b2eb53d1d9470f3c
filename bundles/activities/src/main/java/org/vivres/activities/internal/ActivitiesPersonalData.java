package org.vivres.activities.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityAttendance;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.persistence.PersonalDataHook;

/**
 * The household's registrations and attendance in the export (section {@code activities}).
 * Erasure detaches them from the household instead of deleting them: sessions keep their counts
 * and fees collected, and nothing left points at the household.
 */
@Component(service = PersonalDataHook.class)
public final class ActivitiesPersonalData implements PersonalDataHook {
    private static final String REGISTRATION = ActivityRegistration.class.getName();
    private static final String ATTENDANCE = ActivityAttendance.class.getName();

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public ActivitiesPersonalData(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public Object export(UUID household) {
        // The household's data wherever it registered, not only in the reader's store.
        return context.asAdmin(() -> {
            List<ActivityRegistration> registrations = dal.select("select r from " + REGISTRATION
                    + " r where r.household = :h order by r.createdAt, r.id", ActivityRegistration.class,
                    Map.of("h", household));
            List<ActivityAttendance> attendance = dal.select("select a from " + ATTENDANCE
                    + " a where a.household = :h order by a.createdAt, a.id", ActivityAttendance.class,
                    Map.of("h", household));
            Map<String, Object> export = new LinkedHashMap<>();
            export.put("registrations", registrations.stream().map(this::registration).toList());
            export.put("attendance", attendance.stream().map(a -> {
                Map<String, Object> view = session(a.getSession());
                view.put("registration", a.getRegistration());
                view.put("recordedAt", a.getCreatedAt());
                return view;
            }).toList());
            return export;
        });
    }

    private Map<String, Object> registration(ActivityRegistration r) {
        Map<String, Object> view = session(r.getSession());
        view.put("id", r.getId());
        view.put("fee", r.getFee());
        view.put("paid", r.isPaid());
        view.put("ticket", r.getPaidTicket());
        view.put("registeredAt", r.getCreatedAt());
        return view;
    }

    private Map<String, Object> session(UUID sessionId) {
        ActivitySession session = dal.get(ActivitySession.class, sessionId);
        Activity activity = dal.get(Activity.class, session.getActivity());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("session", session.getId());
        view.put("startsAt", session.getStartsAt());
        view.put("activity", activity.getId());
        view.put("activityName", activity.getName());
        view.put("organization", activity.getOrganization());
        return view;
    }

    @Override
    public void erase(UUID household) {
        Map<String, Object> params = Map.of("h", household, "now", OffsetDateTime.now(ZoneOffset.UTC),
                "user", context.username());
        String detach = " e set e.household = null, e.updatedAt = :now, e.updatedBy = :user,"
                + " e.version = e.version + 1 where e.household = :h";
        dal.update("update " + ATTENDANCE + detach, params);
        dal.update("update " + REGISTRATION + detach, params);
    }
}
