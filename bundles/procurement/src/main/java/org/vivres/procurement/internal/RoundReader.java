package org.vivres.procurement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.model.ErpEntity;
import org.vivres.procurement.internal.Views.AllocationView;
import org.vivres.procurement.internal.Views.CostView;
import org.vivres.procurement.internal.Views.NeedView;
import org.vivres.procurement.internal.Views.OrderView;
import org.vivres.procurement.internal.Views.ReceiptView;
import org.vivres.procurement.internal.Views.RoundView;
import org.vivres.procurement.internal.Views.ShareView;
import org.vivres.procurement.internal.Views.UnsourcedView;
import org.vivres.procurement.internal.model.Allocation;
import org.vivres.procurement.internal.model.Cost;
import org.vivres.procurement.internal.model.CostShare;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.PurchaseOrder;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Receipt;
import org.vivres.procurement.internal.model.Round;

/**
 * Reads a round's rows (as admin: the caller has checked the right to see the round) and shapes
 * them; the rows of other stores are left out for a store's users.
 */
@Component(service = RoundReader.class)
public final class RoundReader {
    private final Dal dal;
    private final ErpContext context;
    private final Rounds rounds;

    @Activate
    public RoundReader(@Reference Dal dal, @Reference ErpContext context, @Reference Rounds rounds) {
        this.dal = dal;
        this.context = context;
        this.rounds = rounds;
    }

    /** The whole round as its hub sees it, or as a store of it sees it. */
    public RoundView view(Round round) {
        boolean hubSide = rounds.isHubSide(round);
        UUID me = context.organization();
        Predicate<UUID> visible = org -> hubSide || org.equals(me);
        return rounds.asAdmin(() -> {
            List<Need> needs = rows(Need.class, round, "e.organization, e.product");
            List<CostView> costs = costs(round, visible);
            return new RoundView(round.getId(), round.getName(), round.getHub(), rounds.stores(round.getId()),
                    round.getClosesAt(), round.getStatus(), round.getClosedAt(), round.getAllocatedAt(),
                    needs.stream().filter(n -> visible.test(n.getStore())).map(NeedView::of).toList(),
                    orders(round), unsourced(round, needs),
                    rows(Receipt.class, round, "e.createdAt, e.id").stream().map(ReceiptView::of).toList(),
                    rows(Allocation.class, round, "e.product, e.organization").stream()
                            .filter(a -> visible.test(a.getStore())).map(AllocationView::of).toList(),
                    costs, totalShares(costs));
        });
    }

    /** The purchase orders of the round with their lines, by supplier. */
    public List<OrderView> orders(Round round) {
        Map<UUID, List<PurchaseOrderLine>> lines = rows(PurchaseOrderLine.class, round, "e.product").stream()
                .collect(Collectors.groupingBy(PurchaseOrderLine::getPurchaseOrder, LinkedHashMap::new,
                        Collectors.toList()));
        return rows(PurchaseOrder.class, round, "e.supplier").stream()
                .map(o -> OrderView.of(o, lines.getOrDefault(o.getId(), List.of()))).toList();
    }

    /** Once closed: the products needed that were not ordered (no supplier offered them), with the quantity needed. */
    public List<UnsourcedView> unsourced(Round round, Collection<Need> needs) {
        if (Round.OPEN.equals(round.getStatus())) {
            return List.of();
        }
        Set<UUID> ordered = rows(PurchaseOrderLine.class, round, "e.product").stream()
                .map(PurchaseOrderLine::getProduct).collect(Collectors.toSet());
        Map<UUID, BigDecimal> missing = new TreeMap<>();
        needs.stream().filter(n -> !ordered.contains(n.getProduct()))
                .forEach(n -> missing.merge(n.getProduct(), n.getQuantity(), BigDecimal::add));
        return missing.entrySet().stream().map(e -> new UnsourcedView(e.getKey(), e.getValue())).toList();
    }

    private List<CostView> costs(Round round, Predicate<UUID> visible) {
        Map<UUID, List<CostShare>> shares = rows(CostShare.class, round, "e.organization").stream()
                .filter(s -> visible.test(s.getStore()))
                .collect(Collectors.groupingBy(CostShare::getCost));
        return rows(Cost.class, round, "e.lineNo").stream().map(c -> new CostView(c.getLabel(), c.getAmount(),
                c.getBasis(), shares.getOrDefault(c.getId(), List.of()).stream()
                        .map(s -> new ShareView(s.getStore(), s.getAmount())).toList())).toList();
    }

    /** Each store's share of all the costs together. */
    public static List<ShareView> totalShares(List<CostView> costs) {
        Map<UUID, BigDecimal> total = new TreeMap<>();
        costs.forEach(c -> c.shares().forEach(s -> total.merge(s.organization(), s.amount(), BigDecimal::add)));
        List<ShareView> result = new ArrayList<>();
        total.forEach((org, amount) -> result.add(new ShareView(org, amount)));
        return result;
    }

    private <T extends ErpEntity> List<T> rows(Class<T> type, Round round, String order) {
        return rounds.asAdmin(() -> dal.query(type, "e.round = :r", Map.of("r", round.getId())).orderBy(order).list());
    }
}
