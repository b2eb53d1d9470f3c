package org.vivres.financing.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.FundDonations;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LineKind;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.PricingContext;
import org.vivres.financing.internal.model.TillGift;

/**
 * The ticket line {@code {"donation": {"fund"|"organization": "<id>", "amount": "2.00"|"roundUp": true}}}: a gift
 * paid with the ticket, priced {@code DONATION} at what was given (never by a tier or an offer: no price rule sees a
 * line of a kind), outside VAT (the kind names no rate). Stored with its ticket it is kept once per line and, for a
 * fund, credited to the fund's citizens' source, in the ticket's transaction: a duplicate post of the ticket finds it
 * stored and runs nothing again. A return gives it back only with the whole ticket.
 */
@Component(service = LineKind.class)
public final class CagnotteLine implements LineKind {
    static final String RULE = "DONATION";

    private final Dal dal;
    private final ErpContext context;

    /** The caisse's funds; absent without the caisse bundle, and a gift to a fund is refused then. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FundDonations funds;

    @Activate
    public CagnotteLine(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String field() {
        return DonationRequest.FIELD;
    }

    @Override
    public PricedLine price(PricingContext context, String reference, BigDecimal quantity) {
        // A gift says its fund and its amount: {"donation": {...}}, not a bare reference.
        throw Check.invalid("INVALID_FIELD", DonationRequest.FIELD);
    }

    @Override
    public PricedLine priceObject(PricingContext ticket, Map<String, Object> object, BigDecimal quantity) {
        if (quantity != null && quantity.compareTo(BigDecimal.ONE) != 0) {
            throw Check.invalid("INVALID_QUANTITY", DonationRequest.FIELD + ".quantity");
        }
        DonationRequest gift = DonationRequest.read(object);
        if (gift.fund() != null) {
            FundDonations caisse = funds;
            if (caisse == null) {
                throw FundDonations.unavailable();
            }
            if (caisse.fund(gift.fund()).isEmpty()) {
                throw Refusals.unprocessable("DONATION_UNKNOWN_FUND", gift.fund());
            }
        } else {
            UUID store = gift.organization();
            if (context.asAdmin(() -> dal.get(Organization.class, store)) == null) {
                throw Refusals.unprocessable("DONATION_UNKNOWN_ORGANIZATION", store);
            }
            if (!store.equals(ticket.organization())) {
                throw Refusals.unprocessable("DONATION_OTHER_STORE");
            }
        }
        BigDecimal amount = gift.roundUp() ? DonationRequest.roundUp(ticket.earlierLines().stream()
                .map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add)) : gift.amount();
        BigDecimal one = Money.quantity(BigDecimal.ONE);
        return new PricedLine(DonationRequest.FIELD, null, null, gift.reference(), one, amount, amount,
                Money.lineAmount(amount, one), RULE);
    }

    @Override
    public void afterSave(Ticket ticket, TicketLine line) {
        keep(ticket, line);
        UUID fund = DonationRequest.fundOf(line.getKindReference());
        if (fund != null) {
            credited().credit(fund, ticket.getOrganization(), line.getLineAmount());
        }
    }

    @Override
    public void afterReturn(Ticket returnTicket, TicketLine line) {
        if (!wholeTicketReturned(returnTicket.getOriginalTicket())) {
            throw Refusals.unprocessable("DONATION_RETURN_NOT_WHOLE");
        }
        keep(returnTicket, line);
        UUID fund = DonationRequest.fundOf(line.getKindReference());
        if (fund != null) {
            credited().takeBack(fund, returnTicket.getOrganization(), line.getLineAmount().negate());
        }
    }

    /** True when, with the returns stored so far (this one's lines included), nothing of {@code sale} is left. */
    private boolean wholeTicketReturned(UUID sale) {
        String lines = TicketLine.class.getName();
        Long left = dal.select("select count(l) from " + lines + " l where l.ticket = :t and l.quantity + coalesce("
                + "(select sum(r.quantity) from " + lines + " r where r.soldLine = l.id), 0) <> 0", Long.class,
                Map.of("t", sale)).get(0);
        return left == 0;
    }

    private void keep(Ticket ticket, TicketLine line) {
        dal.save(new TillGift(ticket.getOrganization(), ticket.getId(), line.getId(),
                DonationRequest.fundOf(line.getKindReference()), ticket.getTicketDate(), line.getLineAmount()));
    }

    /** The caisse, which priced the line moments ago; gone since, the ticket cannot be stored. */
    private FundDonations credited() {
        FundDonations caisse = funds;
        if (caisse == null) {
            throw FundDonations.unavailable();
        }
        return caisse;
    }

    /** « Don — Caisse alimentaire », « Don — Cagnotte de l’épicerie ». */
    @Override
    public String label(TicketLine line) {
        return DonationRequest.fundOf(line.getKindReference()) != null ? "Don — Caisse alimentaire"
                : "Don — Cagnotte de l’épicerie";
    }
}
