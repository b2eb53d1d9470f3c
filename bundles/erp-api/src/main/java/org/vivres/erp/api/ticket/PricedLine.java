package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line as priced by the pipeline.
 *
 * @param lineKind       {@code PRODUCT} or the {@link LineKind#field()} that produced it
 * @param product        the product, for product lines
 * @param category       the product's category, for product lines
 * @param kindReference  what a non-product line refers to (a registration id, say)
 * @param quantity       scale 3, negative on returns
 * @param referencePrice the reference (market) unit price
 * @param unitPrice      the unit price paid
 * @param lineAmount     {@code unitPrice × quantity}, half-up to the cent
 * @param priceRule      what set the price: {@code REFERENCE}, {@code TIER:<code>}, ...
 */
public record PricedLine(String lineKind, UUID product, String category, String kindReference,
        BigDecimal quantity, BigDecimal referencePrice, BigDecimal unitPrice, BigDecimal lineAmount,
        String priceRule) {
}
