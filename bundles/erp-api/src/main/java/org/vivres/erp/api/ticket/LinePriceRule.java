package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;

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

    /**
     * What people read for the rule named on {@code line} ({@link TicketLine#getPriceRule()}) when this rule (or its
     * bundle's line kind) set it: « Tarif solidaire 30 % », « Offre activité », in {@code locale}'s language (French,
     * else English). Receipts, journals and reports print it instead of the code; empty when the rule is not this
     * one's, and a rule nobody claims prints as its code. Reads only.
     *
     * @since ticket package 1.4
     */
    default Optional<String> label(TicketLine line, Locale locale) {
        return Optional.empty();
    }
}
