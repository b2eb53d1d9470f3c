package org.vivres.erp.kernel.internal.till;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.erp.kernel.internal.event.EventJournal;
import org.vivres.erp.kernel.internal.http.JsonMapper;

/** Declaring tills; opening, moving cash in and out of, and closing their sessions (the Z). */
@Component(service = TillService.class)
public final class TillService {
    private final ObjectMapper mapper = JsonMapper.create();
    private final Dal dal;
    private final ErpContext context;
    private final TillSql sql;
    private final ZFigures figures;
    private final EventJournal journal;

    @Activate
    public TillService(@Reference Dal dal, @Reference ErpContext context, @Reference SessionHolder sessions,
            @Reference EventJournal journal) {
        this.dal = dal;
        this.context = context;
        this.journal = journal;
        this.sql = new TillSql(sessions);
        this.figures = new ZFigures(sql);
    }

    /** A new till numbered after the store's last (the store's row locked, so two declared at once differ). */
    Till create(UUID organization, String name) {
        context.checkAccess(organization);
        Check.found(dal.getForUpdate(Organization.class, organization), "organisation " + organization);
        sql.ensureApiTill(organization);
        List<Till> tills = tills(organization);
        if (tills.stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
            throw TillRefusals.conflict("TILL_NAME_TAKEN", name);
        }
        int number = tills.stream().mapToInt(Till::getNumber).max().orElse(0) + 1;
        return dal.save(new Till(organization, name, number));
    }

    List<Till> list(UUID organization) {
        context.checkAccess(organization);
        Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        sql.ensureApiTill(organization);
        return tills(organization);
    }

    private List<Till> tills(UUID organization) {
        return dal.query(Till.class, "e.organization = :o", Map.of("o", organization)).orderBy("e.number").list();
    }

    /** Opens a session: the till's row locked, so that two cashiers cannot both open it. */
    TillSession open(UUID tillId, BigDecimal openingFloat) {
        Till till = till(tillId);
        if (till.isApi()) {
            throw TillRefusals.unprocessable("TILL_WITHOUT_DRAWER");
        }
        sql.lockTill(tillId, true);
        if (sql.openSession(tillId) != null) {
            throw TillRefusals.conflict("TILL_ALREADY_OPEN", till.getName());
        }
        TillSession session = dal.save(new TillSession(till, now(), openingFloat));
        journal.record(till.getOrganization(), EventJournal.TILL_OPENED, session.getId(), Map.of("till", tillId,
                "session", session.getId(), "openingFloat", openingFloat));
        return session;
    }

    /** The open session and its figures so far; 404 {@code TILL_NOT_OPEN}. */
    TillViews.SessionView current(UUID tillId) {
        till(tillId);
        UUID id = sql.openSession(tillId);
        if (id == null) {
            throw TillRefusals.notOpen();
        }
        TillSession session = dal.get(TillSession.class, id);
        return TillViews.SessionView.current(session, figuresOf(session));
    }

    /** Cash put in or taken out of the open session's drawer. */
    TillMovement move(UUID tillId, String type, BigDecimal amount, String reason) {
        till(tillId);
        sql.lockTill(tillId, false);
        // as a ticket's: the session found and share-locked at once, its Z read after the lock
        UUID id = sql.shareOpenSession(tillId);
        if (id == null || sql.closed(id)) {
            throw TillRefusals.notOpen();
        }
        return dal.save(new TillMovement(dal.get(TillSession.class, id), type, amount, reason));
    }

    /**
     * Closes the open session with what was counted per method: its row locked first, so that a ticket arriving now
     * is either already in the figures or waits and goes to the next session. Z numbers follow per till.
     */
    TillViews.ZView close(UUID tillId, Map<String, BigDecimal> counted) {
        till(tillId);
        UUID id = sql.openSession(tillId);
        if (id == null) {
            throw TillRefusals.notOpen();
        }
        sql.lockSession(id, true);
        if (sql.closed(id)) {
            throw TillRefusals.notOpen();
        }
        TillSession session = dal.get(TillSession.class, id);
        ZFigures.Figures f = figuresOf(session);
        ZFigures.Texts texts = new ZFigures.Texts(json(ZFigures.lines(f.expected(), counted)), json(f.byVatRate()),
                json(f.movements()), json(f.late()));
        TillZ z = dal.save(new TillZ(session, sql.nextZNumber(tillId), now(), f.counts(), texts));
        dal.flush();
        journal.record(session.getOrganization(), EventJournal.TILL_CLOSED, z.getId(), Map.of("till", tillId,
                "session", id, "z", z.getId(), "number", z.getNumber(), "total", z.getTotal()));
        return TillViews.ZView.of(session, z);
    }

    /** The till's sessions, the latest first, each with its Z once closed. */
    List<TillViews.SessionView> sessions(UUID tillId, int limit, int offset) {
        till(tillId);
        List<TillSession> list = dal.query(TillSession.class, "e.till = :t", Map.of("t", tillId))
                .orderBy("e.openedAt desc").limit(limit).offset(offset).list();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, TillZ> zs = new java.util.HashMap<>();
        dal.query(TillZ.class, "e.session in (:s)", Map.of("s", list.stream().map(TillSession::getId).toList()))
                .list().forEach(z -> zs.put(z.getSession(), z));
        return list.stream().map(s -> TillViews.SessionView.listed(s, zs.get(s.getId()))).toList();
    }

    private ZFigures.Figures figuresOf(TillSession session) {
        List<TillSession> before = dal.query(TillSession.class, "e.till = :t and e.openedAt < :o",
                Map.of("t", session.getTill(), "o", session.getOpenedAt())).orderBy("e.openedAt desc").limit(1).list();
        List<TillMovement> movements = dal.query(TillMovement.class, "e.session = :s", Map.of("s", session.getId()))
                .orderBy("e.createdAt").list();
        return figures.of(session, before.isEmpty() ? null : before.get(0).getOpenedAt(), movements);
    }

    /** The till, readable by the user (404 otherwise) and of the user's store (403 otherwise). */
    Till till(UUID id) {
        Till till = Check.found(dal.get(Till.class, id), "caisse " + id);
        context.checkAccess(till.getOrganization());
        return till;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Microseconds, as PostgreSQL keeps them: an instant read back is the instant written. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
