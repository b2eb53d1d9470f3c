package org.vivres.erp.kernel.internal.ticket;

import java.util.List;
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

/**
 * {@code /api/tickets/offline-gaps} and {@code /api/tickets/{id}/offline-gap/decision}: the gaps of tickets sold
 * offline that wait for a manager of their store, and the manager's decision.
 */
@Component
public final class OfflineGapResource implements ApiResource {
    private static final int MAX_COMMENT = 500;

    private final OfflineGapReviews reviews;

    /** {@code {"decision": "APPROVED" | "REJECTED", "comment"?}}. */
    record DecisionRequest(String decision, String comment) {
    }

    @Activate
    public OfflineGapResource(@Reference OfflineGapReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/tickets/offline-gaps", this::list, Role.MANAGER);
        routes.post("/api/tickets/{id}/offline-gap/decision", this::decide, Role.MANAGER);
    }

    /** {@code ?organization=&status=PENDING|APPROVED|REJECTED} (PENDING by default). */
    private Object list(ApiRequest request) {
        String status = Check.oneOf(request.query("status").map(String::strip).orElse(OfflineGapReviews.PENDING),
                "status", OfflineGapReviews.STATUSES);
        return Items.of(reviews.list(request.queryId("organization").orElse(null), status, request.limit(),
                request.offset()));
    }

    private Object decide(ApiRequest request) {
        DecisionRequest body = Check.required(request.body(DecisionRequest.class), "body");
        String decision = Check.oneOf(body.decision(), "decision",
                List.of(OfflineGapDecision.APPROVED, OfflineGapDecision.REJECTED));
        String comment = body.comment() == null || body.comment().isBlank() ? null
                : Check.text(body.comment(), "comment", MAX_COMMENT);
        return ApiResponse.created(reviews.decide(request.pathId("id"), decision, comment));
    }
}
