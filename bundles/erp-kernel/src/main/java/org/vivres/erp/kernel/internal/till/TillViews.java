package org.vivres.erp.kernel.internal.till;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vivres.erp.kernel.internal.ticket.VatTable;

/** The JSON of tills, sessions and Z (API.md, "Tills, VAT and closings"). */
final class TillViews {
    private TillViews() {
    }

    record TillView(UUID id, UUID organization, String name, int number) {
        static TillView of(Till t) {
            return new TillView(t.getId(), t.getOrganization(), t.getName(), t.getNumber());
        }
    }

    /** A session: {@code expected} and the figures so far while open, {@code z} once closed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionView(UUID id, UUID till, String status, OffsetDateTime openedAt, BigDecimal openingFloat,
            String openedBy, Integer tickets, Integer returns, BigDecimal total, Map<String, BigDecimal> expected,
            List<VatTable.Row> byVatRate, List<ZFigures.Movement> cashMovements, ZView z) {
        static SessionView opened(TillSession s) {
            return new SessionView(s.getId(), s.getTill(), "OPEN", s.getOpenedAt(), s.getOpeningFloat(),
                    s.getCreatedBy(), null, null, null, null, null, null, null);
        }

        static SessionView current(TillSession s, ZFigures.Figures f) {
            return new SessionView(s.getId(), s.getTill(), "OPEN", s.getOpenedAt(), s.getOpeningFloat(),
                    s.getCreatedBy(), f.counts().tickets(), f.counts().returns(), f.counts().total(), f.expected(),
                    f.byVatRate(), f.movements(), null);
        }

        static SessionView listed(TillSession s, TillZ z) {
            return new SessionView(s.getId(), s.getTill(), z == null ? "OPEN" : "CLOSED", s.getOpenedAt(),
                    s.getOpeningFloat(), s.getCreatedBy(), null, null, null, null, null, null,
                    z == null ? null : ZView.of(s, z));
        }
    }

    /** The Z as it was made: its lists are the JSON texts stored with it. */
    record ZView(UUID id, int number, UUID till, UUID session, OffsetDateTime openedAt, OffsetDateTime closedAt,
            String openedBy, String closedBy, BigDecimal openingFloat, int tickets, int returns, BigDecimal total,
            @JsonRawValue String byMethod, @JsonRawValue String byVatRate, @JsonRawValue String cashMovements,
            @JsonRawValue String lateTickets) {
        static ZView of(TillSession s, TillZ z) {
            ZFigures.Texts t = z.texts();
            return new ZView(z.getId(), z.getNumber(), z.getTill(), s.getId(), s.getOpenedAt(), z.getClosedAt(),
                    s.getCreatedBy(), z.getCreatedBy(), s.getOpeningFloat(), z.getTickets(), z.getReturns(),
                    z.getTotal(), t.byMethod(), t.byVatRate(), t.cashMovements(), t.lateTickets());
        }
    }
}
