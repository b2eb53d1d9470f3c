package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.OfferReference.OfferTerms;
import org.vivres.activities.internal.domain.OfferAllowance;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LinePriceRule;
import org.vivres.erp.api.ticket.PriceProposal;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.PricingContext;

/**
 * Activity offers at the till: a household registered to sessions of an activity of this store
 * near the ticket's date pays the offer's price for up to its allowance (per registration, minus
 * what it already bought through the offer around those sessions, this ticket's earlier lines
 * included). Proposes the cheapest offer that still has some allowance, limited to what is left,
 * so the kernel prices the rest of the line again.
 */
@Component(service = LinePriceRule.class)
public final class OfferPriceRule implements LinePriceRule {
    private final OfferReference reference;
    private final OfferDays offerDays;

    @Activate
    public OfferPriceRule(@Reference OfferReference reference, @Reference OfferDays days) {
        this.reference = reference;
        this.offerDays = days;
    }

    /**
     * The rules this bundle sets, in words: an offer's price ({@code ACTIVITY:<offer>}) and a registration fee
     * ({@code ACTIVITY_FEE}, set by {@link RegistrationFeeLine}).
     */
    @Override
    public Optional<String> label(TicketLine line, Locale locale) {
        String rule = line.getPriceRule();
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        if (rule != null && rule.startsWith(ActivityOffer.RULE_PREFIX)) {
            return Optional.of(english ? "Activity offer" : "Offre activité");
        }
        if (RegistrationFeeLine.RULE.equals(rule)) {
            return Optional.of(english ? "Activity registration" : "Inscription activité");
        }
        return Optional.empty();
    }

    @Override
    public Optional<PriceProposal> propose(PricingContext ticket, Product product, BigDecimal quantity) {
        if (ticket.household() == null) {
            return Optional.empty();
        }
        List<OfferTerms> offers = reference.offers(ticket.organization()).of(product.getId());
        for (OfferTerms offer : offers) {
            if (ticket.ignoringLimits()) {
                // A till offline may not have seen what another till sold through the offer: its allowance aside.
                if (!sessions(offer, ticket).isEmpty()) {
                    return Optional.of(PriceProposal.of(offer.unitPrice(), offer.priceRule()));
                }
                continue;
            }
            BigDecimal left = remaining(offer, ticket);
            if (left.signum() > 0) {
                return Optional.of(new PriceProposal(offer.unitPrice(), offer.priceRule(), left));
            }
        }
        return Optional.empty();
    }

    private BigDecimal remaining(OfferTerms offer, PricingContext ticket) {
        List<LocalDate> sessions = sessions(offer, ticket);
        if (sessions.isEmpty()) {
            return BigDecimal.ZERO;
        }
        OfferAllowance.DateRange window = OfferAllowance.purchaseWindow(sessions, offer.validDaysAroundSession());
        // The running totals change at every ticket: read from the database once per ticket, every offer's rows of
        // the days any offer of the store can reach, each offer then summed over its own window.
        int reach = OfferAllowance.reach(reference.offers(ticket.organization()).maxValidDays());
        List<OfferAllowance.DayTotal> days = ticket.memo().get(new HouseholdDays(ticket.household(), reach),
                () -> offerDays.days(ticket.household(), ticket.date().minusDays(reach),
                        ticket.date().plusDays(reach)));
        BigDecimal bought = OfferAllowance.boughtIn(days, offer.priceRule(), window)
                .add(inThisTicket(offer.priceRule(), ticket.earlierLines()));
        return OfferAllowance.remaining(sessions.size(), offer.maxQuantityPerHousehold(), bought);
    }

    /** The dates of the household's registered sessions of the offer's activity in the window of the ticket's date. */
    private List<LocalDate> sessions(OfferTerms offer, PricingContext ticket) {
        int days = offer.validDaysAroundSession();
        return reference.sessions(ticket.household()).of(offer.activity()).stream().map(OfferAllowance::sessionDate)
                .filter(d -> OfferAllowance.inWindow(d, ticket.date(), days)).toList();
    }

    private static BigDecimal inThisTicket(String rule, List<PricedLine> earlier) {
        return earlier.stream().filter(l -> rule.equals(l.priceRule())).map(PricedLine::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record HouseholdDays(UUID household, int reach) {
    }
}
