package org.vivres.financing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.vivres.erp.api.ActivitySessions;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Organization;
import org.vivres.financing.internal.HourlyRate;
import org.vivres.financing.internal.Refusals;
import org.vivres.financing.internal.model.VolunteerHours;

/**
 * Checks volunteer hours and records them, valued at the network's hourly rate: for {@code POST /api/volunteering}
 * and for the demo data, so that both keep a volunteer's day within 24 hours through the same ledger.
 */
public final class VolunteeringRecorder {
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
    private final Supplier<ActivitySessions> sessions;

    public record NewHours(UUID organization, String volunteer, LocalDate date, BigDecimal hours, String task,
                           UUID activitySession) {
    }

    /** {@code sessions}: the activities bundle's sessions as they are now, {@code null} without that bundle. */
    public VolunteeringRecorder(Dal dal, ErpContext context, HourlyRate rate, Supplier<ActivitySessions> sessions) {
        this.dal = dal;
        this.context = context;
        this.rate = rate;
        this.sessions = sessions;
    }

    /** The hours as recorded; refused (nothing written) like the API refuses them. */
    public Views.HoursView record(NewHours body) {
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
        return Views.HoursView.of(saved);
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
        ActivitySessions directory = sessions.get();
        if (directory == null) {
            throw ActivitySessions.unavailable();
        }
        return directory.require(session, org);
    }
}
