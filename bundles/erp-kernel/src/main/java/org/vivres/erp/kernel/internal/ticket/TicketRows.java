package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.vivres.erp.kernel.internal.dal.SessionHolder;

/**
 * Writes a sale's or a return's own rows — the ticket, its lines, VAT table and payments — each table with one
 * statement (see {@link Rows}), instead of an entity insert per row: a 20-line checkout spent most of its server
 * time in Hibernate's insert actions and dirty checks. The entities returned are those the rows were made from.
 */
@Component(service = TicketRows.class)
public final class TicketRows {
    private static final List<Column<Ticket>> TICKET = List.of(
            new Column<>("document_no", "text", Ticket::getDocumentNo),
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
    private final SessionHolder sessions;

    @Activate
    public TicketRows(@Reference Rows rows, @Reference SessionHolder sessions) {
        this.rows = rows;
        this.sessions = sessions;
    }

    /** The next ticket number, from its sequence (gapless enough: a rolled-back ticket leaves a hole). */
    String nextDocumentNo() {
        // Plain JDBC: a native query would be parsed and mapped by Hibernate again for every ticket.
        long n = sessions.current().doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement("select nextval('erp_ticket_document_no')");
                    ResultSet row = next.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        return String.format("T%08d", n);
    }

    /** Writes the ticket's row now: a concurrent duplicate of its id waits here, then fails and is retried. */
    Ticket ticket(Ticket ticket) {
        rows.insert("erp_ticket", TICKET, List.of(rows.stamp(ticket)));
        return ticket;
    }

    /** Writes the lines, in their order. */
    List<TicketLine> lines(List<TicketLine> lines) {
        lines.forEach(rows::stamp);
        rows.insert("erp_ticket_line", LINE, lines);
        return lines;
    }

    /** Writes the VAT table of {@code lines} of {@code ticket}. */
    List<VatTable.Row> vat(Ticket ticket, List<TicketLine> lines) {
        List<VatTable.Row> table = VatRates.table(lines);
        rows.insert("erp_ticket_vat", VAT, table.stream()
                .map(row -> rows.stamp(new TicketVat(ticket.getId(), ticket.getOrganization(), row))).toList());
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
