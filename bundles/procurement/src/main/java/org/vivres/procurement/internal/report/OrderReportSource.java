package org.vivres.procurement.internal.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportQuery;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.procurement.internal.model.PurchaseOrder;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.model.Supplier;

/**
 * The data of report {@code procurement-order} ({@code GET /api/reports/procurement-order?round=&supplier=}):
 * the purchase order a closed round sends to one supplier, lines by product name. Readable by whoever
 * reads the round ({@code GET /api/procurement/rounds/{id}} shows its orders to the hub and its stores);
 * 404 when the round has no order to that supplier (not closed yet, or nothing ordered from it).
 * {@code unitPrice} is the price per unit of the product (kg, unit...), the pack price over the pack
 * size to the cent; the amount is the packs times the pack price, as ordered.
 */
@Component
public final class OrderReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("product", "packs", "packSize", "quantity", "unitPrice", "amount");

    private final Dal dal;
    private final ReportReads reads;

    @Activate
    public OrderReportSource(@Reference Dal dal, @Reference ReportReads reads) {
        this.dal = dal;
        this.reads = reads;
    }

    @Override
    public String name() {
        return "procurement-order";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        Round round = reads.round(parameters);
        UUID supplierId = ReportQuery.id(parameters, "supplier");
        PurchaseOrder order = Check.found(reads.asAdmin(() -> dal.query(PurchaseOrder.class,
                "e.round = :r and e.supplier = :s", Map.of("r", round.getId(), "s", supplierId)).uniqueResult()),
                "bon de commande");
        Map<String, Object> header = new HashMap<>();
        header.put("round", round.getName());
        Supplier supplier = dal.get(Supplier.class, supplierId);
        if (supplier != null) {
            header.put("supplier", supplier.getName());
        }
        String hub = reads.organizationName(round.getHub());
        if (hub != null) {
            header.put("hub", hub);
        }
        header.put("total", order.getTotal());
        return new ReportData(header, COLUMNS, rows(order));
    }

    private List<Map<String, Object>> rows(PurchaseOrder order) {
        List<PurchaseOrderLine> lines = reads.asAdmin(() -> dal.query(PurchaseOrderLine.class, "e.purchaseOrder = :o",
                Map.of("o", order.getId())).list());
        Map<UUID, String> names = reads.productNames(lines.stream().map(PurchaseOrderLine::getProduct).toList());
        List<Map<String, Object>> rows = new ArrayList<>(lines.size());
        for (PurchaseOrderLine line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("product", names.get(line.getProduct()));
            row.put("packs", line.getPacks());
            row.put("packSize", line.getPackSize());
            row.put("quantity", line.getQuantity());
            row.put("unitPrice", line.getPackPrice().divide(line.getPackSize(), 2, RoundingMode.HALF_UP));
            row.put("amount", line.getAmount());
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("product"), ReportReads.byName()));
        return rows;
    }
}
