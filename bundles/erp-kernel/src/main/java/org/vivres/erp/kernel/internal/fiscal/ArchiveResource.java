package org.vivres.erp.kernel.internal.fiscal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * {@code /api/fiscal/archives}: a store's manager (or a network admin) archives a closed month or year, lists the
 * store's archives and downloads one; {@code /api/fiscal/public-key}: the key that verifies them, for anyone logged in.
 */
@Component
public final class ArchiveResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final SessionHolder sessions;
    private final ArchiveService archives;
    private final FiscalKeys keys;

    record NewArchive(UUID organization, String period) {
    }

    @Activate
    public ArchiveResource(@Reference Dal dal, @Reference ErpContext context, @Reference SessionHolder sessions,
            @Reference ArchiveService archives, @Reference FiscalKeys keys) {
        this.dal = dal;
        this.context = context;
        this.sessions = sessions;
        this.archives = archives;
        this.keys = keys;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/fiscal/archives", this::create, Role.MANAGER);
        routes.get("/api/fiscal/archives", this::list, Role.MANAGER);
        routes.get("/api/fiscal/archives/{id}", this::download, Role.MANAGER);
        routes.get("/api/fiscal/public-key", this::publicKey);
    }

    private Object create(ApiRequest request) {
        NewArchive body = request.body(NewArchive.class);
        UUID organization = store(Check.required(body.organization(), "organization"));
        String period = Check.text(body.period(), "period", 7);
        return ApiResponse.created(archives.create(organization, period));
    }

    private Object list(ApiRequest request) {
        UUID organization = store(request.queryId("organization").orElseThrow(() -> Check.invalid("FIELD_REQUIRED",
                "organization")));
        int limit = request.limit();
        int offset = request.offset();
        return Items.of(sessions.current().doReturningWork(c -> {
            List<ArchiveService.ArchiveView> views = new ArrayList<>();
            try (var s = c.prepareStatement("select id, organization_id, period, created_at, files, size from "
                    + "erp_fiscal_archive where organization_id = ? order by created_at desc, id limit ? offset ?")) {
                s.setObject(1, organization);
                s.setInt(2, limit);
                s.setInt(3, offset);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        views.add(new ArchiveService.ArchiveView(r.getObject(1, UUID.class),
                                r.getObject(2, UUID.class), r.getString(3), r.getObject(4, OffsetDateTime.class),
                                r.getInt(5), r.getLong(6)));
                    }
                }
            }
            return views;
        }));
    }

    /** The ZIP as kept; another store's archive is refused. */
    private Object download(ApiRequest request) {
        UUID id = request.pathId("id");
        Object[] found = sessions.current().doReturningWork(c -> {
            try (var s = c.prepareStatement("select organization_id, content from erp_fiscal_archive where id = ?")) {
                s.setObject(1, id);
                try (var r = s.executeQuery()) {
                    return r.next() ? new Object[] {r.getObject(1, UUID.class), r.getBytes(2)} : null;
                }
            }
        });
        Check.found(found, "archive " + id);
        context.checkAccess((UUID) found[0]);
        return ApiResponse.bytes(200, (byte[]) found[1], "application/zip");
    }

    private Object publicKey(ApiRequest request) {
        return Map.of("algorithm", FiscalKeys.ALGORITHM, "publicKey", keys.publicKey());
    }

    private UUID store(UUID organization) {
        context.checkAccess(organization);
        Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        return organization;
    }
}
