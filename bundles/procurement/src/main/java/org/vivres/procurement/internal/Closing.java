package org.vivres.procurement.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.procurement.internal.Views.ClosedView;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.Offer;
import org.vivres.procurement.internal.model.PurchaseOrder;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.plan.OrderBuilder;

/**
 * Closes a round: the needs are frozen and turned into one purchase order per supplier
 * ({@link OrderBuilder}); products that no supplier offers are reported, not ordered.
 */
@Component(service = Closing.class)
public final class Closing {
    private final Dal dal;
    private final Rounds rounds;
    private final RoundReader reader;

    @Activate
    public Closing(@Reference Dal dal, @Reference Rounds rounds, @Reference RoundReader reader) {
        this.dal = dal;
        this.rounds = rounds;
        this.reader = reader;
    }

    /** For the hub's managers and network admins; 409 {@code ROUND_ALREADY_CLOSED} the second time. */
    public ClosedView close(UUID id) {
        Round round = rounds.lockForHub(id);
        if (!Round.OPEN.equals(round.getStatus())) {
            throw Refusals.conflict("ROUND_ALREADY_CLOSED");
        }
        List<Need> needs = rounds.asAdmin(() -> dal.query(Need.class, "e.round = :r", Map.of("r", id)).list());
        List<Offer> offers = dal.query(Offer.class, "e.product in (select n.product from ProcurementNeed n"
                + " where n.round = :r)", Map.of("r", id)).list();
        OrderBuilder.Plan plan = OrderBuilder.build(
                needs.stream().map(n -> new OrderBuilder.Need(n.getStore(), n.getProduct(), n.getQuantity())).toList(),
                offers.stream().map(o -> new OrderBuilder.Offer(o.getId(), o.getSupplier(), o.getProduct(),
                        o.getPackSize(), o.getPackPrice(), o.getMinPacks())).toList());
        for (OrderBuilder.Order planned : plan.orders()) {
            PurchaseOrder order = dal.save(new PurchaseOrder(id, round.getHub(), planned.supplier(), planned.total()));
            for (OrderBuilder.Line l : planned.lines()) {
                dal.save(new PurchaseOrderLine(order, new PurchaseOrderLine.Terms(l.product(), l.offer(), l.packs(),
                        l.packSize(), l.packPrice(), l.needed(), l.quantity(), l.amount())));
            }
        }
        round.close(OffsetDateTime.now(ZoneOffset.UTC));
        dal.save(round);
        dal.flush();
        return new ClosedView(id, round.getStatus(), reader.orders(round), reader.unsourced(round, needs));
    }
}
