package org.vivres.erp.kernel.internal.till;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.kernel.internal.fiscal.Seal;
import org.vivres.erp.kernel.internal.fiscal.SealedViews;
import org.vivres.erp.kernel.internal.fiscal.Sealer;

/** {@code /api/closings}: the manager closes the store's day, then its month, then its year. */
@Component
public final class ClosingResource implements ApiResource {
    private static final List<String> KINDS = List.of(ClosingPeriod.DAY, ClosingPeriod.MONTH, ClosingPeriod.YEAR);

    private final ClosingService closings;
    private final Sealer sealer;

    record NewClosing(UUID organization, String kind, String period) {
    }

    /** A closing as it was made: its lists are the JSON texts stored with it. */
    record ClosingView(UUID id, UUID organization, String kind, String period, LocalDate from, LocalDate to,
            int tickets, int returns, BigDecimal total, @JsonRawValue String byMethod,
            @JsonRawValue String byVatRate, BigDecimal periodTotal, BigDecimal perpetualTotal,
            @JsonRawValue String lateTickets, OffsetDateTime closedAt, String closedBy) {
        static ClosingView of(Closing c) {
            return new ClosingView(c.getId(), c.getOrganization(), c.getKind(), c.getPeriod(), c.getFirstDay(),
                    c.getLastDay(), c.getTickets(), c.getReturns(), c.getTotal(), c.byMethod(), c.byVatRate(),
                    c.getPeriodTotal(), c.getPerpetualTotal(), c.lateTickets(),
                    // as PostgreSQL keeps it: the answer to the close is what a later read gives
                    c.getCreatedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS), c.getCreatedBy());
        }
    }

    @Activate
    public ClosingResource(@Reference ClosingService closings, @Reference Sealer sealer) {
        this.closings = closings;
        this.sealer = sealer;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/closings", this::close, Role.MANAGER);
        routes.get("/api/closings", this::list, Role.MANAGER);
    }

    private Object close(ApiRequest request) {
        NewClosing body = request.body(NewClosing.class);
        UUID org = Check.required(body.organization(), "organization");
        String kind = Check.oneOf(body.kind(), "kind", KINDS);
        ClosingPeriod period = ClosingPeriod.parse(kind, Check.text(body.period(), "period", 10));
        ClosingView closing = ClosingView.of(closings.close(org, period));
        return ApiResponse.created(SealedViews.with(closing, sealer.sealClosing(closing.id())));
    }

    private Object list(ApiRequest request) {
        UUID org = request.queryId("organization").orElseThrow(() -> Check.invalid("FIELD_REQUIRED", "organization"));
        java.util.Optional<String> kind = request.query("kind").map(k -> Check.oneOf(k, "kind", KINDS));
        List<ClosingView> views = closings.list(org, kind, request.limit(), request.offset()).stream()
                .map(ClosingView::of).toList();
        java.util.Map<UUID, Seal> seals = sealer.sealsOf("CLOSING", views.stream().map(ClosingView::id).toList());
        return Items.of(views.stream().map(v -> SealedViews.with(v, seals.get(v.id()))).toList());
    }
}
