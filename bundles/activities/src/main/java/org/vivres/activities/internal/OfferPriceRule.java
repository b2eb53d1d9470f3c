package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.domain.OfferAllowance;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Dal;
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
    private final Dal dal;
    private final OfferDays offerDays;

    @Activate
    public OfferPriceRule(@Reference Dal dal, @Reference OfferDays days) {
        this.dal = dal;
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
        List<ActivityOffer> offers = storeOffers(ticket).getOrDefault(product.getId(), List.of());
        for (ActivityOffer offer : offers) {
            if (ticket.ignoringLimits()) {
                // A till offline may not have seen what another till sold through the offer: its allowance aside.
                if (!sessions(offer, ticket).isEmpty()) {
                    return Optional.of(PriceProposal.of(offer.getUnitPrice(), offer.priceRule()));
                }
                continue;
            }
            BigDecimal left = remaining(offer, ticket);
            if (left.signum() > 0) {
                return Optional.of(new PriceProposal(offer.getUnitPrice(), offer.priceRule(), left));
            }
        }
        return Optional.empty();
    }

    /**
     * The store's offers by product, cheapest first, read once per ticket (offers are not changed during a sale's
     * transaction, and a ticket usually holds several offer products).
     */
    private Map<UUID, List<ActivityOffer>> storeOffers(PricingContext ticket) {
        return ticket.memo().get(new StoreOffers(ticket.organization()), () -> dal.select("select o from "
                + ActivityOffer.class.getName() + " o where o.organization = :org and o.endedAt is null"
                + " order by o.unitPrice, o.id",
                ActivityOffer.class, Map.of("org", ticket.organization())).stream()
                .collect(Collectors.groupingBy(ActivityOffer::getProduct, Collectors.toList())));
    }

    private BigDecimal remaining(ActivityOffer offer, PricingContext ticket) {
        int days = offer.getValidDaysAroundSession();
        List<LocalDate> sessions = sessions(offer, ticket);
        if (sessions.isEmpty()) {
            return BigDecimal.ZERO;
        }
        OfferAllowance.DateRange window = OfferAllowance.purchaseWindow(sessions, days);
        BigDecimal bought = ticket.memo().get(new Bought(offer.priceRule(), ticket.household(), window),
                () -> offerDays.bought(offer.priceRule(), ticket.household(), window))
                .add(inThisTicket(offer.priceRule(), ticket.earlierLines()));
        return OfferAllowance.remaining(sessions.size(), offer.getMaxQuantityPerHousehold(), bought);
    }

    /** What the household booked before this ticket does not change while it is priced: read once. */
    private List<LocalDate> sessions(ActivityOffer offer, PricingContext ticket) {
        int days = offer.getValidDaysAroundSession();
        return ticket.memo().get(new Sessions(offer.getActivity(), ticket.household(), ticket.date(), days),
                () -> sessionDates(offer.getActivity(), ticket.household(), ticket.date(), days));
    }

    /** The dates of the household's registered sessions of the activity in the window of {@code date}. */
    private List<LocalDate> sessionDates(UUID activity, UUID household, LocalDate date, int days) {
        OfferAllowance.DateRange near = OfferAllowance.sessionsNear(date, days);
        List<OffsetDateTime> starts = dal.select("select s.startsAt from " + ActivitySession.class.getName()
                + " s where s.activity = :a and s.startsAt >= :from and s.startsAt < :until and s.id in (select r.session"
                + " from " + ActivityRegistration.class.getName() + " r where r.household = :h)", OffsetDateTime.class,
                Map.of("a", activity, "h", household, "from", OfferAllowance.startOf(near.from()),
                        "until", OfferAllowance.startOf(near.to().plusDays(1))));
        return starts.stream().map(OfferAllowance::sessionDate).filter(d -> OfferAllowance.inWindow(d, date, days))
                .toList();
    }

    private static BigDecimal inThisTicket(String rule, List<PricedLine> earlier) {
        return earlier.stream().filter(l -> rule.equals(l.priceRule())).map(PricedLine::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record StoreOffers(UUID organization) {
    }

    private record Sessions(UUID activity, UUID household, LocalDate date, int days) {
    }

    private record Bought(String rule, UUID household, OfferAllowance.DateRange window) {
    }
}
