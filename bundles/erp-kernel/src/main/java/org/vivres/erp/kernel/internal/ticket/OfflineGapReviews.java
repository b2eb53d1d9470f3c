package org.vivres.erp.kernel.internal.ticket;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.kernel.internal.event.EventJournal;

/**
 * The offline gaps a manager must decide: listed by status, approved or rejected once — a decision is a row of its
 * own and an event, the ticket and its gap stay as they were written. A pending or rejected gap does not count in the
 * store's takings (the sales journal shows it apart).
 */
@Component(service = OfflineGapReviews.class)
public final class OfflineGapReviews {
    static final String PENDING = "PENDING";
    /** A gap within the threshold: it counted at once, nobody decides it. */
    static final String COUNTED = "COUNTED";
    static final List<String> STATUSES = List.of(PENDING, OfflineGapDecision.APPROVED, OfflineGapDecision.REJECTED);

    private static final String DECIDED = "(select d.ticket from " + OfflineGapDecision.class.getName() + " d%s)";

    private final Dal dal;
    private final ErpContext context;
    private final EventJournal events;

    /** A gap as the back office shows it; {@code decision} is null while pending. */
    record GapView(UUID ticket, String documentNo, UUID organization, BigDecimal total, BigDecimal amount,
            BigDecimal threshold, OffsetDateTime soldAt, OffsetDateTime recordedAt, String status,
            DecisionView decision) {
    }

    /** Who decided what, when. */
    record DecisionView(String decision, String comment, String decidedBy, OffsetDateTime decidedAt) {
    }

    @Activate
    public OfflineGapReviews(@Reference Dal dal, @Reference ErpContext context, @Reference EventJournal events) {
        this.dal = dal;
        this.context = context;
        this.events = events;
    }

    /** The gaps of {@code status}, oldest first, of {@code organization} (else of every readable store). */
    List<GapView> list(UUID organization, String status, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        String where = PENDING.equals(status) ? "e.ticket not in " + DECIDED.formatted("")
                : "e.ticket in " + DECIDED.formatted(" where d.decision = :s");
        if (!PENDING.equals(status)) {
            params.put("s", status);
        }
        if (organization != null) {
            context.checkAccess(organization);
            where += " and e.organization = :o";
            params.put("o", organization);
        }
        List<OfflineGapReview> reviews = dal.query(OfflineGapReview.class, where, params)
                .orderBy("e.createdAt, e.ticket").limit(limit).offset(offset).list();
        List<UUID> ids = reviews.stream().map(OfflineGapReview::getTicket).toList();
        Map<UUID, Ticket> tickets = dal.get(Ticket.class, ids);
        Map<UUID, OfflineGapDecision> decisions = decisions(ids);
        return reviews.stream().map(r -> view(r, tickets.get(r.getTicket()), decisions.get(r.getTicket()))).toList();
    }

    /**
     * Decides the gap of ticket {@code ticketId}: 403 for another store's ticket, 404 {@code OFFLINE_GAP_NOT_FOUND}
     * when it has no gap waiting for a manager, 409 {@code OFFLINE_GAP_ALREADY_DECIDED} the second time.
     */
    GapView decide(UUID ticketId, String decision, String comment) {
        Ticket ticket = Check.found(context.asAdmin(() -> dal.get(Ticket.class, ticketId)), "ticket " + ticketId);
        context.checkAccess(ticket.getOrganization());
        OfflineGapReview review = dal.query(OfflineGapReview.class, "e.ticket = :t", Map.of("t", ticketId))
                .uniqueResult();
        if (review == null) {
            throw new ErpException(ErrorStatus.NOT_FOUND, "OFFLINE_GAP_NOT_FOUND", OfflineGapReviews.class,
                    ticket.getDocumentNo());
        }
        // Two managers deciding at once: the second waits here, then finds the first's decision.
        dal.getForUpdate(OfflineGapReview.class, review.getId());
        if (!decisions(List.of(ticketId)).isEmpty()) {
            throw new ErpException(ErrorStatus.CONFLICT, "OFFLINE_GAP_ALREADY_DECIDED", OfflineGapReviews.class,
                    ticket.getDocumentNo());
        }
        OfflineGapDecision made = dal.save(new OfflineGapDecision(ticketId, ticket.getOrganization(), decision,
                comment, context.userId()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ticket", ticketId);
        details.put("documentNo", ticket.getDocumentNo());
        details.put("amount", review.getAmount());
        details.put("decision", decision);
        events.record(ticket.getOrganization(), EventJournal.OFFLINE_GAP_DECISION, ticketId, details);
        dal.flush();
        return view(review, ticket, made);
    }

    /** The status of the gap of each of {@code tickets} that has one waiting or decided. */
    Map<UUID, String> statuses(Collection<UUID> tickets) {
        Map<UUID, String> statuses = new HashMap<>();
        if (tickets.isEmpty()) {
            return statuses;
        }
        List<UUID> ids = List.copyOf(tickets);
        dal.query(OfflineGapReview.class, "e.ticket in (:ids)", Map.of("ids", ids)).list()
                .forEach(r -> statuses.put(r.getTicket(), PENDING));
        decisions(ids).forEach((t, d) -> statuses.put(t, d.getDecision()));
        return statuses;
    }

    private Map<UUID, OfflineGapDecision> decisions(List<UUID> tickets) {
        Map<UUID, OfflineGapDecision> found = new HashMap<>();
        if (!tickets.isEmpty()) {
            dal.query(OfflineGapDecision.class, "e.ticket in (:ids)", Map.of("ids", tickets)).list()
                    .forEach(d -> found.put(d.getTicket(), d));
        }
        return found;
    }

    private static GapView view(OfflineGapReview r, Ticket t, OfflineGapDecision d) {
        return new GapView(r.getTicket(), t == null ? null : t.getDocumentNo(), r.getOrganization(),
                t == null ? null : t.getTotal(), r.getAmount(), r.getThreshold(), r.getSoldAt(), r.getCreatedAt(),
                d == null ? PENDING : d.getDecision(),
                d == null ? null : new DecisionView(d.getDecision(), d.getComment(), d.getCreatedBy(), d.getCreatedAt()));
    }
}
