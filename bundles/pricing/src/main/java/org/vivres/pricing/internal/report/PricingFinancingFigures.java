package org.vivres.pricing.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.financing.FinancingFigure;
import org.vivres.erp.api.financing.FinancingFigures;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.pricing.internal.calc.TierPricing;

/**
 * The households' part of a store's financing mix: what support tiers (above 100 %) collected over the reference
 * prices in the period — the pricing balance's {@code supportCollected}, by the same per-line rule, returns taking back
 * what their sale counted. The discounts the other tiers gave are what this money finances, not a resource: they stay
 * in the pricing balance.
 */
@Component
public final class PricingFinancingFigures implements FinancingFigures {
    private static final String REFERENCE_AMOUNT = "round(l.referencePrice * l.quantity, 2)";
    private static final String SUPPORT = "select sum(l.lineAmount - " + REFERENCE_AMOUNT + ")"
            + " from " + TicketLine.class.getName() + " l, " + Ticket.class.getName() + " t"
            + " where t.id = l.ticket and t.organization = :org and l.organization = :org"
            + " and t.ticketDate >= :from and t.ticketDate <= :to and l.priceRule like :rule"
            + " and l.unitPrice > l.referencePrice";

    private final Dal dal;

    @Activate
    public PricingFinancingFigures(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public List<FinancingFigure> figures(UUID organization, LocalDate from, LocalDate to) {
        // Not filtered by the Dal: restricted to the store the report has checked.
        List<Object> sums = dal.select(SUPPORT, Object.class, Map.of("org", organization, "from", from, "to", to,
                "rule", TierPricing.RULE_PREFIX + "%"));
        Object sum = sums.isEmpty() ? null : sums.get(0);
        BigDecimal support = sum == null ? Money.ZERO : Money.euros(new BigDecimal(sum.toString()));
        return List.of(new FinancingFigure(FinancingFigure.HOUSEHOLDS,
                "Participation des ménages : tarifs de soutien au-delà du prix de référence",
                "Households' participation: support prices above the reference price", support));
    }
}
