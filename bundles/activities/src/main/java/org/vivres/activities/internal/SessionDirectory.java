package org.vivres.activities.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.ActivitySessions;
import org.vivres.erp.api.Dal;

/**
 * Tells other bundles which sessions exist (volunteer hours spent on a session), without them reading this bundle's
 * tables. A session's organization is the store that runs its activity.
 */
@Component(service = ActivitySessions.class)
public final class SessionDirectory implements ActivitySessions {
    private final Dal dal;

    @Activate
    public SessionDirectory(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public boolean exists(UUID session, UUID organization) {
        ActivitySession found = session == null ? null : dal.get(ActivitySession.class, session);
        return found != null && found.getOrganization().equals(organization);
    }

    @Override
    public List<UUID> sessionsOf(UUID organization, String activity) {
        List<UUID> activities = dal.query(Activity.class, "e.organization = :org and e.name = :name",
                Map.of("org", organization, "name", activity)).list().stream().map(Activity::getId).toList();
        if (activities.isEmpty()) {
            return List.of();
        }
        return dal.query(ActivitySession.class, "e.activity in (:ids)", Map.of("ids", activities))
                .orderBy("e.startsAt, e.id").list().stream().map(ActivitySession::getId).toList();
    }
}
