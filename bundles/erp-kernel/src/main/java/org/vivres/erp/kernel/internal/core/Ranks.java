package org.vivres.erp.kernel.internal.core;

import java.util.Set;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.User;

/**
 * Who may give which roles, and so whose account one may touch: a user holding a role the caller could not grant
 * outranks them — else a manager could reset a network admin's password and log in as them.
 */
final class Ranks {
    private Ranks() {
    }

    /** True when the acting user may grant every one of {@code roles} (only a network admin grants NETWORK_ADMIN). */
    static boolean mayGrant(ErpContext context, Set<Role> roles) {
        return !roles.contains(Role.NETWORK_ADMIN) || context.hasRole(Role.NETWORK_ADMIN);
    }

    /** Refuses with 403 {@code USER_OUTRANKS_YOU} a change to {@code user} by someone who could not grant its roles. */
    static void checkMayChange(ErpContext context, User user) {
        if (!mayGrant(context, user.getRoles())) {
            throw Refusals.forbidden("USER_OUTRANKS_YOU");
        }
    }
}
