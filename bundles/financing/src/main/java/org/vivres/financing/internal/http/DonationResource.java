package org.vivres.financing.internal.http;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.Stock;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Routes;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.DonationLine;
import org.vivres.financing.internal.model.Donor;

/**
 * {@code /api/donations}: gifts received by a store or hub — goods into stock, each line valued; equipment; money.
 * Managers of the organization record them; every user of it reads them, with the period's totals per kind.
 */
@Component(service = ApiResource.class)
public final class DonationResource implements ApiResource {
    private static final String TOTALS = "select e.kind, sum(e.value), count(e) from "
            + Donation.class.getName() + " e where ";

    private final Dal dal;
    private final ErpContext context;
    private final DonationRecorder recorder;

    /** The answer of a list: the page of donations and the totals of every donation the filter matches. */
    record DonationList(List<Views.DonationView> items, Map<String, Object> totals) {
    }

    @Activate
    public DonationResource(@Reference Dal dal, @Reference ErpContext context, @Reference Stock stock) {
        this.dal = dal;
        this.context = context;
        this.recorder = new DonationRecorder(dal, context, stock);
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/donations", this::create, Role.MANAGER);
        routes.get("/api/donations", this::list);
        routes.get("/api/donations/{id}", this::get);
    }

    private Object create(ApiRequest request) {
        return ApiResponse.created(recorder.record(request.body(DonationRecorder.NewDonation.class)));
    }

    private Object list(ApiRequest request) {
        Scope scope = new Scope(request.queryId("organization"), context)
                .and(request.queryDate("from"), "e.receivedOn >= :from", "from")
                .and(request.queryDate("to"), "e.receivedOn <= :to", "to")
                .and(request.queryId("donor"), "e.donor = :donor", "donor")
                .and(request.query("kind").map(k -> Check.oneOf(k, "kind", Donation.KINDS)), "e.kind = :kind", "kind");
        List<Donation> page = dal.query(Donation.class, scope.where(), scope.params())
                .orderBy("e.receivedOn desc, e.createdAt desc, e.id").limit(request.limit()).offset(request.offset())
                .list();
        return new DonationList(views(page), totals(scope));
    }

    private Object get(ApiRequest request) {
        Donation donation = Check.found(dal.get(Donation.class, request.pathId("id")), "don");
        return views(List.of(donation)).get(0);
    }

    /** The donations with their donors and lines, read with one statement each whatever the page's size. */
    private List<Views.DonationView> views(List<Donation> donations) {
        if (donations.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = donations.stream().map(Donation::getId).toList();
        Map<UUID, List<DonationLine>> lines = dal.query(DonationLine.class, "e.donation in (:ids)", Map.of("ids", ids))
                .orderBy("e.donation, e.lineNo").list().stream()
                .collect(Collectors.groupingBy(DonationLine::getDonation, LinkedHashMap::new, Collectors.toList()));
        // a donor is the donation's organization's or the network's: readable by whoever reads the donation
        Map<UUID, Donor> donors = dal.get(Donor.class, donations.stream().map(Donation::getDonor).distinct().toList());
        return donations.stream().map(d -> Views.DonationView.of(d, donors.get(d.getDonor()),
                lines.getOrDefault(d.getId(), List.of()))).toList();
    }

    /** Per kind (GOODS, EQUIPMENT, MONEY, each present even at zero), the count and value, and the whole. */
    private Map<String, Object> totals(Scope scope) {
        Map<String, Object> totals = new LinkedHashMap<>();
        Donation.KINDS.forEach(k -> totals.put(k, Map.of("count", 0L, "value", Money.ZERO)));
        BigDecimal all = Money.ZERO;
        long count = 0;
        for (Object[] row : dal.select(TOTALS + scope.where() + " group by e.kind", Object[].class, scope.params())) {
            BigDecimal value = Money.euros((BigDecimal) row[1]);
            long n = ((Number) row[2]).longValue();
            totals.put((String) row[0], Map.of("count", n, "value", value));
            all = all.add(value);
            count += n;
        }
        totals.put("count", count);
        totals.put("value", all);
        return totals;
    }
}
