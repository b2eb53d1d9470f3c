package org.vivres.erp.api.financing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The volunteer hours recorded on activity sessions, for the activities' report; registered by the financing bundle,
 * so that activities print them without depending on it (without it, there is no such service and no hours).
 */
@ProviderType
public interface SessionVolunteering {
    /** The hours recorded on each of {@code sessions} (those without any are left out), read as the current user. */
    Map<UUID, BigDecimal> hoursBySession(Collection<UUID> sessions);
}
