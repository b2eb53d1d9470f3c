package org.vivres.activities.internal;

import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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
}
