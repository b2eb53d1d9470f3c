package org.vivres.financing.internal.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.vivres.erp.api.ErpContext;

/**
 * The organizations a list or a total covers, as an HQL condition on alias {@code e}: the one asked for (403 unless the
 * user may read it), else every one the user may read. Totals are read with {@code Dal.select}, which the DAL does not
 * restrict: this condition is what keeps another store's figures out of them.
 */
final class Scope {
    private final StringBuilder where = new StringBuilder("1=1");
    private final Map<String, Object> params = new HashMap<>();

    Scope(Optional<UUID> organization, ErpContext context) {
        if (organization.isPresent()) {
            context.checkAccess(organization.get());
            where.append(" and e.organization = :org");
            params.put("org", organization.get());
        } else if (!context.isAdmin() && context.readableOrganizations().size() == 1) {
            // the usual case, a user of one store: a single-valued parameter keeps the query's translation cached
            where.append(" and e.organization = :org");
            params.put("org", context.readableOrganizations().iterator().next());
        } else if (!context.isAdmin()) {
            where.append(" and e.organization in (:orgs)");
            params.put("orgs", context.readableOrganizations());
        }
    }

    /** Adds {@code condition} with its parameter when {@code value} is present. */
    <T> Scope and(Optional<T> value, String condition, String name) {
        value.ifPresent(v -> {
            where.append(" and ").append(condition);
            params.put(name, v);
        });
        return this;
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
