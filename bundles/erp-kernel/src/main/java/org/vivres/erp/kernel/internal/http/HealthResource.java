package org.vivres.erp.kernel.internal.http;

import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.kernel.internal.db.Persistence;
import org.vivres.erp.kernel.internal.security.Sessions;

/**
 * {@code GET /api/health}: UP when every present bundle's persistence is in service and the database answers;
 * the bundles and their states and the backups ({@link BackupStatus}) for a network admin. Runs outside any transaction so that it
 * answers while the database is down.
 */
@Component(service = HealthResource.class)
public final class HealthResource {
    private final BundleContext bundles;
    private final Persistence persistence;
    private final Sessions sessions;
    private final org.vivres.erp.kernel.internal.fiscal.FiscalWatch fiscal;

    @Activate
    public HealthResource(BundleContext bundles, @Reference Persistence persistence, @Reference Sessions sessions,
            @Reference org.vivres.erp.kernel.internal.fiscal.FiscalWatch fiscal) {
        this.fiscal = fiscal;
        this.bundles = bundles;
        this.persistence = persistence;
        this.sessions = sessions;
    }

    Object handle(ApiRequest request) {
        String status = !persistence.isUpToDate() ? "STARTING" : databaseAnswers() ? "UP" : "DATABASE_UNAVAILABLE";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        // a broken seal chain does not stop the tills (the records are still written): it is shown, not refused
        body.put("fiscal", fiscal.state());
        if (isNetworkAdmin(request)) {
            body.put("bundles", Arrays.stream(bundles.getBundles()).map(HealthResource::describe).toList());
            body.put("persistence", persistence.contributionStates());
            // where, for the back office's banner: the chain names the till or the store
            body.put("fiscalBroken", fiscal.firstBroken());
            body.put("backup", BackupStatus.describe(bundles.getProperty(BackupStatus.DIR_PROPERTY),
                    BackupStatus.archiver(persistence.dataSource()), Clock.systemUTC()));
        }
        return new ApiResponse("UP".equals(status) ? 200 : 503, body, null);
    }

    private boolean isNetworkAdmin(ApiRequest request) {
        Optional<String> token = ApiServlet.bearer(request.header("Authorization").orElse(null));
        if (!persistence.isReady() || token.isEmpty()) {
            return false;
        }
        try {
            return sessions.authenticate(token, Locale.FRENCH).isNetworkAdmin();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean databaseAnswers() {
        try (Connection c = persistence.dataSource().getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, Object> describe(Bundle b) {
        return Map.of("symbolicName", String.valueOf(b.getSymbolicName()), "version", b.getVersion().toString(),
                "state", state(b.getState()));
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
