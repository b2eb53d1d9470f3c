package org.vivres.erp.kernel.internal.ticket;

import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.ticket.PaymentMethod;
import org.vivres.erp.api.ticket.PaymentRequest;
import org.vivres.erp.api.ticket.TicketDraft;

/** Cash and card: the till records them; the money is in the drawer or at the bank. */
final class BuiltinPayments {
    private BuiltinPayments() {
    }

    /** {@code CASH}; also where refunds go that no other method takes back. */
    @Component(service = PaymentMethod.class)
    public static final class Cash implements PaymentMethod {
        @Override
        public String code() {
            return "CASH";
        }

        @Override
        public Optional<String> label(Locale locale) {
            return Optional.of(Labels.words(locale, "Espèces", "Cash"));
        }

        @Override
        public void authorize(TicketDraft ticket, PaymentRequest payment) {
            // Accepted as declared by the cashier.
        }
    }

    /** {@code CARD}, authorised by the card terminal beside the till. */
    @Component(service = PaymentMethod.class)
    public static final class Card implements PaymentMethod {
        @Override
        public String code() {
            return "CARD";
        }

        @Override
        public Optional<String> label(Locale locale) {
            return Optional.of(Labels.words(locale, "Carte", "Card"));
        }

        @Override
        public void authorize(TicketDraft ticket, PaymentRequest payment) {
            // The terminal has already said yes when the cashier records it.
        }
    }
}
