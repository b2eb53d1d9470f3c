package org.vivres.erp.kernel.internal.core;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.HouseholdFacet;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Household;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.persistence.PersonalDataHook;

/**
 * {@code /api/households}: card reference and size only; export of everything kept about a
 * household (with every bundle's part) and erasure that keeps tickets and ledgers anonymised.
 */
@Component
public final class HouseholdResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final List<HouseholdFacet> facets = new CopyOnWriteArrayList<>();
    private final List<PersonalDataHook> personalData = new CopyOnWriteArrayList<>();

    record NewHousehold(String reference, UUID organization, Integer size) {
    }

    @Activate
    public HouseholdResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFacet(HouseholdFacet facet) {
        facets.add(facet);
    }

    void removeFacet(HouseholdFacet facet) {
        facets.remove(facet);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPersonalData(PersonalDataHook hook) {
        personalData.add(hook);
    }

    void removePersonalData(PersonalDataHook hook) {
        personalData.remove(hook);
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/households", this::create, Role.MANAGER, Role.REFERRER);
        routes.get("/api/households", this::search);
        routes.get("/api/households/{id}", this::get);
        routes.get("/api/households/{id}/export", this::export, Role.MANAGER, Role.REFERRER);
        routes.delete("/api/households/{id}", this::erase, Role.MANAGER);
    }

    private Object create(ApiRequest request) {
        NewHousehold h = request.body(NewHousehold.class);
        String reference = Check.identifier(h.reference(), "reference", 64);
        UUID org = Check.required(h.organization(), "organization");
        int size = Check.required(h.size(), "size");
        if (size < 1 || size > 30) {
            throw Check.invalid("INVALID_SIZE", "size");
        }
        context.checkAccess(org);
        Check.found(dal.get(Organization.class, org), "organisation " + org);
        boolean taken = context.asAdmin(() ->
                dal.query(Household.class, "e.reference = :r", Map.of("r", reference)).count() > 0);
        if (taken) {
            throw Refusals.conflict("HOUSEHOLD_REFERENCE_TAKEN", reference);
        }
        return ApiResponse.created(view(dal.save(new Household(reference, size, org))));
    }

    private Object search(ApiRequest request) {
        // Normalised as at creation: a card typed with full-width digits finds its household.
        String reference = request.query("reference").map(r -> Check.identifier(r, "reference", 64)).orElse(null);
        if (reference != null) {
            // The card is in the cashier's hand: a member of one store may shop (and pay with the caisse) in
            // another. Only the exact card finds a household of another store; lists stay per store.
            return Items.of(context.asAdmin(() -> dal.query(Household.class, "e.reference = :r",
                    Map.of("r", reference)).list()).stream().map(this::view).toList());
        }
        return Items.of(dal.query(Household.class, "e.erasedAt is null", Map.of()).orderBy("e.reference")
                .limit(request.limit()).offset(request.offset()).list().stream().map(this::view).toList());
    }

    private Object get(ApiRequest request) {
        return view(find(request));
    }

    private Household find(ApiRequest request) {
        return Check.found(dal.get(Household.class, request.pathId("id")), "foyer");
    }

    private Map<String, Object> view(Household h) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", h.getId());
        view.put("reference", h.getReference());
        view.put("organization", h.getOrganization());
        view.put("size", h.getSize());
        view.put("erased", h.isErased());
        for (HouseholdFacet facet : facets) {
            Object value = facet.describe(h.getId());
            if (value != null) {
                view.put(facet.field(), value);
            }
        }
        return view;
    }

    private Object export(ApiRequest request) {
        Household h = find(request);
        Map<String, Object> export = new LinkedHashMap<>();
        Map<String, Object> household = new LinkedHashMap<>();
        household.put("id", h.getId());
        household.put("reference", h.getReference());
        household.put("size", h.getSize());
        household.put("organization", h.getOrganization());
        household.put("createdAt", h.getCreatedAt());
        household.put("erasedAt", h.getErasedAt());
        export.put("household", household);
        export.put("tickets", dal.query(Ticket.class, "e.household = :h", Map.of("h", h.getId()))
                .orderBy("e.createdAt").list().stream()
                .map(t -> Map.of("id", t.getId(), "documentNo", t.getDocumentNo(), "date", t.getTicketDate(),
                        "total", t.getTotal()))
                .toList());
        for (PersonalDataHook hook : personalData) {
            export.put(hook.section(), hook.export(h.getId()));
        }
        return export;
    }

    private Object erase(ApiRequest request) {
        Household h = find(request);
        for (PersonalDataHook hook : personalData) {
            hook.erase(h.getId());
        }
        h.erase(OffsetDateTime.now(ZoneOffset.UTC));
        dal.save(h);
        return null;
    }
}
