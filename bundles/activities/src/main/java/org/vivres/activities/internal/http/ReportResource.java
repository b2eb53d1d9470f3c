package org.vivres.activities.internal.http;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.ActivityData;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Product;
import org.vivres.erp.api.model.TicketLine;

/**
 * {@code GET /api/activities/{id}/report}: the "effets utiles" a store shows its funders — who
 * came to each session, the fees collected, and what the activity's offers sold against the
 * reference (market) value of the same goods.
 */
@Component(service = ApiResource.class)
public final class ReportResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;

    record Report(Views.ActivityView activity, List<SessionLine> sessions, List<ProductLine> productsSold) {
    }

    record SessionLine(UUID id, OffsetDateTime startsAt, int capacity, long registrations, long attendance,
            BigDecimal feesCollected) {
    }

    /**
     * @param referenceValue the same quantities at the reference price
     * @param valueGiven     {@code referenceValue − amount}: what the households did not have to pay
     */
    record ProductLine(UUID product, String name, BigDecimal quantity, BigDecimal amount, BigDecimal referenceValue,
            BigDecimal valueGiven) {
    }

    @Activate
    public ReportResource(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data) {
        this.dal = dal;
        this.context = context;
        this.data = data;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/activities/{id}/report", this::report, Role.MANAGER);
    }

    private Object report(ApiRequest request) {
        Activity activity = Check.found(dal.get(Activity.class, request.pathId("id")), "activité");
        context.checkAccess(activity.getOrganization());
        List<ActivitySession> sessions = dal.query(ActivitySession.class, "e.activity = :a",
                Map.of("a", activity.getId())).orderBy("e.startsAt, e.id").list();
        List<UUID> ids = sessions.stream().map(ActivitySession::getId).toList();
        Map<UUID, Long> registrations = data.registrationsBySession(ids);
        Map<UUID, Long> attendance = data.attendanceBySession(ids);
        Map<UUID, BigDecimal> fees = data.feesCollectedBySession(ids);
        List<SessionLine> lines = sessions.stream().map(s -> new SessionLine(s.getId(), s.getStartsAt(),
                s.getCapacity(), registrations.getOrDefault(s.getId(), 0L), attendance.getOrDefault(s.getId(), 0L),
                Money.euros(fees.getOrDefault(s.getId(), Money.ZERO)))).toList();
        return new Report(Views.ActivityView.of(activity), lines, productsSold(activity));
    }

    /** Lines priced by the activity's offers (returns included, negative), per product. */
    private List<ProductLine> productsSold(Activity activity) {
        List<String> rules = dal.query(ActivityOffer.class, "e.activity = :a", Map.of("a", activity.getId())).list()
                .stream().map(ActivityOffer::priceRule).toList();
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = dal.select("select l.product, sum(l.quantity), sum(l.lineAmount),"
                + " sum(l.referencePrice * l.quantity) from " + TicketLine.class.getName()
                + " l where l.organization = :org and l.priceRule in :rules group by l.product", Object[].class,
                Map.of("org", activity.getOrganization(), "rules", rules));
        List<ProductLine> sold = new ArrayList<>();
        for (Object[] row : rows) {
            UUID productId = (UUID) row[0];
            Product product = dal.get(Product.class, productId);
            BigDecimal amount = Money.euros((BigDecimal) row[2]);
            BigDecimal referenceValue = Money.euros((BigDecimal) row[3]);
            sold.add(new ProductLine(productId, product == null ? null : product.getName(),
                    Money.quantity((BigDecimal) row[1]), amount, referenceValue, referenceValue.subtract(amount)));
        }
        sold.sort((a, b) -> String.valueOf(a.name()).compareTo(String.valueOf(b.name())));
        return sold;
    }
}
