package org.vivres.erp.kernel.internal.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.User;
import org.vivres.erp.kernel.internal.event.EventJournal;
import org.vivres.erp.kernel.internal.security.Passwords;

/**
 * {@code /api/users}: a network admin creates anyone; a manager creates users of its own
 * organization and cannot grant NETWORK_ADMIN. A network admin has no organization.
 */
@Component
public final class UserResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final EventJournal journal;

    record NewUser(String username, String password, List<String> roles, UUID organization) {
    }

    @Activate
    public UserResource(@Reference Dal dal, @Reference ErpContext context, @Reference EventJournal journal) {
        this.dal = dal;
        this.context = context;
        this.journal = journal;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/users", this::create, Role.MANAGER);
        routes.get("/api/users", this::list, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewUser body = request.body(NewUser.class);
        // Usernames are ASCII: a Cyrillic "а" or a zero-width space would make a second account that looks the same.
        String username = Check.identifier(body.username(), "username", 100);
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw Refusals.badRequest("INVALID_USERNAME");
        }
        String password = password(body.password(), "password");
        Set<Role> roles = roles(body.roles());
        if (!Ranks.mayGrant(context, roles)) {
            throw Refusals.forbidden("ROLE_NOT_GRANTABLE", Role.NETWORK_ADMIN);
        }
        UUID organization = body.organization();
        if (organization != null && roles.contains(Role.NETWORK_ADMIN)) {
            // A network admin belongs to no store: else that store's manager would see and manage the account.
            throw Refusals.unprocessable("NETWORK_ADMIN_WITHOUT_ORGANIZATION");
        }
        if (organization == null && !roles.contains(Role.NETWORK_ADMIN)) {
            throw Check.invalid("FIELD_REQUIRED", "organization");
        }
        if (organization != null) {
            context.checkAccess(organization);
            Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        }
        if (dal.query(User.class, "lower(e.username) = lower(:u)", Map.of("u", username)).count() > 0) {
            throw Refusals.conflict("USERNAME_TAKEN", username);
        }
        User user = dal.save(new User(username, Passwords.hash(password), roles, organization));
        // the id and the roles only: the username may be a person's name
        journal.record(organization, EventJournal.USER_CREATED, user.getId(), Map.of("user", user.getId(),
                "roles", roles.stream().map(Role::name).sorted().toList()));
        return ApiResponse.created(Views.UserView.of(user));
    }

    /**
     * A new password: 400 {@code PASSWORD_TOO_SHORT} under 8 characters, {@code PASSWORD_TOO_LONG} over bcrypt's,
     * 422 {@code PASSWORD_TOO_COMMON} for one of the passwords tried first by anyone guessing.
     */
    static String password(String given, String field) {
        String password = Check.required(given, field);
        if (password.length() < Passwords.MIN_LENGTH || password.length() > 200) {
            throw Refusals.badRequest("PASSWORD_TOO_SHORT", Passwords.MIN_LENGTH);
        }
        if (!Passwords.fits(password)) {
            throw Refusals.badRequest("PASSWORD_TOO_LONG", Passwords.MAX_BYTES);
        }
        if (Passwords.isCommon(password)) {
            throw Refusals.unprocessable("PASSWORD_TOO_COMMON");
        }
        return password;
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Check.invalid("FIELD_REQUIRED", "roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Check.oneOf(name, "roles", List.of("NETWORK_ADMIN", "MANAGER", "CASHIER", "REFERRER"));
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    private Object list(ApiRequest request) {
        // Network-wide users (the admins) have no organization: only another network admin lists them.
        var query = context.isAdmin() ? dal.query(User.class, null, null)
                : dal.query(User.class, "e.organization = :org", Map.of("org", context.organization()));
        return Items.of(query.orderBy("e.username")
                .limit(request.limit()).offset(request.offset()).list().stream().map(Views.UserView::of).toList());
    }
}
