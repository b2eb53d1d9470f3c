package org.vivres.procurement.internal.report;

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
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.report.ReportData;
import org.vivres.erp.api.report.ReportSource;
import org.vivres.procurement.internal.model.Allocation;
import org.vivres.procurement.internal.model.Round;

/**
 * The data of report {@code procurement-allocation} ({@code GET /api/reports/procurement-allocation?round=}):
 * what each store got of each product of an allocated round (no rows before), sorted by store then product
 * name. As {@code GET /api/procurement/rounds/{id}}: the hub's managers and network admins see every
 * store's allocations, a store's manager only their store's.
 */
@Component
public final class AllocationReportSource implements ReportSource {
    static final List<String> COLUMNS = List.of("organization", "product", "needed", "allocated", "amount");

    private final Dal dal;
    private final ErpContext context;
    private final ReportReads reads;

    @Activate
    public AllocationReportSource(@Reference Dal dal, @Reference ErpContext context, @Reference ReportReads reads) {
        this.dal = dal;
        this.context = context;
        this.reads = reads;
    }

    @Override
    public String name() {
        return "procurement-allocation";
    }

    @Override
    public ReportData data(Map<String, String> parameters) {
        Round round = reads.round(parameters);
        boolean hubSide = reads.isHubSide(round);
        String where = hubSide ? "e.round = :r" : "e.round = :r and e.organization = :me";
        Map<String, Object> params = hubSide ? Map.of("r", round.getId())
                : Map.of("r", round.getId(), "me", context.organization());
        List<Allocation> allocations = reads.asAdmin(() -> dal.query(Allocation.class, where, params).list());

        Map<UUID, String> stores = new HashMap<>();
        allocations.forEach(a -> stores.computeIfAbsent(a.getStore(), reads::organizationName));
        Map<UUID, String> products = reads.productNames(allocations.stream().map(Allocation::getProduct).toList());
        List<Map<String, Object>> rows = new ArrayList<>(allocations.size());
        for (Allocation a : allocations) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("organization", stores.get(a.getStore()));
            row.put("product", products.get(a.getProduct()));
            row.put("needed", a.getNeeded());
            row.put("allocated", a.getAllocated());
            row.put("amount", a.getAmount());
            rows.add(row);
        }
        Comparator<String> byName = ReportReads.byName();
        rows.sort(Comparator.<Map<String, Object>, String>comparing(r -> (String) r.get("organization"), byName)
                .thenComparing(r -> (String) r.get("product"), byName));

        Map<String, Object> header = new HashMap<>();
        header.put("round", round.getName());
        String hub = reads.organizationName(round.getHub());
        if (hub != null) {
            header.put("hub", hub);
        }
        return new ReportData(header, COLUMNS, rows);
    }
}
