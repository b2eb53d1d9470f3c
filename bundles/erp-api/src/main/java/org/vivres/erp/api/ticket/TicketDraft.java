package org.vivres.erp.api.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ticket priced and about to be stored.
 *
 * @param id             the ticket id (the client's, or a new one)
 * @param kind           {@code SALE} or {@code RETURN}
 * @param organization   the store
 * @param household      the household, or {@code null}
 * @param originalTicket for a return, the sale it returns
 * @param date           the ticket's date
 * @param lines          the priced lines
 * @param total          the sum of the line amounts
 * @param payments       the payments asked for
 */
public record TicketDraft(UUID id, String kind, UUID organization, UUID household, UUID originalTicket,
        LocalDate date, List<PricedLine> lines, BigDecimal total, List<PaymentRequest> payments) {
    public TicketDraft {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }
}
