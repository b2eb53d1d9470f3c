package org.vivres.procurement.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.model.RoundStore;

/**
 * Finding a round and deciding who may act on it. A round belongs to its hub, but its stores'
 * users take part too: their needs, allocations and shares belong to them. The DAL filters reads
 * by the user's organization, so the round and the other stores' rows are read as admin once the
 * caller's right is established here.
 */
@Component(service = Rounds.class)
public final class Rounds {
    private final Dal dal;
    private final ErpContext context;

    @Activate
    public Rounds(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    /**
     * The round, row-locked until the transaction ends (so that closing, needs, receipts and
     * allocation of one round never interleave), for its hub's users and network admins:
     * 404 when absent, 403 {@code ORGANIZATION_FORBIDDEN} for anyone else.
     */
    public Round lockForHub(UUID id) {
        Round round = Check.found(context.asAdmin(() -> dal.getForUpdate(Round.class, id)), "tournée " + id);
        context.checkAccess(round.getHub());
        return round;
    }

    /** The round row-locked, for whoever passed the route's role check; the caller checks the rest. */
    public Round lock(UUID id) {
        return Check.found(context.asAdmin(() -> dal.getForUpdate(Round.class, id)), "tournée " + id);
    }

    /** The round, for the users of its hub or of one of its stores (and network admins); 404 for others. */
    public Round readable(UUID id) {
        Round round = context.asAdmin(() -> dal.get(Round.class, id));
        if (round == null || !isHubSide(round) && !stores(round.getId()).contains(context.organization())) {
            // Same answer as for an absent round: outsiders learn nothing of it.
            throw new ErpException(ErrorStatus.NOT_FOUND, "NOT_FOUND", Check.class, "tournée " + id);
        }
        return round;
    }

    /** True for the hub's users and network admins: they see every store's part of the round. */
    public boolean isHubSide(Round round) {
        return context.canAccess(round.getHub());
    }

    /** The stores of the round, in a stable order. */
    public List<UUID> stores(UUID round) {
        return asAdmin(() -> dal.query(RoundStore.class, "e.round = :r", Map.of("r", round))
                .orderBy("e.organization").list().stream().map(RoundStore::getStore).toList());
    }

    /** Runs {@code work} with reads unrestricted: only after the caller's right was checked. */
    public <T> T asAdmin(Supplier<T> work) {
        return context.asAdmin(work);
    }
}
