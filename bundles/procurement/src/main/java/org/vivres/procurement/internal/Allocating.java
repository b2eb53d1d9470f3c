package org.vivres.procurement.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Stock;
import org.vivres.erp.api.model.ErpEntity;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.StockMovement;
import org.vivres.procurement.internal.Views.AllocatedView;
import org.vivres.procurement.internal.Views.AllocationView;
import org.vivres.procurement.internal.Views.CostView;
import org.vivres.procurement.internal.Views.ProductBalance;
import org.vivres.procurement.internal.Views.ShareView;
import org.vivres.procurement.internal.model.Allocation;
import org.vivres.procurement.internal.model.Cost;
import org.vivres.procurement.internal.model.CostShare;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Receipt;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.plan.Allocator;
import org.vivres.procurement.internal.plan.RoundAllocator;

/**
 * Allocates a closed round ({@link RoundAllocator}): what arrived of each ordered product goes to
 * the stores that needed it, from the hub's stock to theirs, and the shared costs are split among
 * the stores that received something; all in the request's transaction, checked before anything is written.
 */
@Component(service = Allocating.class)
public final class Allocating {
    private final Dal dal;
    private final Stock stock;
    private final Rounds rounds;

    @Activate
    public Allocating(@Reference Dal dal, @Reference Stock stock, @Reference Rounds rounds) {
        this.dal = dal;
        this.stock = stock;
        this.rounds = rounds;
    }

    /** For the hub's managers and network admins, once per round, after something was received. */
    public AllocatedView allocate(UUID id, List<RoundAllocator.Cost> costs) {
        Round round = rounds.lockForHub(id);
        if (Round.ALLOCATED.equals(round.getStatus())) {
            throw Refusals.conflict("ROUND_ALREADY_ALLOCATED");
        }
        if (!Round.CLOSED.equals(round.getStatus())) {
            throw Refusals.unprocessable("ROUND_NOT_CLOSED");
        }
        Map<UUID, BigDecimal> received = new TreeMap<>();
        rows(Receipt.class, id).forEach(r -> received.merge(r.getProduct(), r.getQuantity(), BigDecimal::add));
        if (received.isEmpty()) {
            throw Refusals.unprocessable("NOTHING_RECEIVED");
        }
        Map<UUID, List<Allocator.StoreNeed>> needs = rows(Need.class, id).stream().collect(Collectors.groupingBy(
                Need::getProduct, Collectors.mapping(n -> new Allocator.StoreNeed(n.getStore(), n.getQuantity()),
                        Collectors.toList())));
        Map<UUID, Product> products = new HashMap<>();
        List<RoundAllocator.Lot> lots = new ArrayList<>();
        for (PurchaseOrderLine line : rows(PurchaseOrderLine.class, id)) {
            Product product = dal.get(Product.class, line.getProduct());
            products.put(product.getId(), product);
            lots.add(new RoundAllocator.Lot(product.getId(), product.isMeasured(),
                    new Allocator.UnitCost(line.getPackPrice(), line.getPackSize()),
                    received.getOrDefault(product.getId(), BigDecimal.ZERO),
                    needs.getOrDefault(product.getId(), List.of())));
        }
        RoundAllocator.Result result = RoundAllocator.allocate(lots, costs);
        result.products().stream().filter(p -> p.allocated().signum() > 0)
                .sorted(Comparator.comparing(RoundAllocator.ProductShares::product))
                .forEach(p -> takeFromHub(round, products.get(p.product()), p.allocated()));
        return store(round, result);
    }

    /**
     * The hub must still hold what it hands out (its stock may have moved since the receipts): taken
     * atomically, product by product in id order so that concurrent takers never deadlock.
     */
    private void takeFromHub(Round round, Product product, BigDecimal given) {
        if (!stock.take(round.getHub(), product.getId(), given, StockMovement.TRANSFER_OUT, null)) {
            throw Refusals.unprocessable("HUB_STOCK_SHORT", product.getName(),
                    stock.onHand(round.getHub(), product.getId()).toPlainString(), given.toPlainString());
        }
    }

    private AllocatedView store(Round round, RoundAllocator.Result result) {
        List<Allocation> allocations = new ArrayList<>();
        List<ProductBalance> balances = new ArrayList<>();
        for (RoundAllocator.ProductShares p : result.products()) {
            for (Allocator.Share s : p.shares()) {
                allocations.add(dal.save(new Allocation(round.getId(), s.organization(), p.product(), s.needed(),
                        s.allocated(), s.amount())));
            }
            balances.add(new ProductBalance(p.product(), p.received(), p.allocated(), Money.quantity(p.surplus())));
        }
        List<CostView> costs = new ArrayList<>();
        int lineNo = 0;
        for (RoundAllocator.CostShares c : result.costs()) {
            Cost cost = dal.save(new Cost(round.getId(), round.getHub(), ++lineNo, c.cost().label(), c.cost().amount(),
                    c.cost().basis().name()));
            List<ShareView> shares = new ArrayList<>();
            for (RoundAllocator.StoreAmount s : c.shares()) {
                dal.save(new CostShare(cost, s.organization(), s.amount()));
                shares.add(new ShareView(s.organization(), s.amount()));
            }
            costs.add(new CostView(cost.getLabel(), cost.getAmount(), cost.getBasis(), shares));
        }
        moveStock(allocations);
        round.allocated(OffsetDateTime.now(ZoneOffset.UTC));
        dal.save(round);
        return new AllocatedView(round.getId(), round.getStatus(),
                allocations.stream().map(AllocationView::of).toList(), RoundReader.totalShares(costs), costs, balances);
    }

    /** Into the stores what left the hub, in product then store order so that concurrent stock updates never deadlock. */
    private void moveStock(List<Allocation> allocations) {
        allocations.stream().filter(a -> a.getAllocated().signum() > 0)
                .sorted(Comparator.comparing(Allocation::getProduct).thenComparing(Allocation::getStore))
                .forEach(a -> stock.move(a.getStore(), a.getProduct(), a.getAllocated(), StockMovement.TRANSFER_IN, null));
    }

    private <T extends ErpEntity> List<T> rows(Class<T> type, UUID round) {
        return rounds.asAdmin(() -> dal.query(type, "e.round = :r", Map.of("r", round)).orderBy("e.product, e.id")
                .list());
    }
}
