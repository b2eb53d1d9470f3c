package org.vivres.erp.kernel.internal.ticket;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LinePriceRule;
import org.vivres.erp.api.ticket.PaymentMethod;

/**
 * The words printed for a payment method or a line's price rule, asked of the bundle that owns it (its
 * {@link PaymentMethod#label} or {@link LinePriceRule#label}) in the reader's language: the kernel names no
 * capability's code. A code nobody claims (its bundle stopped or removed) prints as itself.
 */
@Component(service = Labels.class)
public final class Labels {
    private final TicketExtensions extensions;

    @Activate
    public Labels(@Reference TicketExtensions extensions) {
        this.extensions = extensions;
    }

    /** The method's words as its bundle gives them (« Espèces », « Food fund »), while it runs; else the code. */
    public String method(String code, Locale locale) {
        return extensions.method(code).flatMap(m -> asked(() -> m.label(locale))).orElse(code);
    }

    /**
     * What set {@code line}'s price: « Prix de référence » for the reference price, else the words of the first rule
     * that claims its code (« Tarif solidaire 30 % »), else the code.
     */
    public String rule(TicketLine line, Locale locale) {
        String rule = line.getPriceRule();
        if (rule == null || "REFERENCE".equals(rule)) {
            return words(locale, "Prix de référence", "Reference price");
        }
        for (LinePriceRule owner : extensions.rules()) {
            Optional<String> label = asked(() -> owner.label(line, locale));
            if (label.isPresent()) {
                return label.get();
            }
        }
        return rule;
    }

    /** {@code french}, or {@code english} when the reader reads English. */
    static String words(Locale locale, String french, String english) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : french;
    }

    /** A bundle's words, empty when it has none or fails to say: a receipt still prints, with the code. */
    private static Optional<String> asked(Supplier<Optional<String>> label) {
        try {
            return label.get().filter(s -> !s.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
