package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.model.Product;

/**
 * Proposes a price for a product line (Openbravo's discount rule). The kernel asks every rule;
 * the lowest proposal wins and its name goes on the line; with no proposal the line is at the
 * reference price ({@code REFERENCE}).
 * <p>
 * May read through the {@code Dal}; must not write: quotes call it too, and nothing is stored then.
 */
@ConsumerType
public interface LinePriceRule {

    /**
     * @param context  the ticket so far
     * @param product  the product of the line
     * @param quantity the quantity still to price (positive)
     * @return a proposal, or empty when this rule does not apply
     */
    Optional<PriceProposal> propose(PricingContext context, Product product, BigDecimal quantity);
}
