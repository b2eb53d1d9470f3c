package org.vivres.erp.api.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a {@link LinePriceRule} knows of the ticket being priced.
 *
 * @param organization the store
 * @param household    the household, {@code null} for an anonymous sale. While a ticket is recorded for it, the
 *                     kernel holds its row locked ({@code for update}) from before the first line is priced to the
 *                     transaction's end: rules that read what it bought (a monthly cap, an allowance) take turns
 *                     per household without locking anything themselves
 * @param date         the ticket's date
 * @param earlierLines the lines of this ticket priced so far, in order
 * @param memo         what the rules remember during this ticket's pricing, shared by all its lines
 * @param ignoringLimits true when the kernel asks for the lowest price the rule could have proposed on {@code date}
 *                     whatever the limits that depend on what was sold before (a monthly cap, an allowance already
 *                     used): it bounds what a till that sold offline, from what it had cached, could have charged.
 *                     A rule then leaves those limits out, proposes for the whole line, and locks nothing
 *                     (since 1.3)
 * @since 1.1
 */
public record PricingContext(UUID organization, UUID household, LocalDate date, List<PricedLine> earlierLines,
        PricingMemo memo, boolean ignoringLimits) {
    public PricingContext {
        earlierLines = List.copyOf(earlierLines);
        Objects.requireNonNull(memo, "memo");
    }

    /** The context of a ticket being priced, its limits applied. */
    public PricingContext(UUID organization, UUID household, LocalDate date, List<PricedLine> earlierLines,
            PricingMemo memo) {
        this(organization, household, date, earlierLines, memo, false);
    }

    /** A context with a memo of its own, for pricing a single line. */
    public PricingContext(UUID organization, UUID household, LocalDate date, List<PricedLine> earlierLines) {
        this(organization, household, date, earlierLines, new PricingMemo());
    }
}
