package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.kernel.internal.event.EventJournal;

/**
 * {@code /api/products}: the network catalogue, read by everyone, searched by sku and name. Its terms (price, VAT,
 * category, labels) are the whole network's — every store's till and every caisse's criteria read them — so only a
 * network admin creates or changes a product; a store wanting its own price has its own tier.
 */
@Component
public final class ProductResource implements ApiResource {
    private static final BigDecimal MAX_VAT = new BigDecimal("100");

    private final Dal dal;
    private final EventJournal journal;

    record NewProduct(String sku, String name, String category, String uom, BigDecimal referencePrice,
            BigDecimal vatRate, List<String> labels, Integer originKm) {
    }

    /** What a product's change may say: all but its sku and unit. */
    record ProductChange(String name, String category, BigDecimal referencePrice, BigDecimal vatRate,
            List<String> labels, Integer originKm) {
    }

    /** Checked terms of a product. */
    private record Terms(String name, String category, BigDecimal price, BigDecimal vat, List<String> labels,
            Integer originKm) {
    }

    @Activate
    public ProductResource(@Reference Dal dal, @Reference EventJournal journal) {
        this.dal = dal;
        this.journal = journal;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/products", this::create, Role.NETWORK_ADMIN);
        routes.get("/api/products", this::search);
        routes.get("/api/products/{id}", this::get);
        routes.put("/api/products/{id}", this::change, Role.NETWORK_ADMIN);
    }

    private Object create(ApiRequest request) {
        NewProduct p = request.body(NewProduct.class);
        String sku = Check.identifier(p.sku(), "sku", 64);
        Terms terms = terms(p.name(), p.category(), p.referencePrice(), p.vatRate(), p.labels(), p.originKm());
        String uom = Check.oneOf(p.uom(), "uom", List.of(Product.UNIT, Product.KG, Product.LITRE));
        if (dal.query(Product.class, "e.sku = :sku", Map.of("sku", sku)).count() > 0) {
            throw Refusals.conflict("SKU_TAKEN", sku);
        }
        Product product = dal.save(new Product(sku, terms.name(), terms.category(), uom, terms.price(), terms.vat(),
                terms.labels(), terms.originKm()));
        return ApiResponse.created(Views.ProductView.of(product));
    }

    /** New terms for the next tickets; tickets already made keep the prices they were made at. */
    private Object change(ApiRequest request) {
        ProductChange p = request.body(ProductChange.class);
        Terms terms = terms(p.name(), p.category(), p.referencePrice(), p.vatRate(), p.labels(), p.originKm());
        Product product = Check.found(dal.getForUpdate(Product.class, request.pathId("id")), "produit");
        BigDecimal oldPrice = product.getReferencePrice();
        BigDecimal oldVat = product.getVatRate();
        product.change(terms.name(), terms.category(), terms.price(), terms.vat(), terms.labels(), terms.originKm());
        Product saved = dal.save(product);
        if (oldPrice.compareTo(terms.price()) != 0 || oldVat.compareTo(terms.vat()) != 0) {
            // products are the network's: the event goes to the network's chain
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("product", product.getId());
            details.put("oldPrice", oldPrice);
            details.put("newPrice", terms.price());
            details.put("oldVatRate", oldVat);
            details.put("newVatRate", terms.vat());
            journal.record(null, EventJournal.PRICE_CHANGED, product.getId(), details);
        }
        return Views.ProductView.of(saved);
    }

    private static Terms terms(String givenName, String givenCategory, BigDecimal givenPrice, BigDecimal givenVat,
            List<String> givenLabels, Integer originKm) {
        String name = Check.text(givenName, "name", 200);
        String category = Check.identifier(givenCategory, "category", 64).toUpperCase(Locale.ROOT);
        BigDecimal price = Check.amount(givenPrice, "referencePrice");
        BigDecimal vat = Check.amount(Check.required(givenVat, "vatRate"), "vatRate");
        if (vat.compareTo(MAX_VAT) > 0) {
            throw Check.invalid("INVALID_PERCENT", "vatRate", MAX_VAT);
        }
        List<String> labels = givenLabels == null ? List.of() : givenLabels.stream()
                .map(l -> Check.text(l, "labels", 32).toUpperCase(Locale.ROOT))
                .peek(l -> {
                    if (!l.matches("[A-Z0-9_]+")) {
                        throw Check.invalid("INVALID_LABEL", "labels");
                    }
                }).distinct().toList();
        if (originKm != null && (originKm < 0 || originKm > 40_000)) {
            throw Check.invalid("INVALID_DISTANCE", "originKm");
        }
        return new Terms(name, category, price, vat, labels, originKm);
    }

    private Object search(ApiRequest request) {
        String q = request.query("q").map(String::strip).orElse("");
        return Items.of(dal.query(Product.class,
                        q.isEmpty() ? null : "e.sku = :q or lower(e.name) like :like escape '!'",
                        q.isEmpty() ? Map.of() : Map.of("q", q, "like", "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%"))
                .orderBy("e.name").limit(request.limit()).offset(request.offset()).list()
                .stream().map(Views.ProductView::of).toList());
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private Object get(ApiRequest request) {
        return Views.ProductView.of(Check.found(dal.get(Product.class, request.pathId("id")), "produit"));
    }
}
