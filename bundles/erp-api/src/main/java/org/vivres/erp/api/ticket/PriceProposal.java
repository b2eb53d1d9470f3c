package org.vivres.erp.api.ticket;

import java.math.BigDecimal;

/**
 * A rule's offer for a line.
 *
 * @param unitPrice   the unit price, scale 2
 * @param priceRule   the name shown on the line ({@code TIER:SOLIDAIRE}, {@code ACTIVITY:<id>}, ...)
 * @param maxQuantity the most of the line this price covers ({@code null}: all of it); the pipeline
 *                    splits the line and prices the rest again
 */
public record PriceProposal(BigDecimal unitPrice, String priceRule, BigDecimal maxQuantity) {
    /** A proposal for the whole line. */
    public static PriceProposal of(BigDecimal unitPrice, String priceRule) {
        return new PriceProposal(unitPrice, priceRule, null);
    }
}
