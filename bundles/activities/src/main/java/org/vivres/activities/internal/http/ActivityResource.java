package org.vivres.activities.internal.http;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.activities.internal.ActivityData;
import org.vivres.activities.internal.Refusals;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.activities.internal.model.ActivitySessionTierFee;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.TierDirectory;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Product;

/**
 * {@code /api/activities}: a store's activities, their sessions (with a fee per tier) and the
 * product offers attached to them. Managers of the store create them; every user of the store reads.
 */
@Component(service = ApiResource.class)
public final class ActivityResource implements ApiResource {
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_DAYS = 366;

    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;

    record NewActivity(String name, String kind, UUID organization) {
    }

    record NewSession(OffsetDateTime startsAt, Integer capacity, BigDecimal fee, Map<String, BigDecimal> tierFees) {
    }

    record NewOffer(UUID product, BigDecimal unitPrice, BigDecimal maxQuantityPerHousehold,
            Integer validDaysAroundSession) {
    }

    /** Pricing's tiers, to check the codes of tier fees; absent without the pricing bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TierDirectory tierDirectory;

    @Activate
    public ActivityResource(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data) {
        this.dal = dal;
        this.context = context;
        this.data = data;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/activities", this::create, Role.MANAGER);
        routes.get("/api/activities", this::list);
        routes.get("/api/activities/{id}", this::get);
        routes.post("/api/activities/{id}/sessions", this::createSession, Role.MANAGER);
        routes.post("/api/activities/{id}/offers", this::createOffer, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewActivity body = request.body(NewActivity.class);
        String name = Check.text(body.name(), "name", 200);
        String kind = Check.oneOf(body.kind(), "kind", Activity.KINDS);
        UUID org = Check.required(body.organization(), "organization");
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        return ApiResponse.created(Views.ActivityView.of(dal.save(new Activity(name, kind, org))));
    }

    private Object list(ApiRequest request) {
        StringBuilder where = new StringBuilder("1=1");
        Map<String, Object> params = new HashMap<>();
        request.queryId("organization").ifPresent(org -> {
            context.checkAccess(org);
            where.append(" and e.organization = :org");
            params.put("org", org);
        });
        request.query("kind").ifPresent(kind -> {
            where.append(" and e.kind = :kind");
            params.put("kind", Check.oneOf(kind, "kind", Activity.KINDS));
        });
        return Items.of(dal.query(Activity.class, where.toString(), params).orderBy("e.name, e.id")
                .limit(request.limit()).offset(request.offset()).list().stream().map(Views.ActivityView::of).toList());
    }

    /** The activity with its sessions (oldest first) and offers. */
    private Object get(ApiRequest request) {
        Activity activity = find(request);
        List<ActivitySession> sessions = dal.query(ActivitySession.class, "e.activity = :a",
                Map.of("a", activity.getId())).orderBy("e.startsAt, e.id").list();
        Map<UUID, Long> counts = data.registrationsBySession(sessions.stream().map(ActivitySession::getId).toList());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", activity.getId());
        view.put("name", activity.getName());
        view.put("kind", activity.getKind());
        view.put("organization", activity.getOrganization());
        view.put("sessions", sessions.stream().map(s -> sessionView(s, counts.getOrDefault(s.getId(), 0L))).toList());
        view.put("offers", dal.query(ActivityOffer.class, "e.activity = :a", Map.of("a", activity.getId()))
                .orderBy("e.createdAt, e.id").list().stream().map(Views.OfferView::of).toList());
        return view;
    }

    private Activity find(ApiRequest request) {
        Activity activity = Check.found(dal.get(Activity.class, request.pathId("id")), "activité");
        context.checkAccess(activity.getOrganization());
        return activity;
    }

    private Views.SessionView sessionView(ActivitySession s, long registrations) {
        return new Views.SessionView(s.getId(), s.getActivity(), s.getStartsAt(), s.getCapacity(), s.getFee(),
                data.tierFees(s.getId()), registrations);
    }

    private Object createSession(ApiRequest request) {
        NewSession body = request.body(NewSession.class);
        Activity activity = find(request);
        OffsetDateTime startsAt = Check.required(body.startsAt(), "startsAt");
        int capacity = Check.required(body.capacity(), "capacity");
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw Refusals.badRequest("INVALID_CAPACITY", "capacity", MAX_CAPACITY);
        }
        BigDecimal fee = Check.amount(body.fee(), "fee");
        Map<String, BigDecimal> tierFees = new LinkedHashMap<>();
        if (body.tierFees() != null) {
            body.tierFees().forEach((tier, tierFee) -> {
                String code = tier == null ? "" : tier.strip();
                if (code.isEmpty() || code.length() > 64 || code.chars().anyMatch(c -> c < 0x20)) {
                    throw Refusals.badRequest("INVALID_TIER_CODE", code);
                }
                tierFees.put(code, Check.amount(tierFee, "tierFees." + code));
            });
        }
        checkTiers(tierFees.keySet(), activity.getOrganization());
        ActivitySession session = dal.save(new ActivitySession(activity, startsAt, capacity, fee));
        tierFees.forEach((code, tierFee) -> dal.save(new ActivitySessionTierFee(session, code, tierFee)));
        dal.flush();
        return ApiResponse.created(sessionView(session, 0));
    }

    /**
     * Each fee's tier must exist for the activity's store, exactly as written: a fee for {@code p1} when the tier is
     * {@code P1} never applies and the household pays the full fee. Without pricing no code can be checked.
     */
    private void checkTiers(Iterable<String> codes, UUID organization) {
        TierDirectory directory = tierDirectory;
        for (String code : codes) {
            if (directory == null) {
                throw TierDirectory.unavailable();
            }
            directory.require(code, organization);
        }
    }

    private Object createOffer(ApiRequest request) {
        NewOffer body = request.body(NewOffer.class);
        Activity activity = find(request);
        UUID productId = Check.required(body.product(), "product");
        Product product = Check.found(dal.get(Product.class, productId), "produit " + productId);
        BigDecimal unitPrice = Check.amount(body.unitPrice(), "unitPrice");
        BigDecimal max = Check.quantity(body.maxQuantityPerHousehold(), "maxQuantityPerHousehold");
        if (!product.isMeasured() && max.stripTrailingZeros().scale() > 0) {
            throw Check.invalid("INVALID_QUANTITY", "maxQuantityPerHousehold");
        }
        int days = Check.required(body.validDaysAroundSession(), "validDaysAroundSession");
        if (days < 0 || days > MAX_DAYS) {
            throw Refusals.badRequest("INVALID_DAYS", "validDaysAroundSession", MAX_DAYS);
        }
        long existing = dal.query(ActivityOffer.class, "e.activity = :a and e.product = :p",
                Map.of("a", activity.getId(), "p", product.getId())).count();
        if (existing > 0) {
            throw Refusals.conflict("OFFER_ALREADY_EXISTS");
        }
        ActivityOffer offer = dal.save(new ActivityOffer(activity, product.getId(), unitPrice, max, days));
        return ApiResponse.created(Views.OfferView.of(offer));
    }
}
