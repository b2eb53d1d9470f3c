package org.vivres.procurement.internal.http;

import org.vivres.erp.api.StoreCalendar;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;
import org.vivres.procurement.internal.Refusals;
import org.vivres.procurement.internal.model.Round;

/**
 * {@code GET /api/procurement/demand?product=&months=12}: what the stores of the network needed of
 * a product, month by month (the month of each closed round's {@code closesAt}, network time),
 * from {@code months} months ago on, months without demand included: the basis of a crop plan
 * agreed with producers. Aggregated over stores, so any manager may read it.
 */
@Component
public final class DemandResource implements ApiResource {
    private static final int MAX_MONTHS = 120;

    private final Dal dal;

    record MonthDemand(String month, BigDecimal quantity, int stores) {
    }

    @Activate
    public DemandResource(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/procurement/demand", this::demand, Role.MANAGER);
    }

    private Object demand(ApiRequest request) {
        UUID productId = request.queryId("product").orElseThrow(() -> Check.invalid("FIELD_REQUIRED", "product"));
        int months = months(request.query("months").orElse("12"));
        Product product = Check.found(dal.get(Product.class, productId), "produit " + productId);
        YearMonth first = YearMonth.now(StoreCalendar.ZONE).minusMonths(months - 1L);
        OffsetDateTime from = first.atDay(1).atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime();
        // Aggregates across organizations on purpose; only sums and counts leave this method.
        List<Object[]> rows = dal.select("select r.closesAt, n.organization, n.quantity from ProcurementNeed n,"
                + " ProcurementRound r where n.round = r.id and n.product = :p and r.status <> :open"
                + " and r.closesAt >= :from", Object[].class,
                Map.of("p", product.getId(), "open", Round.OPEN, "from", from));
        Map<YearMonth, BigDecimal> quantities = new TreeMap<>();
        Map<YearMonth, Set<UUID>> stores = new TreeMap<>();
        YearMonth last = YearMonth.now(StoreCalendar.ZONE);
        for (Object[] row : rows) {
            YearMonth month = YearMonth.from(((OffsetDateTime) row[0]).atZoneSameInstant(StoreCalendar.ZONE));
            quantities.merge(month, (BigDecimal) row[2], BigDecimal::add);
            stores.computeIfAbsent(month, k -> new HashSet<>()).add((UUID) row[1]);
            last = month.isAfter(last) ? month : last;
        }
        List<MonthDemand> items = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            items.add(new MonthDemand(m.toString(), Money.quantity(quantities.getOrDefault(m, BigDecimal.ZERO)),
                    stores.getOrDefault(m, Set.of()).size()));
        }
        return Items.of(items);
    }

    private static int months(String value) {
        try {
            int months = Integer.parseInt(value.strip());
            if (months >= 1 && months <= MAX_MONTHS) {
                return months;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusals.badRequest("INVALID_MONTHS", "months", MAX_MONTHS);
    }
}
