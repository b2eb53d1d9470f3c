package org.vivres.pricing.internal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;

class TierPricingTest {
    private static final TierTerms SOLIDAIRE = new TierTerms("SOLIDAIRE", new BigDecimal("30"),
            Map.of("LEGUMES", new BigDecimal("10")), null);
    private static final TierTerms CAPPED = new TierTerms("PLAFOND", new BigDecimal("50"), Map.of(),
            new BigDecimal("20.00"));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static PricedLine line(String amount, String rule) {
        return new PricedLine("PRODUCT", UUID.randomUUID(), "EPICERIE", null, d("1.000"), d(amount), d(amount),
                d(amount), rule);
    }

    private static Optional<PriceProposal> propose(TierTerms terms, String reference, String quantity,
            String monthToDate, List<PricedLine> earlier) {
        return TierPricing.propose(terms, d(reference), "EPICERIE", d(quantity), d(monthToDate), earlier);
    }

    @Test
    void theUnitPriceIsThePercentOfTheReferenceRoundedHalfUpToTheCent() {
        // 1.99 × 30 % = 0.597 → 0.60; 0.25 × 30 % = 0.075 → 0.08
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("1.99"), "EPICERIE")).isEqualByComparingTo("0.60");
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("0.25"), "EPICERIE")).isEqualTo(d("0.08"));
        // 0.05 × 30 % = 0.015 → 0.02; 0.15 × 30 % = 0.045 → 0.05 (half-even would give 0.04)
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("0.05"), "EPICERIE")).isEqualTo(d("0.02"));
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("0.15"), "EPICERIE")).isEqualTo(d("0.05"));
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("3.40"), "EPICERIE").scale()).isEqualTo(2);
    }

    @Test
    void aCategoryPercentOverridesTheTierPercent() {
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("2.45"), "LEGUMES")).isEqualTo(d("0.25")); // 0.245 → 0.25
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("2.45"), "FRUITS")).isEqualTo(d("0.74"));  // 0.735 → 0.74
        assertThat(TierPricing.unitPrice(SOLIDAIRE, d("2.45"), null)).isEqualTo(d("0.74"));
    }

    @Test
    void aSupportTierPricesAboveTheReferenceAndFractionalPercentsWork() {
        TierTerms support = new TierTerms("SOUTIEN", d("125"), Map.of(), null);
        assertThat(TierPricing.unitPrice(support, d("3.40"), "EPICERIE")).isEqualTo(d("4.25"));
        TierTerms fraction = new TierTerms("F", d("12.5"), Map.of(), null);
        assertThat(TierPricing.unitPrice(fraction, d("1.00"), "EPICERIE")).isEqualTo(d("0.13")); // 0.125 → 0.13
    }

    @Test
    void theProposalNamesTheTierAndCoversTheWholeLine() {
        PriceProposal p = propose(SOLIDAIRE, "3.40", "2.000", "0.00", List.of()).orElseThrow();
        assertThat(p.unitPrice()).isEqualTo(d("1.02"));
        assertThat(p.priceRule()).isEqualTo("TIER:SOLIDAIRE");
        assertThat(p.maxQuantity()).isNull();
    }

    @Test
    void withoutACapEveryLineIsTierPriced() {
        assertThat(propose(SOLIDAIRE, "3.40", "1000", "99999.00", List.of(line("5000.00", "TIER:SOLIDAIRE"))))
                .isPresent();
    }

    @Test
    void aLineThatBringsTheMonthExactlyToTheCapIsTierPriced() {
        // 12.00 stored this month + 3.00 earlier in this ticket + 2 × 2.50 (5.00 at 50 %) = 20.00 = the cap
        assertThat(propose(CAPPED, "5.00", "2", "12.00", List.of(line("3.00", "TIER:PLAFOND")))).isPresent();
    }

    @Test
    void aLineThatGoesACentOverTheCapIsNotTierPriced() {
        // 12.01 + 3.00 + 5.00 = 20.01
        assertThat(propose(CAPPED, "5.00", "2", "12.01", List.of(line("3.00", "TIER:PLAFOND")))).isEmpty();
        // alone over the cap
        assertThat(propose(CAPPED, "40.02", "1", "0.00", List.of())).isEmpty();
        assertThat(propose(CAPPED, "40.00", "1", "0.00", List.of())).isPresent();
    }

    @Test
    void theCapCountsTheLineAmountRoundedLikeTheTicket() {
        // 0.99 × 50 % = 0.495 → 0.50 a unit; 1.333 kg → 0.6665 → 0.67; 19.33 + 0.67 = 20.00
        assertThat(propose(CAPPED, "0.99", "1.333", "19.33", List.of())).isPresent();
        assertThat(propose(CAPPED, "0.99", "1.333", "19.34", List.of())).isEmpty();
    }

    @Test
    void onlyTierPricedEarlierLinesCountTowardsTheCapAndReturnsGiveItBack() {
        List<PricedLine> earlier = List.of(line("15.00", "REFERENCE"), line("15.00", "ACTIVITY:x"),
                line("4.00", "TIER:AUTRE"));
        assertThat(TierPricing.tierPricedTotal(earlier)).isEqualTo(d("4.00"));
        assertThat(propose(CAPPED, "10.00", "2", "6.00", earlier)).isPresent();     // 6 + 4 + 10 = 20
        assertThat(propose(CAPPED, "10.00", "2", "6.01", earlier)).isEmpty();
        assertThat(TierPricing.tierPricedTotal(List.of(line("8.00", "TIER:PLAFOND"), line("-8.00", "TIER:PLAFOND"))))
                .isEqualTo(Money.ZERO);
        // a month whose returns exceed its sales (a return of last month's sale) leaves more room
        assertThat(propose(CAPPED, "50.00", "1", "-5.00", List.of())).isPresent();  // -5 + 25 = 20
    }

    @Test
    void aTicketCountsInTheMonthOfItsDateWhateverTheDay() {
        assertThat(TierPricing.monthOf(LocalDate.parse("2026-03-01"))).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(TierPricing.monthOf(LocalDate.parse("2026-03-31"))).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(TierPricing.monthOf(LocalDate.parse("2026-04-01"))).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(TierPricing.monthOf(LocalDate.parse("2028-02-29"))).isEqualTo(LocalDate.parse("2028-02-01"));
    }

    @Test
    void ruleNames() {
        assertThat(TierPricing.ruleOf("A")).isEqualTo("TIER:A");
        assertThat(TierPricing.isTierRule("TIER:A")).isTrue();
        assertThat(TierPricing.isTierRule("REFERENCE")).isFalse();
        assertThat(TierPricing.isTierRule(null)).isFalse();
    }
}
