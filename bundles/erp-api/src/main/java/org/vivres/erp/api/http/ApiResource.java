package org.vivres.erp.api.http;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's HTTP resources. The kernel calls {@link #routes} when the service appears and drops
 * the routes when it goes.
 */
@ConsumerType
public interface ApiResource {

    /** Declares this resource's routes. */
    void routes(Routes routes);
}
