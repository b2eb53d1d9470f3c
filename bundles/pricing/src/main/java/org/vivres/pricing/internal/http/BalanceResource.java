package org.vivres.pricing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.pricing.internal.StoreDates;
import org.vivres.pricing.internal.calc.TierPricing;

/**
 * {@code GET /api/pricing/balance}: over a store's tier-priced lines of a period, what tiers below
 * the reference price gave away and what support prices above it collected. Per line the reference
 * amount is {@code referencePrice × quantity} half-up; a returned line (negative) takes back what
 * its sale counted.
 */
@Component
public final class BalanceResource implements ApiResource {
    // Dates outside any ticket when the period is open on one side.
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final String REFERENCE_AMOUNT = "round(l.referencePrice * l.quantity, 2)";
    private static final String BALANCE = "select"
            + " coalesce(sum(case when l.unitPrice < l.referencePrice then " + REFERENCE_AMOUNT
            + " - l.lineAmount else 0 end), 0),"
            + " coalesce(sum(case when l.unitPrice > l.referencePrice then l.lineAmount - "
            + REFERENCE_AMOUNT + " else 0 end), 0)"
            + " from " + TicketLine.class.getName() + " l, " + Ticket.class.getName() + " t"
            + " where t.id = l.ticket and t.organization = :org and l.organization = :org"
            + " and t.ticketDate >= :from and t.ticketDate <= :to and l.priceRule like :rule";

    private final Dal dal;
    private final ErpContext context;

    /** The answer, in euros. */
    record Balance(UUID organization, LocalDate from, LocalDate to, BigDecimal discountGiven,
            BigDecimal supportCollected, BigDecimal net) {
    }

    @Activate
    public BalanceResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/pricing/balance", this::balance, Role.MANAGER);
    }

    private Object balance(ApiRequest request) {
        UUID org = Check.required(request.queryId("organization").orElse(null), "organization");
        LocalDate from = request.queryDate("from").orElse(null);
        LocalDate to = request.queryDate("to").orElse(null);
        StoreDates.checkPeriod(from, to);
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        // Not filtered by the Dal: restricted to the store just checked.
        List<Object[]> rows = dal.select(BALANCE, Object[].class, Map.of("org", org,
                "from", from == null ? EARLIEST : from, "to", to == null ? LATEST : to,
                "rule", TierPricing.RULE_PREFIX + "%"));
        Object[] sums = rows.isEmpty() ? new Object[] {null, null} : rows.get(0);
        BigDecimal discount = euros(sums[0]);
        BigDecimal support = euros(sums[1]);
        return new Balance(org, from, to, discount, support, support.subtract(discount));
    }

    private static BigDecimal euros(Object sum) {
        return sum == null ? Money.ZERO : Money.euros(new BigDecimal(sum.toString()));
    }
}
