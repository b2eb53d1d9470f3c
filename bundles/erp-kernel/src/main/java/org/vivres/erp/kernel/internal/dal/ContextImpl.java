package org.vivres.erp.kernel.internal.dal;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Role;

/** The {@link ErpContext} of the current thread, bound by the transaction runner. */
@Component(service = {ErpContext.class, ContextImpl.class})
public final class ContextImpl implements ErpContext {
    private final ThreadLocal<ContextState> state = new ThreadLocal<>();
    private final ThreadLocal<Integer> adminDepth = ThreadLocal.withInitial(() -> 0);

    void bind(ContextState context) {
        state.set(context);
    }

    void unbind() {
        state.remove();
        adminDepth.remove();
    }

    /** The bound state; the anonymous one outside a transaction. */
    public ContextState current() {
        ContextState s = state.get();
        return s == null ? ContextState.anonymous(ContextState.FRENCH) : s;
    }

    @Override
    public UUID userId() {
        return current().userId();
    }

    @Override
    public String username() {
        return current().username();
    }

    @Override
    public Set<Role> roles() {
        return current().roles();
    }

    @Override
    public boolean hasRole(Role role) {
        return current().isNetworkAdmin() || current().roles().contains(role);
    }

    @Override
    public UUID organization() {
        return current().organization();
    }

    @Override
    public boolean isAdmin() {
        return current().isNetworkAdmin() || adminDepth.get() > 0;
    }

    @Override
    public Set<UUID> readableOrganizations() {
        UUID org = current().organization();
        return isAdmin() || org == null ? Set.of() : Set.of(org);
    }

    @Override
    public boolean canAccess(UUID organization) {
        return organization == null || isAdmin() || organization.equals(current().organization());
    }

    @Override
    public void checkAccess(UUID organization) {
        if (!canAccess(organization)) {
            throw new ErpException(ErrorStatus.FORBIDDEN, "ORGANIZATION_FORBIDDEN", ContextImpl.class);
        }
    }

    @Override
    public Locale locale() {
        return current().locale();
    }

    @Override
    public <T> T asAdmin(Supplier<T> work) {
        adminDepth.set(adminDepth.get() + 1);
        try {
            return work.get();
        } finally {
            adminDepth.set(adminDepth.get() - 1);
        }
    }
}
