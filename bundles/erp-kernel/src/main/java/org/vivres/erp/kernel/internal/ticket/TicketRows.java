package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.kernel.internal.dal.Rows;
import org.vivres.erp.kernel.internal.dal.Rows.Column;

/**
 * Writes a sale's or a return's own rows — the ticket, its lines, VAT table and payments — each table with one
 * statement (see {@link Rows}), instead of an entity insert per row: a 20-line checkout spent most of its server
 * time in Hibernate's insert actions and dirty checks. The entities returned are those the rows were made from.
 */
@Component(service = TicketRows.class)
public final class TicketRows {
    private static final List<Column<Ticket>> TICKET = List.of(
            new Column<>("kind", "text", Ticket::getKind),
            new Column<>("household_id", "uuid", Ticket::getHousehold),
            new Column<>("original_ticket_id", "uuid", Ticket::getOriginalTicket),
            new Column<>("ticket_date", "date", Ticket::getTicketDate),
            new Column<>("total", "numeric", Ticket::getTotal),
            new Column<>("request_hash", "text", Ticket::getRequestHash));

    private static final List<Column<TicketLine>> LINE = List.of(
            new Column<>("ticket_id", "uuid", TicketLine::getTicket),
            new Column<>("line_no", "int4", TicketLine::getLineNo),
            new Column<>("line_kind", "text", TicketLine::getLineKind),
            new Column<>("product_id", "uuid", TicketLine::getProduct),
            new Column<>("kind_reference", "text", TicketLine::getKindReference),
            new Column<>("quantity", "numeric", TicketLine::getQuantity),
            new Column<>("reference_price", "numeric", TicketLine::getReferencePrice),
            new Column<>("unit_price", "numeric", TicketLine::getUnitPrice),
            new Column<>("line_amount", "numeric", TicketLine::getLineAmount),
            new Column<>("price_rule", "text", TicketLine::getPriceRule),
            new Column<>("sold_line_id", "uuid", TicketLine::getSoldLine),
            new Column<>("vat_rate", "numeric", TicketLine::getVatRate),
            new Column<>("label", "text", TicketLine::getLabel));

    private static final List<Column<TicketVat>> VAT = List.of(
            new Column<>("ticket_id", "uuid", TicketVat::getTicket),
            new Column<>("rate", "numeric", v -> v.row().rate()),
            new Column<>("base", "numeric", v -> v.row().base()),
            new Column<>("vat", "numeric", v -> v.row().vat()),
            new Column<>("total", "numeric", v -> v.row().total()));

    private static final List<Column<Payment>> PAYMENT = List.of(
            new Column<>("ticket_id", "uuid", Payment::getTicket),
            new Column<>("method", "text", Payment::getMethod),
            new Column<>("amount", "numeric", Payment::getAmount));

    private final Rows rows;

    @Activate
    public TicketRows(@Reference Rows rows) {
        this.rows = rows;
    }

    /**
     * The ticket's number, {@code T} and at least 8 digits, drawn from its sequence by the ticket's insert itself
     * rather than by a statement before it (gapless enough: a rolled-back ticket leaves a hole, as before). The
     * sequence is read once: PostgreSQL does not fold a subquery with a volatile value into its outer select.
     */
    private static final String DOCUMENT_NO = "select 'T' || lpad(n::text, greatest(8, length(n::text)), '0') "
            + "as document_no from (select nextval('erp_ticket_document_no') as n) s";

    /**
     * Writes the row of {@code unnumbered} (its document number not yet known) now, numbering it in the same
     * statement: a concurrent duplicate of its id waits here, then fails and is retried.
     *
     * @return the ticket as written, with its number
     */
    Ticket ticket(Ticket unnumbered) {
        rows.stamp(unnumbered);
        String documentNo = rows.insertDrawing("erp_ticket", TICKET, unnumbered, "document_no", DOCUMENT_NO);
        Ticket ticket = new Ticket(unnumbered.getId(), unnumbered.getKind(), unnumbered.getOrganization(),
                unnumbered.getHousehold(), unnumbered.getOriginalTicket(), unnumbered.getTicketDate(), documentNo,
                unnumbered.getTotal(), unnumbered.getRequestHash());
        ticket.written(unnumbered.getCreatedBy(), unnumbered.getCreatedAt());
        return ticket;
    }

    /** Writes the lines, in their order. */
    List<TicketLine> lines(List<TicketLine> lines) {
        rows.insert("erp_ticket_line", LINE, rows.stampAll(lines));
        return lines;
    }

    /** Writes the VAT table of {@code lines} of {@code ticket}. */
    List<VatTable.Row> vat(Ticket ticket, List<TicketLine> lines) {
        List<VatTable.Row> table = VatRates.table(lines);
        rows.insert("erp_ticket_vat", VAT, rows.stampAll(table.stream()
                .map(row -> new TicketVat(ticket.getId(), ticket.getOrganization(), row)).toList()));
        return table;
    }

    /**
     * A payment of ticket {@code ticket} made now, as saved (its creation instant orders it among the ticket's),
     * to be written with the others by {@link #payments}.
     */
    Payment payment(UUID ticket, UUID organization, String method, BigDecimal amount) {
        return rows.stamp(new Payment(ticket, organization, method, amount));
    }

    /** Writes the payments made by {@link #payment}, in their order. */
    List<Payment> payments(List<Payment> payments) {
        rows.insert("erp_payment", PAYMENT, payments);
        return payments;
    }
}
