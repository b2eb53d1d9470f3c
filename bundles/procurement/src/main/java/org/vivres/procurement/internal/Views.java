package org.vivres.procurement.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.vivres.procurement.internal.model.Allocation;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.PurchaseOrder;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Receipt;

/** The JSON shapes of the procurement API (API.md, "Shared procurement"). */
public final class Views {
    private Views() {
    }

    /** A round with everything that happened in it; a store's users see only their store's needs and shares. */
    public record RoundView(UUID id, String name, UUID hub, List<UUID> stores, OffsetDateTime closesAt, String status,
            OffsetDateTime closedAt, OffsetDateTime allocatedAt, List<NeedView> needs,
            List<OrderView> purchaseOrders, List<UnsourcedView> unsourced, List<ReceiptView> receipts,
            List<AllocationView> allocations, List<CostView> costs, List<ShareView> costShares) {
    }

    /** A round in a list. */
    public record RoundSummary(UUID id, String name, UUID hub, OffsetDateTime closesAt, String status) {
    }

    public record NeedView(UUID organization, UUID product, BigDecimal quantity) {
        static NeedView of(Need n) {
            return new NeedView(n.getStore(), n.getProduct(), n.getQuantity());
        }
    }

    /** What {@code close} answers: the orders sent to the suppliers and what no supplier offers. */
    public record ClosedView(UUID id, String status, List<OrderView> purchaseOrders, List<UnsourcedView> unsourced) {
    }

    public record OrderView(UUID id, UUID supplier, List<OrderLineView> lines, BigDecimal total) {
        static OrderView of(PurchaseOrder order, List<PurchaseOrderLine> lines) {
            return new OrderView(order.getId(), order.getSupplier(), lines.stream().map(OrderLineView::of).toList(),
                    order.getTotal());
        }
    }

    public record OrderLineView(UUID product, long packs, BigDecimal quantity, BigDecimal amount, BigDecimal packSize,
            BigDecimal packPrice, BigDecimal needed) {
        static OrderLineView of(PurchaseOrderLine l) {
            return new OrderLineView(l.getProduct(), l.getPacks(), l.getQuantity(), l.getAmount(), l.getPackSize(),
                    l.getPackPrice(), l.getNeeded());
        }
    }

    public record UnsourcedView(UUID product, BigDecimal quantity) {
    }

    public record ReceiptView(UUID id, UUID product, BigDecimal quantity, OffsetDateTime receivedAt) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.getId(), r.getProduct(), r.getQuantity(), r.getCreatedAt());
        }
    }

    /** What {@code receipts} answers: the receipt and the total received of that product so far. */
    public record ReceivedView(UUID id, UUID round, UUID product, BigDecimal quantity, BigDecimal received) {
    }

    public record AllocationView(UUID organization, UUID product, BigDecimal needed, BigDecimal allocated,
            BigDecimal amount) {
        static AllocationView of(Allocation a) {
            return new AllocationView(a.getStore(), a.getProduct(), a.getNeeded(), a.getAllocated(), a.getAmount());
        }
    }

    /** A shared cost and how it was split. */
    public record CostView(String label, BigDecimal amount, String basis, List<ShareView> shares) {
    }

    /** A store's share of a cost, or of all the round's costs. */
    public record ShareView(UUID organization, BigDecimal amount) {
    }

    /** Per product: what arrived, what went to the stores, what stays at the hub. */
    public record ProductBalance(UUID product, BigDecimal received, BigDecimal allocated, BigDecimal surplus) {
    }

    /** What {@code allocate} answers. */
    public record AllocatedView(UUID id, String status, List<AllocationView> allocations, List<ShareView> costShares,
            List<CostView> costs, List<ProductBalance> products) {
    }
}
