package org.vivres.benchmarks.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.pricing.internal.calc.TierPricing;
import org.vivres.pricing.internal.calc.TierTerms;

/**
 * Prices a 20-line ticket of a household with a tier (category overrides) and a monthly cap, as the
 * till's pipeline does with the pricing bundle's pure arithmetic: each line gets the tier's
 * proposal (which sums the earlier tier-priced lines against the cap) or the reference price.
 * The cap is set so that the last lines of the ticket no longer fit. Target: ≤ 20 µs per ticket.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TierPricingBenchmark {
    private static final String[] CATEGORIES = {"EPICERIE", "LEGUMES", "FRUITS", "HYGIENE", "FRAIS"};

    private record Item(UUID product, String category, BigDecimal referencePrice, BigDecimal quantity) {
    }

    private TierTerms terms;
    private BigDecimal monthToDate;
    private List<Item> ticket;

    @Setup
    public void setUp() {
        terms = new TierTerms("SOLIDAIRE", new BigDecimal("30"),
                Map.of("LEGUMES", new BigDecimal("10"), "FRUITS", new BigDecimal("20")), new BigDecimal("150.00"));
        monthToDate = new BigDecimal("120.00");
        ticket = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            BigDecimal price = new BigDecimal(String.format("%d.%02d", 1 + i % 7, (i * 37) % 100));
            BigDecimal quantity = "LEGUMES".equals(category) ? new BigDecimal("1.250") : new BigDecimal(1 + i % 3);
            ticket.add(new Item(UUID.randomUUID(), category, price, quantity));
        }
    }

    @Benchmark
    public List<PricedLine> priceTicket() {
        List<PricedLine> lines = new ArrayList<>(ticket.size());
        for (Item item : ticket) {
            Optional<PriceProposal> proposal = TierPricing.propose(terms, item.referencePrice(), item.category(),
                    item.quantity(), monthToDate, lines);
            BigDecimal unitPrice = proposal.map(PriceProposal::unitPrice).orElse(item.referencePrice());
            String rule = proposal.map(PriceProposal::priceRule).orElse("REFERENCE");
            lines.add(new PricedLine("PRODUCT", item.product(), item.category(), null, item.quantity(),
                    item.referencePrice(), unitPrice, Money.lineAmount(unitPrice, item.quantity()), rule));
        }
        return lines;
    }
}
