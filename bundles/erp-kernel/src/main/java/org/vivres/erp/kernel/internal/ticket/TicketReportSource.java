package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Payment;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.erp.kernel.internal.fiscal.Sealer;
import org.vivres.erp.kernel.internal.till.Till;
import org.vivres.erp.kernel.internal.till.TillTicket;

/**
 * The data of report {@code ticket} (a receipt, {@code GET /api/reports/ticket?id=}): the ticket as
 * {@code GET /api/tickets/{id}} shows it, with product names, the store's legal identity, the till's number and the
 * cashier, each line's VAT rate code and the ticket's stored VAT table. Who may read the ticket there may print
 * it: cashiers and managers of its store (403 for other roles), a ticket of another store is not found (404).
 * The ticket is named by its id or, as people know it, by the number printed on it ({@code number}).
 */
@Component(service = {ReportSource.class, TicketReportSource.class})
public final class TicketReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("product", "quantity", "referencePrice", "unitPrice", "amount", "priceRule",
            "vatRate", "vatCode", "rule");

    private final Dal dal;
    private final ErpContext context;
    private final TicketExtensions extensions;
    private final Sealer sealer;
    private final Labels labels;

    @Activate
    public TicketReportSource(@Reference Dal dal, @Reference ErpContext context,
            @Reference TicketExtensions extensions, @Reference Sealer sealer, @Reference Labels labels) {
        this.dal = dal;
        this.context = context;
        this.extensions = extensions;
        this.sealer = sealer;
        this.labels = labels;
    }

    @Override
    public String name() {
        return "ticket";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.CASHIER, Role.MANAGER);
        Ticket ticket = byNumber(parameters.get("number"));
        if (ticket == null) {
            ticket = Check.found(dal.get(Ticket.class, ReportQuery.id(parameters, "id")), "ticket");
        }
        Map<String, Object> header = new HashMap<>();
        header.put("documentNo", ticket.getDocumentNo());
        header.put("seal", sealer.printedTicketSeal(ticket.getId()));
        header.put("kind", ticket.getKind());
        header.put("date", ticket.getCreatedAt());
        header.put("total", ticket.getTotal());
        header.put("cashier", ticket.getCreatedBy());
        ReceiptHeader.putStore(header, dal.get(Organization.class, ticket.getOrganization()));
        TillTicket onTill = dal.get(TillTicket.class, ticket.getId());
        Till till = onTill == null ? null : dal.get(Till.class, onTill.getTill());
        header.put("till", till == null ? 0 : till.getNumber()); // none: the store's till 0, the API's
        Household household = ticket.getHousehold() == null ? null : dal.get(Household.class, ticket.getHousehold());
        if (household != null && household.getReference() != null) {
            header.put("household", household.getReference());
        }
        Ticket original = ticket.getOriginalTicket() == null ? null : dal.get(Ticket.class, ticket.getOriginalTicket());
        if (original != null) {
            header.put("originalDocumentNo", original.getDocumentNo());
        }
        header.put("payments", dal.query(Payment.class, "e.ticket = :t", Map.of("t", ticket.getId()))
                .orderBy("e.createdAt").list().stream()
                .map(p -> Map.<String, Object>of("method", p.getMethod(), "label",
                        labels.method(p.getMethod(), context.locale()), "amount", p.getAmount())).toList());
        List<VatTable.Row> vat = dal.query(TicketVat.class, "e.ticket = :t", Map.of("t", ticket.getId())).list()
                .stream().map(TicketVat::row).sorted(java.util.Comparator.comparing(VatTable.Row::rate)).toList();
        header.put("vat", ReceiptHeader.vatRows(vat));
        return new ReportData(header, COLUMNS, lines(ticket, ReceiptHeader.codes(vat.stream()
                .map(VatTable.Row::rate).toList())));
    }

    /**
     * The ticket printed with {@code number} (any case, as {@code GET /api/tickets?documentNo=} reads it) among the
     * caller's organizations; null when no number is given, 404 {@code UNKNOWN_TICKET_NUMBER} when none has it.
     */
    private Ticket byNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String documentNo = number.strip().toUpperCase(Locale.ROOT);
        Ticket ticket = dal.query(Ticket.class, "e.documentNo = :no", Map.of("no", documentNo)).uniqueResult();
        if (ticket == null) {
            throw new ErpException(ErrorStatus.NOT_FOUND, "UNKNOWN_TICKET_NUMBER", TicketReportSource.class,
                    number.strip());
        }
        return ticket;
    }

    private List<Map<String, Object>> lines(Ticket ticket, Map<BigDecimal, String> codes) {
        List<TicketLine> lines = dal.query(TicketLine.class, "e.ticket = :t", Map.of("t", ticket.getId()))
                .orderBy("e.lineNo").list();
        Map<UUID, String> names = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(lines.size());
        for (TicketLine line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("product", line.getProduct() == null ? label(line)
                    : names.computeIfAbsent(line.getProduct(), this::productName));
            row.put("quantity", line.getQuantity());
            row.put("referencePrice", line.getReferencePrice());
            row.put("unitPrice", line.getUnitPrice());
            row.put("amount", line.getLineAmount());
            row.put("priceRule", line.getPriceRule());
            BigDecimal rate = line.getVatRate().setScale(2, RoundingMode.HALF_UP);
            row.put("vatRate", rate);
            row.put("vatCode", codes.get(rate));
            // What people read of the rule, in its owner's words (« Tarif solidaire 30 % »); the code stays for machines.
            row.put("rule", labels.rule(line, context.locale()));
            rows.add(row);
        }
        return rows;
    }

    private String productName(UUID id) {
        Product product = dal.get(Product.class, id);
        return product == null ? id.toString() : product.getName();
    }

    /** A line of a bundle's kind (an activity fee, say): what the kind names it, else its kind and reference. */
    private String label(TicketLine line) {
        String label = extensions.kind(line.getLineKind()).map(k -> k.label(line)).orElse(null);
        if (label != null) {
            return label;
        }
        return line.getKindReference() == null ? line.getLineKind() : line.getLineKind() + " " + line.getKindReference();
    }

}
