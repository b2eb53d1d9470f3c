package org.vivres.erp.kernel.internal.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;

/**
 * {@code GET /api/products/scan?code=}: what a scanned code sells, and how much. A product's own code sells one; a
 * scale label ({@link ScaleBarcode}) sells its product (the label's 5-digit code is the product's sku) by the
 * weight it carries, or by the quantity its price buys at the reference price.
 */
@Component
public final class ProductScanResource implements ApiResource {
    private final Dal dal;

    record Scan(Views.ProductView product, BigDecimal quantity) {
    }

    @Activate
    public ProductScanResource(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/products/scan", this::scan);
    }

    private Object scan(ApiRequest request) {
        String code = Check.identifier(request.query("code").orElse(null), "code", 64);
        Product bySku = bySku(code);
        if (bySku != null) {
            return new Scan(Views.ProductView.of(bySku), BigDecimal.ONE);
        }
        Optional<ScaleBarcode> label;
        try {
            label = ScaleBarcode.parse(code);
        } catch (IllegalArgumentException badCheckDigit) {
            throw Refusals.unprocessable("BAD_CHECK_DIGIT", code);
        }
        if (label.isEmpty()) {
            throw unknown(code);
        }
        ScaleBarcode scale = label.get();
        Product product = bySku(scale.productCode());
        if (product == null) {
            product = found(bySku(scale.productCode().replaceFirst("^0+(?=.)", "")), code);
        }
        return new Scan(Views.ProductView.of(product), quantity(scale, product));
    }

    /** A weight as it is; a price as what it buys at the reference price (to the gram, or whole units). */
    static BigDecimal quantity(ScaleBarcode scale, Product product) {
        if (scale.kind() == ScaleBarcode.Kind.WEIGHT_KG) {
            return scale.value();
        }
        if (product.getReferencePrice().signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal quantity = scale.value().divide(product.getReferencePrice(), product.isMeasured() ? 3 : 0,
                RoundingMode.HALF_UP);
        return quantity.signum() == 0 ? BigDecimal.ONE : quantity;
    }

    private Product bySku(String sku) {
        return dal.query(Product.class, "e.sku = :sku", Map.of("sku", sku)).uniqueResult();
    }

    private static Product found(Product product, String code) {
        if (product == null) {
            throw unknown(code);
        }
        return product;
    }

    private static ErpException unknown(String code) {
        return new ErpException(ErrorStatus.NOT_FOUND, "UNKNOWN_BARCODE", Refusals.class, code);
    }
}
