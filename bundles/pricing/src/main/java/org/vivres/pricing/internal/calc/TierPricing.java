package org.vivres.pricing.internal.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;

/**
 * The arithmetic of tier prices, pure so that it is unit-tested and benchmarked alone (API.md,
 * "Differentiated pricing"): {@code unitPrice = reference × percent / 100} half-up to the cent,
 * {@code lineAmount = unitPrice × quantity} half-up, and a line is tier-priced only while the
 * household's tier-priced total of the month, this line included, stays within the monthly cap.
 */
public final class TierPricing {
    /** The prefix of the price rule of every tier-priced line. */
    public static final String RULE_PREFIX = "TIER:";

    private TierPricing() {
    }

    /** {@code TIER:<code>}. */
    public static String ruleOf(String code) {
        return RULE_PREFIX + code;
    }

    /** True for a line priced by any tier. */
    public static boolean isTierRule(String priceRule) {
        return priceRule != null && priceRule.startsWith(RULE_PREFIX);
    }

    /** The month a ticket dated {@code date} counts in for the cap, as its first day (the running total's key). */
    public static LocalDate monthOf(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    /** The tier's unit price of a product of {@code category} whose reference price is {@code referencePrice}. */
    public static BigDecimal unitPrice(TierTerms terms, BigDecimal referencePrice, String category) {
        return Money.percentOf(referencePrice, terms.percentFor(category));
    }

    /** The sum of the tier-priced line amounts among {@code lines} (negative lines of returns included). */
    public static BigDecimal tierPricedTotal(List<PricedLine> lines) {
        BigDecimal total = Money.ZERO;
        for (PricedLine line : lines) {
            if (isTierRule(line.priceRule())) {
                total = total.add(line.lineAmount());
            }
        }
        return total;
    }

    /**
     * The tier's proposal for a product line, or empty when the monthly cap would be exceeded.
     *
     * @param monthToDate  the household's tier-priced total of the stored tickets of this month
     * @param earlierLines the lines of this ticket priced so far
     */
    public static Optional<PriceProposal> propose(TierTerms terms, BigDecimal referencePrice, String category,
            BigDecimal quantity, BigDecimal monthToDate, List<PricedLine> earlierLines) {
        BigDecimal unitPrice = unitPrice(terms, referencePrice, category);
        if (terms.monthlyCap() != null) {
            BigDecimal total = monthToDate.add(tierPricedTotal(earlierLines))
                    .add(Money.lineAmount(unitPrice, quantity));
            if (total.compareTo(terms.monthlyCap()) > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(PriceProposal.of(unitPrice, ruleOf(terms.code())));
    }
}
