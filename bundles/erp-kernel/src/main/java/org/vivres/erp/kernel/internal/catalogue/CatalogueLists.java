package org.vivres.erp.kernel.internal.catalogue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Dal;

/** The kernel's {@link Catalogue}: the lists are read in the caller's transaction, so a code added just now counts. */
@Component(service = {Catalogue.class, CatalogueLists.class})
public final class CatalogueLists implements Catalogue {
    private final Dal dal;

    @Activate
    public CatalogueLists(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public boolean isCategory(String code) {
        return code != null && dal.query(Category.class, "e.code = :c", Map.of("c", upper(code))).count() > 0;
    }

    @Override
    public boolean isLabel(String code) {
        return code != null && dal.query(Label.class, "e.code = :c", Map.of("c", upper(code))).count() > 0;
    }

    /** Every category code, for checking many products at once (an import). */
    public Set<String> categories() {
        return dal.query(Category.class, null, null).list().stream().map(CatalogueCode::getCode)
                .collect(Collectors.toSet());
    }

    /** Every label code, for checking many products at once (an import). */
    public Set<String> labels() {
        return dal.query(Label.class, null, null).list().stream().map(CatalogueCode::getCode)
                .collect(Collectors.toSet());
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
