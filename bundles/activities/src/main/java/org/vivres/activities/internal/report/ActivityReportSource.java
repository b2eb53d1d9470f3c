package org.vivres.activities.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.activities.internal.ActivityData;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.financing.SessionVolunteering;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * The data of report {@code activity} ({@code GET /api/reports/activity?activity=}): the sessions of
 * {@code GET /api/activities/{id}/report}, oldest first, labelled « Séance 1 », « Séance 2 »... in that
 * order. Same access: the managers of the activity's store and network admins (403 for other roles, 404
 * for another store's activity). With the financing bundle, each session shows the volunteer hours recorded on it and
 * the header their total; without it, both are left out (the column stays empty).
 */
@Component
public final class ActivityReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("session", "startsAt", "capacity", "registrations", "attendance",
            "feesCollected");
    /** With the financing bundle, the CSV gains the sessions' volunteer hours. */
    static final List<String> COLUMNS_WITH_HOURS = List.of("session", "startsAt", "capacity", "registrations",
            "attendance", "feesCollected", "volunteerHours");

    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;
    private final Optional<SessionVolunteering> volunteering;

    @Activate
    public ActivityReportSource(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data,
                                @Reference(cardinality = ReferenceCardinality.OPTIONAL,
                                        policyOption = ReferencePolicyOption.GREEDY) SessionVolunteering volunteering) {
        this.dal = dal;
        this.context = context;
        this.data = data;
        this.volunteering = Optional.ofNullable(volunteering);
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
        List<Map<String, Object>> rows = sessions(activity);
        volunteering.ifPresent(v -> header.put("volunteerHours", rows.stream()
                .map(r -> (BigDecimal) r.get("volunteerHours")).reduce(BigDecimal.ZERO, BigDecimal::add)));
        return new ReportData(header, volunteering.isPresent() ? COLUMNS_WITH_HOURS : COLUMNS, rows);
    }

    private List<Map<String, Object>> sessions(Activity activity) {
        List<ActivitySession> sessions = dal.query(ActivitySession.class, "e.activity = :a",
                Map.of("a", activity.getId())).orderBy("e.startsAt, e.id").list();
        List<UUID> ids = sessions.stream().map(ActivitySession::getId).toList();
        Map<UUID, Long> registrations = data.registrationsBySession(ids);
        Map<UUID, Long> attendance = data.attendanceBySession(ids);
        Map<UUID, BigDecimal> fees = data.feesCollectedBySession(ids);
        Map<UUID, BigDecimal> hours = volunteering.map(v -> v.hoursBySession(ids)).orElse(null);
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
            row.put("volunteerHours", hours == null ? null : hours.getOrDefault(s.getId(), BigDecimal.ZERO));
            rows.add(row);
        }
        return rows;
    }

}
