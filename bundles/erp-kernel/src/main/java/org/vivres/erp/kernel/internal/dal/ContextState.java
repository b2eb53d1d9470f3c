package org.vivres.erp.kernel.internal.dal;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.vivres.erp.api.Role;

/** Who acts in the current transaction. */
public record ContextState(UUID userId, String username, Set<Role> roles, UUID organization, Locale locale) {

    public static final Locale FRENCH = Locale.FRENCH;

    /** The system itself (start-up, commands): unrestricted. */
    public static ContextState system() {
        return new ContextState(null, "system", Set.of(Role.NETWORK_ADMIN), null, FRENCH);
    }

    /** Nobody logged in yet (login, health). */
    public static ContextState anonymous(Locale locale) {
        return new ContextState(null, "anonymous", Set.of(), null, locale);
    }

    public boolean isNetworkAdmin() {
        return roles.contains(Role.NETWORK_ADMIN);
    }
}
