package org.vivres.erp.kernel.internal.core;

import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.User;
import org.vivres.erp.kernel.internal.event.EventJournal;
import org.vivres.erp.kernel.internal.security.Passwords;
import org.vivres.erp.kernel.internal.security.Sessions;

/**
 * Accounts after their creation: a manager deactivates the account of someone who left the store (and reactivates
 * it) or gives a new password to a cashier who forgot theirs; anyone changes their own password. Each ends the
 * account's open sessions: a deactivated cashier's till is logged out at its next call.
 */
@Component
public final class AccountResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final Sessions sessions;
    private final EventJournal journal;

    record ActiveChange(Boolean active) {
    }

    record PasswordReset(String password) {
    }

    record OwnPassword(String current, String password) {
    }

    @Activate
    public AccountResource(@Reference Dal dal, @Reference ErpContext context, @Reference Sessions sessions,
            @Reference EventJournal journal) {
        this.dal = dal;
        this.context = context;
        this.sessions = sessions;
        this.journal = journal;
    }

    @Override
    public void routes(Routes routes) {
        routes.put("/api/users/{id}/active", this::changeActive, Role.MANAGER);
        routes.put("/api/users/{id}/password", this::resetPassword, Role.MANAGER);
        routes.put("/api/session/password", this::changeOwnPassword);
    }

    private Object changeActive(ApiRequest request) {
        boolean active = Check.required(request.body(ActiveChange.class).active(), "active");
        User user = managed(request.pathId("id"));
        if (!active && user.getId().equals(context.userId())) {
            throw Refusals.unprocessable("CANNOT_DEACTIVATE_SELF");
        }
        user.setActive(active);
        dal.save(user);
        journal.record(user.getOrganization(), EventJournal.USER_ACTIVE_CHANGED, user.getId(),
                Map.of("user", user.getId(), "active", active));
        if (!active) {
            sessions.endAll(user.getId());
        }
        return Views.UserView.of(user);
    }

    private Object resetPassword(ApiRequest request) {
        String password = UserResource.password(request.body(PasswordReset.class).password(), "password");
        User user = managed(request.pathId("id"));
        user.setPasswordHash(Passwords.hash(password));
        dal.save(user);
        // who and whose, never the password
        journal.record(user.getOrganization(), EventJournal.USER_PASSWORD_RESET, user.getId(),
                Map.of("user", user.getId()));
        sessions.endAll(user.getId());
        return ApiResponse.noContent();
    }

    /** The caller's own password, given the current one; their other sessions end, this one too (log in again). */
    private Object changeOwnPassword(ApiRequest request) {
        OwnPassword body = request.body(OwnPassword.class);
        String current = Check.required(body.current(), "current");
        String password = UserResource.password(body.password(), "password");
        User user = Check.found(context.asAdmin(() -> dal.getForUpdate(User.class, context.userId())), "utilisateur");
        if (!sessions.checkCurrentPassword(user.getId(), current, user.getPasswordHash())) {
            throw Refusals.forbidden("BAD_CURRENT_PASSWORD");
        }
        user.setPasswordHash(Passwords.hash(password));
        dal.save(user);
        sessions.endAll(user.getId());
        return ApiResponse.noContent();
    }

    /**
     * A user the caller manages, row-locked: of the caller's organization (any user for a network admin). Another
     * store's users are not found (404), as in {@code GET /api/users}; a user holding a role the caller could not grant
     * (a network admin, for a manager) is refused with 403 {@code USER_OUTRANKS_YOU} wherever its account says it
     * belongs.
     */
    private User managed(UUID id) {
        User user = context.asAdmin(() -> dal.getForUpdate(User.class, id));
        if (user != null) {
            Ranks.checkMayChange(context, user);
        }
        boolean visible = user != null && (context.isAdmin()
                || user.getOrganization() != null && user.getOrganization().equals(context.organization()));
        return Check.found(visible ? user : null, "utilisateur " + id);
    }
}
