package org.vivres.procurement.internal.http;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
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
import org.vivres.procurement.internal.model.Offer;
import org.vivres.procurement.internal.model.Supplier;

/**
 * {@code /api/suppliers} and {@code /api/procurement/offers}: the producers of the network and
 * what they offer, both network-wide and read by every manager. A hub closing its round picks the
 * cheapest offer, so no store may write them: producers are the network admin's, offers the
 * network admin's and the hubs' managers' (the hubs run the rounds).
 */
@Component
public final class SupplierResource implements ApiResource {
    private static final int MAX_DISTANCE_KM = 40_000;
    private static final int MAX_MIN_PACKS = 1_000_000;

    private final Dal dal;
    private final ErpContext context;

    record NewSupplier(String name, Integer distanceKm) {
    }

    record SupplierView(UUID id, String name, int distanceKm) {
        static SupplierView of(Supplier s) {
            return new SupplierView(s.getId(), s.getName(), s.getDistanceKm());
        }
    }

    record NewOffer(UUID supplier, UUID product, BigDecimal packSize, BigDecimal packPrice, Integer minPacks) {
    }

    record OfferView(UUID id, UUID supplier, UUID product, BigDecimal packSize, BigDecimal packPrice, int minPacks) {
        static OfferView of(Offer o) {
            return new OfferView(o.getId(), o.getSupplier(), o.getProduct(), o.getPackSize(), o.getPackPrice(),
                    o.getMinPacks());
        }
    }

    @Activate
    public SupplierResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/suppliers", this::createSupplier, Role.NETWORK_ADMIN);
        routes.get("/api/suppliers", this::listSuppliers, Role.MANAGER);
        routes.get("/api/suppliers/{id}", this::getSupplier, Role.MANAGER);
        routes.post("/api/procurement/offers", this::createOffer, Role.MANAGER);
        routes.get("/api/procurement/offers", this::listOffers, Role.MANAGER);
    }

    private Object createSupplier(ApiRequest request) {
        NewSupplier body = request.body(NewSupplier.class);
        String name = Check.text(body.name(), "name", 200);
        int distance = Check.required(body.distanceKm(), "distanceKm");
        if (distance < 0 || distance > MAX_DISTANCE_KM) {
            throw Check.invalid("INVALID_DISTANCE", "distanceKm");
        }
        if (dal.query(Supplier.class, "lower(e.name) = lower(:n)", Map.of("n", name)).count() > 0) {
            throw Refusals.conflict("SUPPLIER_NAME_TAKEN", name);
        }
        return ApiResponse.created(SupplierView.of(dal.save(new Supplier(name, distance))));
    }

    private Object listSuppliers(ApiRequest request) {
        return Items.of(dal.query(Supplier.class, null, null).orderBy("lower(e.name)")
                .limit(request.limit()).offset(request.offset()).list().stream().map(SupplierView::of).toList());
    }

    private Object getSupplier(ApiRequest request) {
        return SupplierView.of(Check.found(dal.get(Supplier.class, request.pathId("id")), "producteur"));
    }

    private Object createOffer(ApiRequest request) {
        requireHubSide();
        NewOffer body = request.body(NewOffer.class);
        UUID supplierId = Check.required(body.supplier(), "supplier");
        UUID productId = Check.required(body.product(), "product");
        BigDecimal packSize = Check.quantity(body.packSize(), "packSize");
        BigDecimal packPrice = Check.amount(body.packPrice(), "packPrice");
        int minPacks = body.minPacks() == null ? 1 : body.minPacks();
        if (minPacks < 1 || minPacks > MAX_MIN_PACKS) {
            throw Refusals.badRequest("INVALID_MIN_PACKS", "minPacks", MAX_MIN_PACKS);
        }
        Supplier supplier = Check.found(dal.get(Supplier.class, supplierId), "producteur " + supplierId);
        Product product = Check.found(dal.get(Product.class, productId), "produit " + productId);
        Quantities.requireWholeForUnits(product, packSize, "packSize");
        Offer offer = dal.save(new Offer(supplier.getId(), product.getId(), packSize, packPrice, minPacks));
        return ApiResponse.created(OfferView.of(offer));
    }

    /** Refuses with 403 {@code HUB_ONLY} anyone but a network admin or a user of a hub. */
    private void requireHubSide() {
        if (context.hasRole(Role.NETWORK_ADMIN)) {
            return;
        }
        UUID own = context.organization();
        Organization organization = own == null ? null : context.asAdmin(() -> dal.get(Organization.class, own));
        if (organization == null || !Organization.HUB.equals(organization.getType())) {
            throw Refusals.forbidden("HUB_ONLY");
        }
    }

    private Object listOffers(ApiRequest request) {
        StringBuilder where = new StringBuilder("1=1");
        Map<String, Object> params = new HashMap<>();
        request.queryId("product").ifPresent(p -> {
            where.append(" and e.product = :product");
            params.put("product", p);
        });
        request.queryId("supplier").ifPresent(s -> {
            where.append(" and e.supplier = :supplier");
            params.put("supplier", s);
        });
        return Items.of(dal.query(Offer.class, where.toString(), params).orderBy("e.createdAt, e.id")
                .limit(request.limit()).offset(request.offset()).list().stream().map(OfferView::of).toList());
    }
}
