package org.vivres.erp.kernel.internal.till;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.erp.kernel.internal.fiscal.Sealer;
import org.vivres.erp.kernel.internal.http.JsonMapper;
import org.vivres.erp.kernel.internal.ticket.Labels;
import org.vivres.erp.kernel.internal.ticket.ReceiptHeader;
import org.vivres.erp.kernel.internal.ticket.VatTable;

/**
 * The data of report {@code closing}: the Z of a till session ({@code session}: CASHIER, MANAGER) or a store's
 * closing ({@code closing}: MANAGER), exactly as it was made — its stored figures, never recomputed — with the
 * store's legal identity. The rows are the lines per payment method. Another store's is not found (404), nor the Z
 * of a session still open.
 */
@Component
public final class ClosingReportSource implements ReportSource {
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };
    private static final List<String> COLUMNS = List.of("method", "expected", "counted", "difference", "total");
    private static final Map<String, String> KINDS = Map.of(ClosingPeriod.DAY, "journalière",
            ClosingPeriod.MONTH, "mensuelle", ClosingPeriod.YEAR, "annuelle");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectMapper mapper = JsonMapper.create();
    private final Dal dal;
    private final ErpContext context;
    private final Sealer sealer;
    private final Labels labels;

    @Activate
    public ClosingReportSource(@Reference Dal dal, @Reference ErpContext context, @Reference Sealer sealer,
            @Reference Labels labels) {
        this.dal = dal;
        this.context = context;
        this.sealer = sealer;
        this.labels = labels;
    }

    @Override
    public String name() {
        return "closing";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        if (parameters.get("closing") != null && !parameters.get("closing").isBlank()) {
            ReportQuery.requireRole(context, Role.MANAGER);
            return closing(Check.found(dal.get(Closing.class, ReportQuery.id(parameters, "closing")), "clôture"));
        }
        ReportQuery.requireRole(context, Role.CASHIER, Role.MANAGER);
        TillSession session = Check.found(dal.get(TillSession.class, ReportQuery.id(parameters, "session")),
                "session de caisse");
        TillZ z = Check.found(dal.query(TillZ.class, "e.session = :s", Map.of("s", session.getId())).uniqueResult(),
                "Z de la session");
        return z(session, z);
    }

    private ReportData z(TillSession session, TillZ z) {
        Map<String, Object> header = header(z.getOrganization(), z.getTickets(), z.getReturns(), z.getTotal());
        Till till = dal.get(Till.class, z.getTill());
        header.put("kind", "Z");
        header.put("seal", sealer.printedZSeal(z.getId()));
        header.put("title", "Z n° " + z.getNumber() + " — Caisse " + till.getNumber() + " (" + till.getName() + ")");
        header.put("openedAt", session.getOpenedAt());
        header.put("closedAt", z.getClosedAt());
        header.put("openedBy", session.getCreatedBy());
        header.put("closedBy", z.getCreatedBy());
        header.put("openingFloat", session.getOpeningFloat());
        ZFigures.Texts texts = z.texts();
        header.put("vat", vat(texts.byVatRate()));
        header.put("movements", rows(texts.cashMovements()));
        header.put("late", rows(texts.lateTickets()));
        return new ReportData(header, COLUMNS, amounts(rows(texts.byMethod())));
    }

    private ReportData closing(Closing c) {
        Map<String, Object> header = header(c.getOrganization(), c.getTickets(), c.getReturns(), c.getTotal());
        header.put("kind", c.getKind());
        header.put("seal", sealer.printedClosingSeal(c.getId()));
        header.put("title", "Clôture " + KINDS.get(c.getKind()) + " " + c.getPeriod());
        // the period as words: a date parameter would be printed in the server's zone, not the stores'
        header.put("period", c.getFirstDay().equals(c.getLastDay()) ? "Le " + DAY.format(c.getFirstDay())
                : "Du " + DAY.format(c.getFirstDay()) + " au " + DAY.format(c.getLastDay()));
        header.put("closedAt", c.getCreatedAt());
        header.put("closedBy", c.getCreatedBy());
        header.put("periodTotal", c.getPeriodTotal());
        header.put("perpetualTotal", c.getPerpetualTotal());
        header.put("vat", vat(c.byVatRate()));
        header.put("late", rows(c.lateTickets()));
        return new ReportData(header, COLUMNS, amounts(rows(c.byMethod())));
    }

    private Map<String, Object> header(java.util.UUID organization, int tickets, int returns, BigDecimal total) {
        Map<String, Object> header = new HashMap<>();
        ReceiptHeader.putStore(header, dal.get(Organization.class, organization));
        header.put("tickets", tickets);
        header.put("returns", returns);
        header.put("total", total);
        return header;
    }

    private List<Map<String, Object>> vat(String json) {
        return ReceiptHeader.vatRows(rows(json).stream().map(r -> new VatTable.Row(decimal(r.get("rate")),
                decimal(r.get("base")), decimal(r.get("vat")), decimal(r.get("total")))).toList());
    }

    /**
     * The lines per method with their amounts as numbers (stored as JSON texts): a CSV gives them as numbers; each
     * with its method's {@code label} as the method's bundle words it (not a CSV column: the code is the data).
     */
    private List<Map<String, Object>> amounts(List<Map<String, Object>> lines) {
        for (Map<String, Object> line : lines) {
            line.replaceAll((field, value) -> "method".equals(field) || value == null ? value : decimal(value));
            line.put("label", labels.method(String.valueOf(line.get("method")), context.locale()));
        }
        return lines;
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }

    /** A stored JSON list, each object's fields in their order (null values kept). */
    private List<Map<String, Object>> rows(String json) {
        try {
            return mapper.readValue(json, ROWS).stream().map(m -> (Map<String, Object>) new LinkedHashMap<>(m))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures that are not JSON", e);
        }
    }
}
