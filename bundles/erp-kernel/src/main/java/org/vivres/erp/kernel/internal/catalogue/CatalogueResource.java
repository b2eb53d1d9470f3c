package org.vivres.erp.kernel.internal.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;

/**
 * {@code /api/categories} and {@code /api/labels}: the managed lists screens offer to choose from, named in the
 * reader's language. Like the catalogue they describe, they belong to the network: only a network admin adds to them.
 */
@Component
public final class CatalogueResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;

    record NewCode(String code, String name, String nameEn) {
    }

    record CodeView(String code, String name) {
    }

    @Activate
    public CatalogueResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/categories", r -> list(r, Category.class));
        routes.get("/api/labels", r -> list(r, Label.class));
        routes.post("/api/categories", r -> create(r, Category.class, 64,
                b -> new Category(b.code(), b.name(), b.nameEn())), Role.NETWORK_ADMIN);
        routes.post("/api/labels", r -> create(r, Label.class, 32,
                b -> new Label(b.code(), b.name(), b.nameEn())), Role.NETWORK_ADMIN);
    }

    private Object list(ApiRequest request, Class<? extends CatalogueCode> type) {
        Locale locale = context.locale();
        List<CodeView> items = dal.query(type, null, null).list().stream()
                .map(c -> new CodeView(c.getCode(), c.nameIn(locale)))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        return Items.of(items);
    }

    private <T extends CatalogueCode> Object create(ApiRequest request, Class<T> type, int maxLength,
            Function<NewCode, T> make) {
        NewCode body = request.body(NewCode.class);
        String code = Check.identifier(body.code(), "code", maxLength).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]+")) {
            throw Check.invalid("INVALID_LABEL", "code");
        }
        String name = Check.text(body.name(), "name", 100);
        String nameEn = body.nameEn() == null || body.nameEn().isBlank() ? null : Check.text(body.nameEn(), "nameEn", 100);
        if (dal.query(type, "e.code = :c", Map.of("c", code)).count() > 0) {
            throw new ErpException(ErrorStatus.CONFLICT, "CODE_TAKEN", CatalogueResource.class, code);
        }
        T saved = dal.save(make.apply(new NewCode(code, name, nameEn)));
        return ApiResponse.created(new CodeView(saved.getCode(), saved.nameIn(context.locale())));
    }
}
