package org.vivres.erp.api;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;
import org.vivres.erp.api.model.Product;

/**
 * The catalogue's products as a checkout reads them, line after line and ticket after ticket: answered from this
 * node's memory while no product has changed (see {@link ReferenceCache}). Registered by the kernel.
 *
 * @since 1.7
 */
@ProviderType
public interface ProductCatalogue {

    /**
     * The products of {@code ids} the caller may read, as the current transaction would read them. Each is a copy
     * made for the current transaction ({@link org.vivres.erp.api.model.Product#copyOf}: id, organization and terms,
     * not attached to the session), the same for every caller in it as a session's entity would be: read it, never
     * change it. Unknown ids are left out.
     */
    Map<UUID, Product> products(Collection<UUID> ids);
}
