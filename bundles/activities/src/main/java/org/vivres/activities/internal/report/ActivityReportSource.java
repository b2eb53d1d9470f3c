package org.vivres.activities.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.ActivityData;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * The data of report {@code activity} ({@code GET /api/reports/activity?activity=}): the sessions of
 * {@code GET /api/activities/{id}/report}, oldest first, labelled « Séance 1 », « Séance 2 »... in that
 * order. Same access: the managers of the activity's store and network admins (403 for other roles, 404
 * for another store's activity).
 */
@Component
public final class ActivityReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("session", "startsAt", "capacity", "registrations", "attendance",
            "feesCollected");

    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;

    @Activate
    public ActivityReportSource(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data) {
        this.dal = dal;
        this.context = context;
        this.data = data;
    }

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER);
        Activity activity = Check.found(dal.get(Activity.class, ReportQuery.id(parameters, "activity")),
                "activité");
        context.checkAccess(activity.getOrganization());
        Map<String, Object> header = new HashMap<>();
        header.put("activity", activity.getName());
        header.put("kind", activity.getKind());
        Organization store = dal.get(Organization.class, activity.getOrganization());
        if (store != null) {
            header.put("organization", store.getName());
        }
        return new ReportData(header, COLUMNS, sessions(activity));
    }

    private List<Map<String, Object>> sessions(Activity activity) {
        List<ActivitySession> sessions = dal.query(ActivitySession.class, "e.activity = :a",
                Map.of("a", activity.getId())).orderBy("e.startsAt, e.id").list();
        List<UUID> ids = sessions.stream().map(ActivitySession::getId).toList();
        Map<UUID, Long> registrations = data.registrationsBySession(ids);
        Map<UUID, Long> attendance = data.attendanceBySession(ids);
        Map<UUID, BigDecimal> fees = data.feesCollectedBySession(ids);
        List<Map<String, Object>> rows = new ArrayList<>(sessions.size());
        for (ActivitySession s : sessions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("session", "Séance " + (rows.size() + 1));
            // In the stores' time, as the CSV prints it (2026-12-01T10:15+01:00).
            row.put("startsAt", s.getStartsAt().atZoneSameInstant(StoreCalendar.ZONE).toOffsetDateTime());
            row.put("capacity", s.getCapacity());
            row.put("registrations", registrations.getOrDefault(s.getId(), 0L));
            row.put("attendance", attendance.getOrDefault(s.getId(), 0L));
            row.put("feesCollected", Money.euros(fees.getOrDefault(s.getId(), Money.ZERO)));
            rows.add(row);
        }
        return rows;
    }

}
