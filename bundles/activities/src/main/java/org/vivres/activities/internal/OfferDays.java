package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.domain.OfferAllowance;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ticket.TicketDraft;
import org.vivres.erp.api.ticket.TicketHook;

/**
 * The offers' running totals ({@code activities_offer_day}): per household, offer and ticket date, the quantity
 * bought through the offer, what summing the window's ticket lines gave, read as a sum over the window's few rows.
 * <p>
 * Every sale and return adds its offer lines (negative for a return) in its own transaction. It does so in
 * {@link #beforeSave}: the draft carries the household, the ticket's date and the priced lines, which the stored
 * ticket given to {@code afterSave} does not, and anything refused later rolls the addition back with the ticket.
 * One upsert adds to each row ({@code x = x + excluded.x}), rows in rule order so that two tickets of one household
 * naming the same offers lock them in the same order.
 */
@Component(service = {OfferDays.class, TicketHook.class})
public final class OfferDays implements TicketHook {
    /** Native: read at every checkout, where building an HQL query cost several times the statement itself. */
    private static final String DAYS = "select price_rule, day, quantity from activities_offer_day"
            + " where household_id = :h and day between :from and :to";
    private static final String ADD = "insert into activities_offer_day (household_id, price_rule, day, quantity)"
            + " values %s on conflict (household_id, price_rule, day) do update"
            + " set quantity = activities_offer_day.quantity + excluded.quantity";

    /*
     * The migration's backfill (V3__offer_day_totals.sql) limited to the recent days: a ticket or return is dated the
     * store day it is recorded in, so those missed while the bundle was stopped (for less than that) are among them,
     * and older rows stay as they were. The exclusive lock (which a ticket's upsert waits on) makes the recount
     * exact while tickets go on: a ticket committed before it is in the sums (its lines visible, its upsert deleted
     * with the rows); one that has upserted but not committed holds its row locks, which the lock waits for; one not
     * yet upserted waits, then adds itself to the new sums.
     */
    private static final String LOCK = "lock table activities_offer_day in exclusive mode";
    private static final String DELETE_RECENT = "delete from activities_offer_day where day >= :from";
    private static final String SUM_RECENT = """
            insert into activities_offer_day (household_id, price_rule, day, quantity)
            select t.household_id, l.price_rule, t.ticket_date, sum(l.quantity)
              from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
             where t.household_id is not null and l.price_rule like 'ACTIVITY:%' and t.ticket_date >= :from
             group by t.household_id, l.price_rule, t.ticket_date""";
    /** How far back the recount goes. */
    static final int RECOUNT_DAYS = 62;

    private final Dal dal;

    @Activate
    public OfferDays(@Reference Dal dal) {
        this.dal = dal;
    }

    /**
     * The household's running totals of every offer from {@code from} to {@code to}: one read for all the offers of
     * a ticket, each summed over its own window ({@link OfferAllowance#boughtIn}).
     */
    List<OfferAllowance.DayTotal> days(UUID household, LocalDate from, LocalDate to) {
        return dal.selectNative(DAYS, Object[].class, Map.of("h", household, "from", from, "to", to)).stream()
                .map(r -> new OfferAllowance.DayTotal((String) r[0], (LocalDate) r[1], (BigDecimal) r[2])).toList();
    }

    /**
     * Recomputes from the tickets the totals of the last {@value #RECOUNT_DAYS} days, in the caller's transaction: the
     * tickets and returns recorded while the bundle was stopped ran no hook.
     */
    void recountRecent(LocalDate today) {
        LocalDate from = today.minusDays(RECOUNT_DAYS);
        dal.execute(LOCK, Map.of());
        dal.execute(DELETE_RECENT, Map.of("from", from));
        dal.execute(SUM_RECENT, Map.of("from", from));
    }

    @Override
    public void beforeSave(TicketDraft ticket) {
        if (ticket.household() == null) {
            return;
        }
        SortedMap<String, BigDecimal> bought = OfferAllowance.boughtByRule(ticket.lines(), ActivityOffer.RULE_PREFIX);
        if (bought.isEmpty()) {
            return;
        }
        List<Map.Entry<String, BigDecimal>> rows = List.copyOf(bought.entrySet());
        Map<String, Object> params = new HashMap<>();
        params.put("h", ticket.household());
        params.put("day", ticket.date());
        for (int i = 0; i < rows.size(); i++) {
            params.put("r" + i, rows.get(i).getKey());
            params.put("q" + i, rows.get(i).getValue());
        }
        dal.execute(ADD.formatted(IntStream.range(0, rows.size()).mapToObj(i -> "(:h, :r" + i + ", :day, :q" + i + ")")
                .collect(Collectors.joining(", "))), params);
    }
}
