package org.vivres.erp.api.http;

import org.osgi.annotation.versioning.ProviderType;
import org.vivres.erp.api.Role;

/**
 * Route declarations. Paths are templates such as {@code /api/tickets/{id}}; {@code allowed}
 * lists the roles that may call (NETWORK_ADMIN always may); no role listed means any logged-in user.
 */
@ProviderType
public interface Routes {

    void get(String path, Handler handler, Role... allowed);

    void post(String path, Handler handler, Role... allowed);

    void put(String path, Handler handler, Role... allowed);

    void delete(String path, Handler handler, Role... allowed);

    /** A GET that needs no token (health, say). */
    void publicGet(String path, Handler handler);

    /** A POST that needs no token (login). */
    void publicPost(String path, Handler handler);
}
