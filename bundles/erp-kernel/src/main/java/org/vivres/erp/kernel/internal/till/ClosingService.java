package org.vivres.erp.kernel.internal.till;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Organization;
import org.vivres.erp.kernel.internal.dal.SessionHolder;
import org.vivres.erp.kernel.internal.event.EventJournal;
import org.vivres.erp.kernel.internal.http.JsonMapper;

/**
 * The store's closings. Their figures add up the tickets' stored rows of the period's store days (payments, VAT
 * tables); the perpetual total carries on from the latest day closed before, so it never rereads the whole history.
 */
@Component(service = ClosingService.class)
public final class ClosingService {
    private static final String PERIOD = "with t as (select id, kind, total, document_no from erp_ticket "
            + "where organization_id = ? and ticket_date between ? and ?) ";

    private final ObjectMapper mapper = JsonMapper.create();
    private final Dal dal;
    private final ErpContext context;
    private final TillSql sql;
    private final ZFigures figures;
    private final EventJournal journal;

    /** A method's takings over the period, refunds deducted. */
    record MethodTotal(String method, BigDecimal total) {
    }

    @Activate
    public ClosingService(@Reference Dal dal, @Reference ErpContext context, @Reference SessionHolder sessions,
            @Reference EventJournal journal) {
        this.dal = dal;
        this.context = context;
        this.journal = journal;
        this.sql = new TillSql(sessions);
        this.figures = new ZFigures(sql);
    }

    /**
     * Closes {@code p} of {@code organization}, the store's row locked so that closings of a store follow one another:
     * 409 {@code ALREADY_CLOSED}, {@code PERIOD_NOT_OVER}, {@code TILLS_STILL_OPEN} (a session opened before the
     * period's end still open), 422 {@code SMALLER_PERIODS_NOT_CLOSED} (a day with sales of the month, a month with
     * sales of the year).
     */
    Closing close(UUID organization, ClosingPeriod p) {
        context.checkAccess(organization);
        Check.found(dal.getForUpdate(Organization.class, organization), "organisation " + organization);
        if (closed(organization, p.kind(), p.first(), p.last()).contains(p.period())) {
            throw TillRefusals.conflict("ALREADY_CLOSED", p.period());
        }
        if (!p.isOver(StoreCalendar.today())) {
            throw TillRefusals.conflict("PERIOD_NOT_OVER", p.period());
        }
        List<UUID> open = sql.openTills(organization,
                p.last().plusDays(1).atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime());
        if (!open.isEmpty()) {
            throw TillRefusals.conflict("TILLS_STILL_OPEN", open.size());
        }
        Optional<String> smaller = p.smallerKind();
        if (smaller.isPresent()) {
            Optional<String> missing = p.firstUnclosed(salesDays(organization, p),
                    closed(organization, smaller.get(), p.first(), p.last()));
            if (missing.isPresent()) {
                throw TillRefusals.unprocessable("SMALLER_PERIODS_NOT_CLOSED", missing.get(), p.period());
            }
        }
        Object[] range = {organization, p.first(), p.last()};
        ZFigures.Counts counts = figures.counts(PERIOD, range);
        List<MethodTotal> methods = new ArrayList<>();
        figures.paid(PERIOD, range).forEach((method, total) -> methods.add(new MethodTotal(method, total)));
        BigDecimal periodTotal = p.periodTotalFrom().equals(p.first()) ? counts.total()
                : total(organization, p.periodTotalFrom(), p.last());
        // sold offline before the period began: counted here because the day it was sold had been closed, or was
        // past when it arrived (a ticket counts in the store day it is recorded in, see TillTickets.storeDay)
        List<ZFigures.LateTicket> late = figures.late(PERIOD, "(o.sold_at at time zone ?)::date < ?", organization,
                p.first(), p.last(), StoreCalendar.ZONE.getId(), p.first());
        Closing closing = dal.save(new Closing(organization, p, counts, periodTotal,
                perpetual(organization, p.last()), json(methods), json(figures.vat(PERIOD, range)), json(late)));
        dal.flush();
        journal.record(organization, EventJournal.CLOSING_MADE, closing.getId(), Map.of("closing", closing.getId(),
                "kind", p.kind(), "period", p.period(), "total", counts.total()));
        return closing;
    }

    List<Closing> list(UUID organization, Optional<String> kind, int limit, int offset) {
        context.checkAccess(organization);
        Check.found(dal.get(Organization.class, organization), "organisation " + organization);
        String where = "e.organization = :o" + (kind.isPresent() ? " and e.kind = :k" : "");
        Map<String, Object> params = kind.isPresent() ? Map.of("o", organization, "k", kind.get())
                : Map.of("o", organization);
        return dal.query(Closing.class, where, params).orderBy("e.lastDay desc, e.createdAt desc").limit(limit)
                .offset(offset).list();
    }

    /** The grand total of the store's tickets up to {@code last}: the latest day closed up to then, plus what follows. */
    private BigDecimal perpetual(UUID organization, LocalDate last) {
        List<Closing> before = dal.query(Closing.class, "e.organization = :o and e.kind = :k and e.lastDay <= :d",
                Map.of("o", organization, "k", ClosingPeriod.DAY, "d", last)).orderBy("e.lastDay desc").limit(1).list();
        if (before.isEmpty()) {
            return total(organization, LocalDate.of(1900, 1, 1), last);
        }
        Closing day = before.get(0);
        return day.getPerpetualTotal().add(total(organization, day.getLastDay().plusDays(1), last));
    }

    private BigDecimal total(UUID organization, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return Money.ZERO;
        }
        return sql.query("select coalesce(sum(total), 0) from erp_ticket where organization_id = ? "
                + "and ticket_date between ? and ?", r -> {
                    r.next();
                    return Money.euros(r.getBigDecimal(1));
                }, organization, from, to);
    }

    private List<LocalDate> salesDays(UUID organization, ClosingPeriod p) {
        return sql.query("select distinct ticket_date from erp_ticket where organization_id = ? "
                + "and ticket_date between ? and ?", r -> {
                    List<LocalDate> days = new ArrayList<>();
                    while (r.next()) {
                        days.add(r.getObject(1, LocalDate.class));
                    }
                    return days;
                }, organization, p.first(), p.last());
    }

    /** The periods of {@code kind} closed within [first, last]. */
    private List<String> closed(UUID organization, String kind, LocalDate first, LocalDate last) {
        return dal.query(Closing.class, "e.organization = :o and e.kind = :k and e.firstDay >= :f and e.lastDay <= :l",
                Map.of("o", organization, "k", kind, "f", first, "l", last)).list().stream()
                .map(Closing::getPeriod).toList();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
