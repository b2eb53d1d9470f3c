package org.vivres.erp.kernel.internal.ticket;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ticket.PaymentRequest;

/** The request bodies of the till. */
final class TicketRequests {
    private TicketRequests() {
    }

    /**
     * {@code POST /api/tickets} and {@code /api/tickets/quote}; {@code soldOffline}: the till took the payments at
     * its own prices while it could not reach the server (a gap then is recorded, not refused), at {@code soldAt};
     * {@code till}: the till it was made on (none: the store's till 0, the API's).
     */
    record TicketRequest(UUID id, UUID organization, UUID household, List<LineRequest> lines,
            List<PaymentRequest> payments,
            // left out of the request's digest when absent, so tickets queued before it existed stay the same
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean soldOffline,
            @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime soldAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID till) {
    }

    /** {@code POST /api/tickets/{id}/returns}; {@code till}: the till that gives the refund. */
    record ReturnRequest(UUID id, List<LineRequest> lines, @JsonInclude(JsonInclude.Include.NON_NULL) UUID till) {
    }

    /**
     * A product line, or a line of a kind contributed by a bundle: {@code {"registration": "<id>"}} lands in
     * {@link #other()} as text, {@code {"donation": {"fund": "<id>", "amount": "2.00"}}} as the object's fields.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class LineRequest {
        public UUID product;
        public BigDecimal quantity;
        private final Map<String, Object> other = new LinkedHashMap<>();

        @JsonAnySetter
        void other(String field, Object value) {
            if (!(value instanceof String) && !(value instanceof Map)) {
                throw Check.invalid("INVALID_FIELD", field);
            }
            other.put(field, value);
        }

        @JsonAnyGetter
        Map<String, Object> other() {
            return other;
        }
    }
}
