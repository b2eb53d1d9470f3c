package org.vivres.erp.api;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is acting, Openbravo's {@code OBContext}: the user, roles and organization of the current
 * request or command. Bound to the current thread by the kernel.
 */
@ProviderType
public interface ErpContext {

    /** The acting user's id, or {@code null} for the system. */
    UUID userId();

    /** The acting user's name, {@code "system"} for the system. */
    String username();

    Set<Role> roles();

    /** True when the user has {@code role}; a NETWORK_ADMIN has every role. */
    boolean hasRole(Role role);

    /** The user's own organization, {@code null} for the system. */
    UUID organization();

    /** True when reads are not restricted (network admin, system, {@link #asAdmin}). */
    boolean isAdmin();

    /** The organizations whose data may be read (empty with {@link #isAdmin()}: all). */
    Set<UUID> readableOrganizations();

    /** True when data of {@code organization} may be read and written; {@code null} = the network. */
    boolean canAccess(UUID organization);

    /** Refuses with 403 {@code ORGANIZATION_FORBIDDEN} unless {@link #canAccess}. */
    void checkAccess(UUID organization);

    /** The client's language (French by default). */
    Locale locale();

    /** Runs {@code work} with reads unrestricted, then restores the previous mode. */
    <T> T asAdmin(Supplier<T> work);
}
