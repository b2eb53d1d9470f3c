package org.vivres.erp.api;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which activity sessions exist, for bundles that refer to one without depending on the activities bundle (volunteer
 * hours spent on a cooking workshop's session): an hour booked on a session that does not exist, or that another store
 * runs, would show under an activity nobody can find. Registered by the activities bundle; absent when it is not
 * installed, so consumers reference it optionally and refuse session-keyed input without it ({@link #unavailable()}).
 *
 * @since 1.5
 */
@ProviderType
public interface ActivitySessions {

    /** True when {@code session} is a session of one of {@code organization}'s activities. */
    boolean exists(UUID session, UUID organization);

    /**
     * The sessions of {@code organization}'s activity named {@code activity} (exactly as the store named it), the
     * earliest first; empty when the store runs no such activity. For data that names a session by what people call
     * it rather than by id (the demo's volunteer hours on its cooking workshop).
     *
     * @since 1.6
     */
    List<UUID> sessionsOf(UUID organization, String activity);

    /** {@code session} if it is one of {@code organization}'s; else 422 {@code UNKNOWN_ACTIVITY_SESSION}. */
    default UUID require(UUID session, UUID organization) {
        if (!exists(session, organization)) {
            throw new ErpException(ErrorStatus.UNPROCESSABLE, "UNKNOWN_ACTIVITY_SESSION", ActivitySessions.class, session);
        }
        return session;
    }

    /** 422 {@code ACTIVITIES_UNAVAILABLE}: sessions cannot be checked while the activities bundle is not installed. */
    static ErpException unavailable() {
        return new ErpException(ErrorStatus.UNPROCESSABLE, "ACTIVITIES_UNAVAILABLE", ActivitySessions.class);
    }
}
