package org.vivres.pricing.internal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;

/** Properties of tier pricing over arbitrary tickets: exact half-up prices, and a cap that is never exceeded. */
class TierPricingPropertiesTest {
    record Item(BigDecimal referencePrice, BigDecimal quantity) {
    }

    @Provide
    Arbitrary<Item> items() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("20")).ofScale(3))
                .as(Item::new);
    }

    @Property
    void theUnitPriceIsTheExactProductRoundedHalfUp(
            @ForAll @BigRange(min = "0", max = "10000") @Scale(2) BigDecimal reference,
            @ForAll @BigRange(min = "0.0001", max = "1000") @Scale(4) BigDecimal percent) {
        TierTerms terms = new TierTerms("P", percent, Map.of(), null);
        BigDecimal exact = reference.multiply(percent).divide(new BigDecimal("100"));
        BigDecimal price = TierPricing.unitPrice(terms, reference, "X");
        assertThat(price.scale()).isEqualTo(2);
        assertThat(price).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
        // within half a cent, and an exact half cent always goes up
        assertThat(price.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    /** Prices a ticket the way the till does: the tier's proposal, else the reference price. */
    @Property
    void aTicketNeverTakesTheMonthBeyondTheCap(
            @ForAll @Size(min = 1, max = 30) List<@From("items") Item> ticket,
            @ForAll @BigRange(min = "1", max = "1000") @Scale(2) BigDecimal percent,
            @ForAll @BigRange(min = "0.01", max = "300") @Scale(2) BigDecimal cap,
            @ForAll @BigRange(min = "0", max = "300") @Scale(2) BigDecimal monthToDate) {
        TierTerms terms = new TierTerms("CAP", percent, Map.of(), cap);
        List<PricedLine> lines = new ArrayList<>();
        for (Item item : ticket) {
            Optional<PriceProposal> p = TierPricing.propose(terms, item.referencePrice(), "X", item.quantity(),
                    monthToDate, lines);
            BigDecimal unit = p.map(PriceProposal::unitPrice).orElse(item.referencePrice());
            String rule = p.map(PriceProposal::priceRule).orElse("REFERENCE");
            lines.add(new PricedLine("PRODUCT", UUID.randomUUID(), "X", null, item.quantity(), item.referencePrice(),
                    unit, Money.lineAmount(unit, item.quantity()), rule));
        }
        if (lines.stream().anyMatch(l -> TierPricing.isTierRule(l.priceRule()))) {
            assertThat(monthToDate.add(TierPricing.tierPricedTotal(lines))).isLessThanOrEqualTo(cap);
        }
        // a line left at the reference price is one that would have gone over the cap
        BigDecimal running = monthToDate;
        for (PricedLine line : lines) {
            BigDecimal tierAmount = Money.lineAmount(TierPricing.unitPrice(terms, line.referencePrice(), "X"),
                    line.quantity());
            if (TierPricing.isTierRule(line.priceRule())) {
                running = running.add(line.lineAmount());
            } else {
                assertThat(running.add(tierAmount)).isGreaterThan(cap);
            }
        }
    }
}
