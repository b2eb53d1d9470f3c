package org.vivres.erp.kernel.internal.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * {@code /api/stock/deliveries}: what a store received from a supplier, by delivery note (MANAGER of the store, or a
 * network admin). Recording one raises the stock of each line's product; deliveries are kept and listed, newest first.
 */
@Component
public final class DeliveryResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final Deliveries deliveries;
    private final org.vivres.erp.api.Stock stock;

    record LineView(int lineNo, UUID product, String sku, String name, String uom, BigDecimal quantity,
            BigDecimal unitCost, BigDecimal amount, BigDecimal onHand) {
    }

    record DeliveryView(UUID id, UUID organization, String supplier, String noteNumber, LocalDate date,
            BigDecimal totalCost, Integer lineCount, OffsetDateTime createdAt, String createdBy, List<LineView> lines) {
    }

    @Activate
    public DeliveryResource(@Reference Dal dal, @Reference ErpContext context, @Reference Deliveries deliveries,
            @Reference org.vivres.erp.api.Stock stock) {
        this.dal = dal;
        this.context = context;
        this.deliveries = deliveries;
        this.stock = stock;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/stock/deliveries", this::create, Role.MANAGER);
        routes.get("/api/stock/deliveries", this::list, Role.MANAGER);
        routes.get("/api/stock/deliveries/{id}", this::get, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        Deliveries.NewDelivery body = request.body(Deliveries.NewDelivery.class);
        UUID org = Check.required(body.organization(), "organization");
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation");
        Map.Entry<Delivery, List<Deliveries.Checked>> recorded = deliveries.record(org, body);
        Delivery d = recorded.getKey();
        List<LineView> lines = recorded.getValue().stream().map(c -> new LineView(c.lineNo(), c.product().getId(),
                c.product().getSku(), c.product().getName(), c.product().getUom(), c.quantity(), c.unitCost(),
                c.amount(), stock.onHand(org, c.product().getId()))).toList();
        return ApiResponse.created(view(d, lines.size(), lines));
    }

    private Object list(ApiRequest request) {
        Optional<UUID> org = request.queryId("organization");
        org.ifPresent(context::checkAccess);
        org.vivres.erp.kernel.internal.core.Filter filter = new org.vivres.erp.kernel.internal.core.Filter()
                .and(org, "e.organization = :org", "org")
                .and(request.queryDate("from"), "e.deliveredOn >= :from", "from")
                .and(request.queryDate("to"), "e.deliveredOn <= :to", "to");
        List<Delivery> found = dal.query(Delivery.class, filter.where(), filter.params())
                .orderBy("e.deliveredOn desc, e.createdAt desc").limit(request.limit()).offset(request.offset()).list();
        Map<UUID, Integer> counts = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : dal.select("select l.delivery, count(l) from " + DeliveryLine.class.getName()
                    + " l where l.delivery in (:ids) group by l.delivery", Object[].class,
                    Map.of("ids", found.stream().map(Delivery::getId).toList()))) {
                counts.put((UUID) row[0], ((Number) row[1]).intValue());
            }
        }
        return Items.of(found.stream().map(d -> view(d, counts.getOrDefault(d.getId(), 0), null)).toList());
    }

    private Object get(ApiRequest request) {
        Delivery d = Check.found(dal.get(Delivery.class, request.pathId("id")), "livraison");
        List<DeliveryLine> lines = dal.query(DeliveryLine.class, "e.delivery = :d", Map.of("d", d.getId()))
                .orderBy("e.lineNo").list();
        return view(d, lines.size(), lines.stream().map(l -> {
            Product p = dal.get(Product.class, l.getProduct());
            return new LineView(l.getLineNo(), l.getProduct(), p.getSku(), p.getName(), p.getUom(), l.getQuantity(),
                    l.getUnitCost(), org.vivres.erp.api.Money.euros(l.getUnitCost().multiply(l.getQuantity())), null);
        }).toList());
    }

    private static DeliveryView view(Delivery d, int lineCount, List<LineView> lines) {
        return new DeliveryView(d.getId(), d.getOrganization(), d.getSupplierName(), d.getNoteNumber(),
                d.getDeliveredOn(), d.getTotalCost(), lineCount, d.getCreatedAt(), d.getCreatedBy(), lines);
    }
}
