package org.vivres.erp.api.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a {@link LinePriceRule} knows of the ticket being priced.
 *
 * @param organization the store
 * @param household    the household, {@code null} for an anonymous sale
 * @param date         the ticket's date
 * @param earlierLines the lines of this ticket priced so far, in order
 * @param memo         what the rules remember during this ticket's pricing, shared by all its lines
 * @since 1.1
 */
public record PricingContext(UUID organization, UUID household, LocalDate date, List<PricedLine> earlierLines,
        PricingMemo memo) {
    public PricingContext {
        earlierLines = List.copyOf(earlierLines);
        Objects.requireNonNull(memo, "memo");
    }

    /** A context with a memo of its own, for pricing a single line. */
    public PricingContext(UUID organization, UUID household, LocalDate date, List<PricedLine> earlierLines) {
        this(organization, household, date, earlierLines, new PricingMemo());
    }
}
