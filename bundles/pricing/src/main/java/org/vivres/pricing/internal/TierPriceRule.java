package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LinePriceRule;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricingContext;
import org.vivres.pricing.internal.calc.HouseholdTier;
import org.vivres.pricing.internal.calc.TierPricing;
import org.vivres.pricing.internal.calc.TierRuleWords;
import org.vivres.pricing.internal.calc.TierTerms;
import org.vivres.pricing.internal.model.Tier;

/**
 * Prices the product lines of a household at its tier ({@code TIER:<code>}) while the tier is valid
 * on the ticket's date and is network-wide or the ticket store's own, within the tier's monthly cap.
 * Quotes and tickets go through the same code, so they show the same prices. Asked to ignore limits (the bound of
 * a ticket sold offline), it proposes the tier's price without the cap.
 */
@Component
public final class TierPriceRule implements LinePriceRule {
    private final Dal dal;
    private final CachedTiers tiers;
    private final TierMonthTotals totals;

    @Activate
    public TierPriceRule(@Reference Dal dal, @Reference CachedTiers tiers, @Reference TierMonthTotals totals) {
        this.dal = dal;
        this.tiers = tiers;
        this.totals = totals;
    }

    @Override
    public Optional<PriceProposal> propose(PricingContext context, Product product, BigDecimal quantity) {
        if (context.household() == null) {
            return Optional.empty();
        }
        // The assignment and its tier come from the node's memory while their tables have not changed; the
        // month-to-date is read fresh, once per ticket, under the household's lock.
        Optional<HouseholdTier> tier = context.memo().get(new TierKey(context.household()),
                () -> tiers.householdTier(context.household()))
                .filter(t -> t.isValidOn(context.date()))
                .filter(t -> t.tierOrganization() == null || t.tierOrganization().equals(context.organization()));
        if (tier.isEmpty()) {
            return Optional.empty();
        }
        TierTerms terms = tier.get().terms();
        if (context.ignoringLimits()) {
            // The till may have sold on a cap it had not seen reached: the tier's price, whatever the month so far.
            return Optional.of(PriceProposal.of(TierPricing.unitPrice(terms, product.getReferencePrice(),
                    product.getCategory()), TierPricing.ruleOf(terms.code())));
        }
        BigDecimal monthToDate = Money.ZERO;
        if (terms.monthlyCap() != null) {
            // Two tills selling to one household at once must not both spend the rest of its cap: the kernel
            // locked the household's row before pricing (PricingContext), so the second reads what the first added.
            monthToDate = context.memo().get(new MonthToDateKey(context.household(), context.date()),
                    () -> totals.monthToDate(context.household(), context.date()));
        }
        return TierPricing.propose(terms, product.getReferencePrice(), product.getCategory(), quantity, monthToDate,
                context.earlierLines());
    }

    /** {@code TIER:<code>} in words: the tier's name and the percent paid (the tier gone: « Tarif différencié »). */
    @Override
    public Optional<String> label(TicketLine line, Locale locale) {
        String rule = line.getPriceRule();
        if (rule == null || !rule.startsWith(TierPricing.RULE_PREFIX)) {
            return Optional.empty();
        }
        String code = rule.substring(TierPricing.RULE_PREFIX.length());
        String name = dal.query(Tier.class, "e.code = :code", Map.of("code", code)).list().stream().findFirst()
                .map(Tier::getName).orElse(null);
        return Optional.of(TierRuleWords.of(name, line.getReferencePrice(), line.getUnitPrice(), locale));
    }

    private record TierKey(UUID household) {
    }

    private record MonthToDateKey(UUID household, LocalDate date) {
    }
}
