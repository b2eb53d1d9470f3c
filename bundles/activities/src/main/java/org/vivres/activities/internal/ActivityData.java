package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.ActivityAttendance;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySessionTierFee;
import org.vivres.erp.api.Dal;

/**
 * The queries the resources and hooks share. They are not filtered by organization: callers
 * pass ids of sessions they have already read through the {@link Dal} (which checks access).
 */
@Component(service = ActivityData.class)
public final class ActivityData {
    private static final String REGISTRATION = ActivityRegistration.class.getName();
    private static final String ATTENDANCE = ActivityAttendance.class.getName();

    private final Dal dal;

    @Activate
    public ActivityData(@Reference Dal dal) {
        this.dal = dal;
    }

    /** The session's fee per tier code, ordered by code. */
    public Map<String, BigDecimal> tierFees(UUID session) {
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        dal.select("select f from " + ActivitySessionTierFee.class.getName() + " f where f.session = :s order by f.tierCode",
                ActivitySessionTierFee.class, Map.of("s", session)).forEach(f -> fees.put(f.getTierCode(), f.getFee()));
        return fees;
    }

    /** How many seats of the session are taken (erased households' included). */
    public long registrations(UUID session) {
        return dal.select("select count(r) from " + REGISTRATION + " r where r.session = :s", Long.class,
                Map.of("s", session)).get(0);
    }

    /** The household's registration to the session, or {@code null}. */
    public ActivityRegistration registration(UUID session, UUID household) {
        List<ActivityRegistration> found = dal.select("select r from " + REGISTRATION
                + " r where r.session = :s and r.household = :h", ActivityRegistration.class,
                Map.of("s", session, "h", household));
        return found.isEmpty() ? null : found.get(0);
    }

    /** True when the registration's attendance is recorded. */
    public boolean attended(UUID registration) {
        return dal.select("select count(a) from " + ATTENDANCE + " a where a.registration = :r", Long.class,
                Map.of("r", registration)).get(0) > 0;
    }

    /** Registrations counted per session, for sessions with at least one. */
    public Map<UUID, Long> registrationsBySession(Collection<UUID> sessions) {
        return countBySession(REGISTRATION, sessions);
    }

    /** Attendance counted per session, for sessions with at least one. */
    public Map<UUID, Long> attendanceBySession(Collection<UUID> sessions) {
        return countBySession(ATTENDANCE, sessions);
    }

    /** The fees of paid registrations summed per session. */
    public Map<UUID, BigDecimal> feesCollectedBySession(Collection<UUID> sessions) {
        Map<UUID, BigDecimal> fees = new HashMap<>();
        if (!sessions.isEmpty()) {
            dal.select("select r.session, sum(r.fee) from " + REGISTRATION
                    + " r where r.session in :s and r.paidTicket is not null group by r.session", Object[].class,
                    Map.of("s", sessions)).forEach(row -> fees.put((UUID) row[0], (BigDecimal) row[1]));
        }
        return fees;
    }

    private Map<UUID, Long> countBySession(String entity, Collection<UUID> sessions) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!sessions.isEmpty()) {
            dal.select("select x.session, count(x) from " + entity + " x where x.session in :s group by x.session",
                    Object[].class, Map.of("s", sessions)).forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }
}
