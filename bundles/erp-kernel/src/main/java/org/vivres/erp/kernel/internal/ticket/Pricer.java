package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ProductCatalogue;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LinePriceRule;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.PricingContext;
import org.vivres.erp.api.ticket.PricingMemo;
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * Prices the lines of a ticket: every {@link LinePriceRule} proposes, the lowest proposal wins,
 * {@code REFERENCE} when none does. A proposal limited in quantity splits the line and the rest is
 * priced again (the rules see the part already priced among the earlier lines).
 */
final class Pricer {
    static final String REFERENCE = "REFERENCE";
    private static final int MAX_SPLITS = 20;

    private final ProductCatalogue catalogue;
    private final TicketExtensions extensions;
    private final SessionHolder sessions;

    Pricer(ProductCatalogue catalogue, TicketExtensions extensions, SessionHolder sessions) {
        this.catalogue = catalogue;
        this.extensions = extensions;
        this.sessions = sessions;
    }

    /**
     * Prices the lines. The rules only read (nothing of the sale is written before its lines are priced), so their
     * queries need not flush the session first: Hibernate's automatic flush would dirty-check every entity the
     * ticket loaded before each of them.
     */
    List<PricedLine> price(UUID organization, UUID household, LocalDate date, List<TicketRequests.LineRequest> lines) {
        var session = sessions.current();
        FlushMode was = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            return priceAll(organization, household, date, lines);
        } finally {
            session.setHibernateFlushMode(was);
        }
    }

    private List<PricedLine> priceAll(UUID organization, UUID household, LocalDate date,
            List<TicketRequests.LineRequest> lines) {
        List<PricedLine> priced = new ArrayList<>();
        List<LinePriceRule> rules = extensions.rules();
        PricingMemo memo = new PricingMemo();
        Map<UUID, Product> products = products(lines);
        for (int i = 0; i < lines.size(); i++) {
            TicketRequests.LineRequest line = Check.required(lines.get(i), "lines[" + i + "]");
            PricingContext context = new PricingContext(organization, household, date, priced, memo);
            TicketExtensions.KindLine named = extensions.kindLine(line, i);
            if (named != null && named.object() != null) {
                // An object says what the line is; its kind says whether it needs a quantity.
                BigDecimal quantity = line.quantity == null ? null
                        : Check.quantity(line.quantity, "lines[" + i + "].quantity");
                priced.add(named.kind().priceObject(context, named.object(), quantity));
                continue;
            }
            BigDecimal quantity = Check.quantity(line.quantity, "lines[" + i + "].quantity");
            if (named == null) {
                Product product = Check.found(products.get(line.product), "produit " + line.product);
                if (!product.isMeasured() && quantity.stripTrailingZeros().scale() > 0) {
                    throw Check.invalid("INVALID_QUANTITY", "lines[" + i + "].quantity");
                }
                priceProduct(rules, context, product, quantity, priced);
            } else {
                priced.add(named.kind().price(context, named.reference(), quantity));
            }
        }
        return priced;
    }

    /** The ticket's products, from the node's catalogue in memory (read when a product changed since). */
    private Map<UUID, Product> products(List<TicketRequests.LineRequest> lines) {
        Set<UUID> ids = new HashSet<>();
        for (TicketRequests.LineRequest line : lines) {
            if (line != null && line.product != null) {
                ids.add(line.product);
            }
        }
        return catalogue.products(ids);
    }

    private static void priceProduct(List<LinePriceRule> rules, PricingContext line, Product product,
            BigDecimal quantity, List<PricedLine> priced) {
        BigDecimal remaining = quantity;
        for (int split = 0; remaining.signum() > 0; split++) {
            PricingContext context = new PricingContext(line.organization(), line.household(), line.date(), priced,
                    line.memo());
            BigDecimal left = remaining;
            Optional<PriceProposal> best = split >= MAX_SPLITS ? Optional.empty() : best(rules, context, product, left);
            BigDecimal take = best.map(PriceProposal::maxQuantity).map(Money::quantity)
                    .filter(max -> max.compareTo(left) < 0).orElse(left);
            BigDecimal unitPrice = best.map(p -> Money.euros(p.unitPrice())).orElse(product.getReferencePrice());
            String rule = best.map(PriceProposal::priceRule).orElse(REFERENCE);
            priced.add(new PricedLine(TicketLine.PRODUCT, product.getId(), product.getCategory(), null, take,
                    product.getReferencePrice(), unitPrice, Money.lineAmount(unitPrice, take), rule));
            remaining = remaining.subtract(take);
        }
    }

    private static Optional<PriceProposal> best(List<LinePriceRule> rules, PricingContext context, Product product,
            BigDecimal quantity) {
        PriceProposal best = null;
        for (LinePriceRule rule : rules) {
            Optional<PriceProposal> proposal = rule.propose(context, product, quantity);
            if (proposal.isEmpty() || !usable(proposal.get())) {
                continue;
            }
            if (best == null || proposal.get().unitPrice().compareTo(best.unitPrice()) < 0) {
                best = proposal.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean usable(PriceProposal p) {
        return p.unitPrice() != null && p.unitPrice().signum() >= 0 && p.priceRule() != null
                && (p.maxQuantity() == null || Money.quantity(p.maxQuantity()).signum() > 0);
    }
}
