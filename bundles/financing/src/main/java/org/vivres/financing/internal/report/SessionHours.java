package org.vivres.financing.internal.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.financing.SessionVolunteering;
import org.vivres.financing.internal.model.VolunteerHours;

/** The hours recorded on activity sessions, for the activities' report. */
@Component
public final class SessionHours implements SessionVolunteering {
    private static final String BY_SESSION = "select e.activitySession, sum(e.hours) from "
            + VolunteerHours.class.getName() + " e where e.activitySession in (:ids) group by e.activitySession";

    private final Dal dal;

    @Activate
    public SessionHours(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public Map<UUID, BigDecimal> hoursBySession(Collection<UUID> sessions) {
        Map<UUID, BigDecimal> hours = new HashMap<>();
        if (sessions.isEmpty()) {
            return hours;
        }
        // Dal.select is not filtered: the sessions are those of an activity the caller was checked to read, and
        // only hours recorded on them are summed.
        for (Object[] row : dal.select(BY_SESSION, Object[].class, Map.of("ids", List.copyOf(sessions)))) {
            hours.put((UUID) row[0], (BigDecimal) row[1]);
        }
        return hours;
    }
}
