package org.vivres.erp.kernel.internal.ticket;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;

/**
 * {@code sales-journal} ({@code organization}, {@code from}, {@code to}: today by default): the store's journal as
 * {@code GET /api/tickets/journal} reads it, printed for the closing of the till — each ticket with its payments,
 * then the sales, the returns and what each payment method took in.
 */
@Component
public final class SalesJournalReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("documentNo", "time", "kind", "total", "payments");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ErpContext context;
    private final SalesJournal journal;
    private final Labels labels;

    @Activate
    public SalesJournalReportSource(@Reference ErpContext context, @Reference SalesJournal journal,
            @Reference Labels labels) {
        this.context = context;
        this.journal = journal;
        this.labels = labels;
    }

    @Override
    public String name() {
        return "sales-journal";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        ReportQuery.requireRole(context, Role.CASHIER, Role.MANAGER);
        UUID organization = ReportQuery.id(parameters, "organization");
        LocalDate from = ReportQuery.date(parameters, "from").orElse(StoreCalendar.today());
        SalesJournal.Journal j = journal.read(organization, from, ReportQuery.date(parameters, "to").orElse(from));
        Map<String, Object> header = new HashMap<>();
        header.put("store", j.store());
        // the period as words: a date parameter would be printed in the server's zone, not the stores'
        header.put("period", j.from().equals(j.to()) ? "le " + DAY.format(j.from())
                : "du " + DAY.format(j.from()) + " au " + DAY.format(j.to()));
        header.put("salesCount", j.sales().count());
        header.put("salesTotal", j.sales().total());
        header.put("returnsCount", j.returns().count());
        header.put("returnsTotal", j.returns().total());
        header.put("net", j.net());
        // each method as its bundle names it in the reader's language (« Caisse alimentaire », « Food fund »)
        Locale locale = context.locale();
        header.put("payments", j.payments().stream().map(m -> Map.<String, Object>of("method",
                labels.method(m.method(), locale), "amount", m.amount(), "tickets", m.tickets())).toList());
        header.put("vat", ReceiptHeader.vatRows(j.byVatRate()));
        List<Map<String, Object>> rows = j.tickets().stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("documentNo", t.documentNo());
            row.put("time", t.createdAt());
            row.put("kind", t.kind());
            row.put("total", t.total());
            // one column for the CSV: "CASH 10.00 CARD 5.00"
            row.put("payments", t.payments().stream().map(p -> p.method() + " " + p.amount().toPlainString())
                    .collect(Collectors.joining(" ")));
            row.put("paymentsText", t.payments().stream().map(p -> labels.method(p.method(), locale)
                    + " " + euros(p.amount())).collect(Collectors.joining(" · ")));
            return row;
        }).toList();
        return new ReportData(header, COLUMNS, rows);
    }

    private static String euros(java.math.BigDecimal amount) {
        return new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRENCH)).format(amount);
    }

}
