package org.vivres.erp.api.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a {@link LinePriceRule} knows of the ticket being priced.
 *
 * @param organization the store
 * @param household    the household, {@code null} for an anonymous sale
 * @param date         the ticket's date
 * @param earlierLines the lines of this ticket priced so far, in order
 */
public record PricingContext(UUID organization, UUID household, LocalDate date, List<PricedLine> earlierLines) {
    public PricingContext {
        earlierLines = List.copyOf(earlierLines);
    }
}
