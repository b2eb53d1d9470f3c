package org.vivres.financing.internal;

import java.math.BigDecimal;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.ticket.PaymentRequest;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.TicketDraft;
import org.vivres.erp.api.ticket.TicketHook;

/**
 * The caisse alimentaire pays food, never a gift: a sale paid by the caisse ({@code CAISSE}, API.md) carrying a
 * donation must have the donation covered by its other payments. The caisse counts only eligible products in what it
 * may pay, so a donation is already out of its reach; this tells the cashier why, before the caisse's own refusal.
 */
@Component(service = TicketHook.class)
public final class CagnotteHook implements TicketHook {
    static final String CAISSE = "CAISSE";

    @Override
    public void beforeSave(TicketDraft ticket) {
        if (!Ticket.SALE.equals(ticket.kind())
                || ticket.payments().stream().noneMatch(p -> CAISSE.equals(p.method()))) {
            return;
        }
        BigDecimal gifts = ticket.lines().stream().filter(l -> DonationRequest.FIELD.equals(l.lineKind()))
                .map(PricedLine::lineAmount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal others = ticket.payments().stream().filter(p -> !CAISSE.equals(p.method()))
                .map(PaymentRequest::amount).reduce(Money.ZERO, BigDecimal::add);
        if (gifts.signum() > 0 && others.compareTo(gifts) < 0) {
            throw Refusals.unprocessable("DONATION_PAID_BY_CAISSE", gifts.toPlainString());
        }
    }
}
