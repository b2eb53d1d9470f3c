package org.vivres.erp.kernel.internal.core;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.kernel.internal.security.Sessions;

/** {@code POST /api/session} (login) and {@code DELETE /api/session} (logout). */
@Component
public final class SessionResource implements ApiResource {
    private final Sessions sessions;

    record Credentials(String username, String password) {
    }

    record LoginView(String token, Views.UserView user) {
    }

    @Activate
    public SessionResource(@Reference Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void routes(Routes routes) {
        routes.publicPost("/api/session", this::login);
        routes.delete("/api/session", this::logout);
    }

    private Object login(ApiRequest request) {
        Credentials c = request.body(Credentials.class);
        Sessions.Login login = sessions.login(Check.text(c.username(), "username", 100),
                Check.required(c.password(), "password"), request.clientAddress());
        return new LoginView(login.token(), Views.UserView.of(login.user()));
    }

    private Object logout(ApiRequest request) {
        request.header("Authorization").map(h -> h.substring(7).strip()).ifPresent(sessions::logout);
        return null;
    }
}
