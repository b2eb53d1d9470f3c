package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LinePriceRule;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.PricingContext;
import org.vivres.erp.api.ticket.PricingMemo;
import org.vivres.erp.kernel.internal.core.ProductPriceHistory;

/**
 * The least a till could have charged for a ticket it says it sold offline at {@code soldAt}, from what it could have
 * had in its cache: for each product line, its quantity times the lowest of the product's reference prices in force
 * at some moment of [soldAt − the outbox's age, soldAt] and of what each price rule would propose for the household
 * on soldAt's day, its limits (caps, allowances) left out since the till may not have seen them reached; a line of a
 * bundle's kind (an activity fee, a donation) at the server's price. A ticket paid less than this was not priced by a
 * till's cache.
 */
final class KnownPrices {
    private final Dal dal;
    private final TicketExtensions extensions;
    private final ProductPriceHistory history;

    KnownPrices(Dal dal, TicketExtensions extensions, ProductPriceHistory history) {
        this.dal = dal;
        this.extensions = extensions;
        this.history = history;
    }

    /** A product line as asked: the product and its quantity. */
    record Asked(UUID product, BigDecimal quantity) {
    }

    BigDecimal least(UUID organization, UUID household, OffsetDateTime soldAt, OffsetDateTime cachedSince,
            List<Asked> products, List<PricedLine> priced) {
        BigDecimal least = priced.stream().filter(l -> !TicketLine.PRODUCT.equals(l.lineKind()))
                .map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add);
        Map<UUID, BigDecimal> known = history.lowest(products.stream().map(Asked::product).distinct().toList(),
                cachedSince, soldAt);
        Map<UUID, Product> catalogue = dal.get(Product.class, products.stream().map(Asked::product).toList());
        PricingMemo memo = new PricingMemo();
        List<LinePriceRule> rules = extensions.rules();
        for (Asked line : products) {
            Product product = catalogue.get(line.product());
            BigDecimal reference = known.getOrDefault(line.product(), product.getReferencePrice());
            PricingContext context = new PricingContext(organization, household,
                    soldAt.atZoneSameInstant(StoreCalendar.ZONE).toLocalDate(), List.of(), memo, true);
            BigDecimal unit = reference.min(lowestProposal(rules, context, at(product, reference), line.quantity())
                    .orElse(reference));
            least = least.add(Money.lineAmount(unit, line.quantity()));
        }
        return least;
    }

    /** The product as the till may have had it: its lowest known reference price (a copy, never saved). */
    private static Product at(Product product, BigDecimal reference) {
        Product copy = new Product(product.getSku(), product.getName(), product.getCategory(), product.getUom(),
                reference, product.getVatRate(), product.getLabels(), product.getOriginKm());
        copy.setId(product.getId());
        return copy;
    }

    private static Optional<BigDecimal> lowestProposal(List<LinePriceRule> rules, PricingContext context,
            Product product, BigDecimal quantity) {
        List<BigDecimal> prices = new ArrayList<>();
        for (LinePriceRule rule : rules) {
            rule.propose(context, product, quantity).map(PriceProposal::unitPrice)
                    .filter(p -> p.signum() >= 0).map(Money::euros).ifPresent(prices::add);
        }
        return prices.stream().min(BigDecimal::compareTo);
    }
}
