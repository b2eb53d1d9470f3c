package org.vivres.procurement.internal.report;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;
import org.vivres.procurement.internal.Rounds;
import org.vivres.procurement.internal.model.Round;

/**
 * What the procurement report sources share: their parameters checked like the API's, the round read
 * with the API's access rule, and the names printed in place of ids (read as admin once the round's
 * access is established: a store's manager may not read the hub or the other stores directly).
 */
@Component(service = ReportReads.class)
public final class ReportReads {

    private final Dal dal;
    private final ErpContext context;
    private final Rounds rounds;

    /** Names in French order (« Œufs » with the O's); a new collator each time, collators being mutable. */
    static Comparator<String> byName() {
        return Comparator.nullsLast(Collator.getInstance(Locale.FRENCH)::compare);
    }

    @Activate
    public ReportReads(@Reference Dal dal, @Reference ErpContext context, @Reference Rounds rounds) {
        this.dal = dal;
        this.context = context;
        this.rounds = rounds;
    }

    /**
     * The round of parameter {@code round} for a manager (or network admin) of its hub or of one of its
     * stores, as {@code GET /api/procurement/rounds/{id}}: 403 {@code ROLE_FORBIDDEN} for other roles, 400
     * for a missing or malformed id, 404 when absent or not the caller's.
     */
    Round round(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.MANAGER);
        return rounds.readable(ReportQuery.id(parameters, "round"));
    }

    /** True when the caller sees every store's part of the round (its hub's users, network admins). */
    boolean isHubSide(Round round) {
        return rounds.isHubSide(round);
    }

    /** Runs {@code work} with reads unrestricted, once the round's access is checked. */
    <T> T asAdmin(Supplier<T> work) {
        return rounds.asAdmin(work);
    }

    /** The organization's name, or {@code null}. */
    String organizationName(UUID id) {
        Organization organization = rounds.asAdmin(() -> dal.get(Organization.class, id));
        return organization == null ? null : organization.getName();
    }

    /** The names of these products by id (a product gone keeps its id as name). */
    Map<UUID, String> productNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            rounds.asAdmin(() -> dal.query(Product.class, "e.id in :ids", Map.of("ids", ids)).list())
                    .forEach(p -> names.put(p.getId(), p.getName()));
        }
        ids.forEach(id -> names.putIfAbsent(id, id.toString()));
        return names;
    }

}
