package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Catalogue;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.SearchText;
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
    private final Dal dal;
    private final Catalogue catalogue;
    private final EventJournal journal;

    record NewProduct(String sku, String name, String category, String uom, BigDecimal referencePrice,
            BigDecimal vatRate, List<String> labels, Integer originKm) {
    }

    /** What a product's change may say: all but its sku and unit. */
    record ProductChange(String name, String category, BigDecimal referencePrice, BigDecimal vatRate,
            List<String> labels, Integer originKm) {
    }

    @Activate
    public ProductResource(@Reference Dal dal, @Reference Catalogue catalogue, @Reference EventJournal journal) {
        this.dal = dal;
        this.catalogue = catalogue;
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
        ProductTerms terms = ProductTerms.check(catalogue, p.name(), p.category(), p.referencePrice(),
                p.vatRate(), p.labels(), p.originKm());
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
        ProductTerms terms = ProductTerms.check(catalogue, p.name(), p.category(), p.referencePrice(),
                p.vatRate(), p.labels(), p.originKm());
        Product product = Check.found(dal.getForUpdate(Product.class, request.pathId("id")), "produit");
        BigDecimal oldPrice = product.getReferencePrice();
        BigDecimal oldVat = product.getVatRate();
        product.change(terms.name(), terms.category(), terms.price(), terms.vat(), terms.labels(), terms.originKm());
        Product saved = dal.save(product);
        journal.priceChanged(product.getId(), oldPrice, terms.price(), oldVat, terms.vat());
        return Views.ProductView.of(saved);
    }

    private Object search(ApiRequest request) {
        String q = request.query("q").map(String::strip).orElse("");
        return Items.of(dal.query(Product.class,
                        q.isEmpty() ? null : "e.sku = :q or e.searchKey like :like escape '!'",
                        q.isEmpty() ? Map.of() : Map.of("q", q, "like", "%" + escapeLike(SearchText.fold(q)) + "%"))
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
