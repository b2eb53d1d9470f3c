package org.vivres.procurement.internal.http;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.vivres.erp.api.model.Product;
import org.vivres.procurement.internal.Quantities;
import org.vivres.procurement.internal.Refusals;
import org.vivres.procurement.internal.RoundReader;
import org.vivres.procurement.internal.Rounds;
import org.vivres.procurement.internal.Views.NeedView;
import org.vivres.procurement.internal.Views.RoundSummary;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.model.RoundStore;

/**
 * {@code /api/procurement/rounds}: a hub opens a round for some stores, each store states its
 * needs until the round closes, and anyone taking part reads it back.
 */
@Component
public final class RoundResource implements ApiResource {
    private static final int MAX_STORES = 1_000;

    private final Dal dal;
    private final ErpContext context;
    private final Rounds rounds;
    private final RoundReader reader;

    record NewRound(String name, UUID hub, List<UUID> stores, OffsetDateTime closesAt) {
    }

    record NeedRequest(UUID organization, UUID product, BigDecimal quantity) {
    }

    @Activate
    public RoundResource(@Reference Dal dal, @Reference ErpContext context, @Reference Rounds rounds,
            @Reference RoundReader reader) {
        this.dal = dal;
        this.context = context;
        this.rounds = rounds;
        this.reader = reader;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/procurement/rounds", this::create, Role.MANAGER);
        routes.get("/api/procurement/rounds", this::list, Role.MANAGER);
        routes.get("/api/procurement/rounds/{id}", this::get, Role.MANAGER);
        routes.put("/api/procurement/rounds/{id}/needs", this::putNeed, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewRound body = request.body(NewRound.class);
        String name = Check.text(body.name(), "name", 200);
        UUID hub = Check.required(body.hub(), "hub");
        List<UUID> requested = Check.required(body.stores(), "stores");
        OffsetDateTime closesAt = Check.required(body.closesAt(), "closesAt");
        Set<UUID> stores = new LinkedHashSet<>(requested);
        if (stores.isEmpty() || stores.size() > MAX_STORES || stores.contains(null)) {
            throw Refusals.badRequest("INVALID_STORES", "stores", MAX_STORES);
        }
        context.checkAccess(hub);
        requireType(hub, Organization.HUB, "NOT_A_HUB");
        stores.forEach(store -> requireType(store, Organization.STORE, "NOT_A_STORE"));
        if (!closesAt.isAfter(now())) {
            throw Refusals.unprocessable("ROUND_CLOSES_IN_PAST", closesAt);
        }
        Round round = dal.save(new Round(name, hub, closesAt));
        stores.forEach(store -> dal.save(new RoundStore(round.getId(), store)));
        return ApiResponse.created(reader.view(round));
    }

    private void requireType(UUID organization, String type, String refusal) {
        Organization found = Check.found(rounds.asAdmin(() -> dal.get(Organization.class, organization)),
                "organisation " + organization);
        if (!type.equals(found.getType())) {
            throw Refusals.unprocessable(refusal, found.getName());
        }
    }

    /** The rounds the user takes part in (all for a network admin), latest closing first. */
    private Object list(ApiRequest request) {
        UUID me = context.organization();
        String where = context.isAdmin() ? null : "e.organization = :me or e.id in (select s.round from "
                + "ProcurementRoundStore s where s.organization = :me)";
        Map<String, Object> params = context.isAdmin() ? Map.of() : Map.of("me", me);
        return Items.of(rounds.asAdmin(() -> dal.query(Round.class, where, params)
                .orderBy("e.closesAt desc, e.id").limit(request.limit()).offset(request.offset()).list()).stream()
                .map(r -> new RoundSummary(r.getId(), r.getName(), r.getHub(), r.getClosesAt(), r.getStatus()))
                .toList());
    }

    private Object get(ApiRequest request) {
        return reader.view(rounds.readable(request.pathId("id")));
    }

    /**
     * Replaces a store's need of a product: a store's manager for their own store only; zero
     * withdraws it. The round's row lock orders concurrent changes against closing.
     */
    private Object putNeed(ApiRequest request) {
        UUID id = request.pathId("id");
        NeedRequest body = request.body(NeedRequest.class);
        UUID store = Check.required(body.organization(), "organization");
        UUID productId = Check.required(body.product(), "product");
        BigDecimal quantity = Quantities.need(body.quantity(), "quantity");
        context.checkAccess(store);
        Round round = rounds.lock(id);
        if (!rounds.stores(round.getId()).contains(store)) {
            throw Refusals.unprocessable("STORE_NOT_IN_ROUND");
        }
        if (!round.acceptsNeeds(now())) {
            throw Refusals.unprocessable("ROUND_CLOSED", round.getClosesAt());
        }
        Product product = Check.found(dal.get(Product.class, productId), "produit " + productId);
        Quantities.requireWholeForUnits(product, quantity, "quantity");
        Need existing = dal.query(Need.class, "e.round = :r and e.organization = :s and e.product = :p",
                Map.of("r", round.getId(), "s", store, "p", product.getId())).uniqueResult();
        if (quantity.signum() == 0) {
            if (existing != null) {
                dal.remove(existing);
            }
        } else if (existing != null) {
            existing.setQuantity(quantity);
            dal.save(existing);
        } else {
            dal.save(new Need(round.getId(), store, product.getId(), quantity));
        }
        return new NeedView(store, product.getId(), quantity);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
