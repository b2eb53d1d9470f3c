package org.vivres.erp.kernel.internal.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.kernel.internal.core.OrganizationScope;
import org.vivres.erp.kernel.internal.http.JsonMapper;

/** {@code GET /api/fiscal/events}: a store's events over a period of store days, oldest first, for its managers. */
@Component
public final class EventResource implements ApiResource {
    private final ObjectMapper mapper = JsonMapper.create();
    private final Dal dal;
    private final ErpContext context;

    /** An event as the API shows it; {@code user} is the id of who caused it. */
    record EventView(UUID id, String type, OffsetDateTime occurredAt, UUID user, UUID subject, JsonNode details) {
    }

    @Activate
    public EventResource(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/fiscal/events", this::list, Role.MANAGER);
    }

    /**
     * {@code ?organization=} (required but for a network admin, for whom none means the network's events),
     * {@code from}/{@code to}: store days, today by default.
     */
    private Object list(ApiRequest request) {
        UUID organization = OrganizationScope.storeOrNetwork(request, context, dal);
        LocalDate from = request.queryDate("from").orElse(StoreCalendar.today());
        LocalDate to = request.queryDate("to").orElse(from);
        Map<String, Object> params = new java.util.HashMap<>(Map.of(
                "f", from.atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime(),
                "t", to.plusDays(1).atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime()));
        if (organization != null) {
            params.put("o", organization);
        }
        // without a store, a network admin reads the network's own events (prices, bundles, network-wide checks)
        String store = organization == null ? "e.organization is null" : "e.organization = :o";
        return Items.of(dal.query(ErpEvent.class, store + " and e.occurredAt >= :f and e.occurredAt < :t",
                params).orderBy("e.occurredAt, e.id").limit(request.limit()).offset(request.offset()).list().stream()
                .map(this::view).toList());
    }

    private EventView view(ErpEvent e) {
        try {
            return new EventView(e.getId(), e.getType(), e.getOccurredAt(), e.getUser(), e.getSubject(),
                    mapper.readTree(e.getDetails()));
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("event " + e.getId() + " holds no JSON", failure);
        }
    }
}
