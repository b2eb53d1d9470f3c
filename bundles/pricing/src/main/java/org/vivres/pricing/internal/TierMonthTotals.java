package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.TicketDraft;
import org.vivres.erp.api.ticket.TicketHook;
import org.vivres.pricing.internal.calc.TierPricing;

/**
 * The monthly cap's running total ({@code pricing_tier_month}): each household's tier-priced amount per month of
 * ticket date, what summing the month's ticket lines gave, read as one row at each checkout instead.
 * <p>
 * Every sale and return adds its tier-priced lines (negative for a return) in its own transaction. It does so in
 * {@link #beforeSave}: the draft carries the household, the ticket's date and the priced lines, which the stored
 * ticket given to {@code afterSave} does not, and anything refused later rolls the addition back with the ticket.
 * The upsert adds to the row ({@code x = x + excluded.x}), so concurrent tickets of one household never lose one.
 */
@Component(service = {TierMonthTotals.class, TicketHook.class})
public final class TierMonthTotals implements TicketHook {
    /** Native: read at every checkout, where building an HQL query cost several times the statement itself. */
    private static final String READ = "select tier_amount from pricing_tier_month"
            + " where household_id = :household and month = :month";
    private static final String ADD = """
            insert into pricing_tier_month (household_id, month, tier_amount) values (:household, :month, :amount)
            on conflict (household_id, month) do update set tier_amount = pricing_tier_month.tier_amount
                + excluded.tier_amount""";

    /*
     * The migration's backfill (V2__tier_month_totals.sql) limited to the recent months: a ticket or return is dated
     * the store day it is recorded in, so those missed while the bundle was stopped are among them (the previous month
     * too, for a stop across the month's end), and older months stay as they were. The exclusive
     * lock (which a ticket's upsert waits on) makes the recount exact while tickets go on: a ticket committed before
     * it is in the sums (its lines visible, its upsert deleted with the rows); one that has upserted but not committed
     * holds its row lock, which the lock waits for; one not yet upserted waits, then adds itself to the new sums.
     */
    private static final String LOCK = "lock table pricing_tier_month in exclusive mode";
    private static final String DELETE_RECENT = "delete from pricing_tier_month where month >= :from";
    private static final String SUM_RECENT = """
            insert into pricing_tier_month (household_id, month, tier_amount)
            select t.household_id, cast(date_trunc('month', t.ticket_date) as date), sum(l.line_amount)
              from erp_ticket t join erp_ticket_line l on l.ticket_id = t.id
             where t.household_id is not null and l.price_rule like 'TIER:%' and t.ticket_date >= :from
             group by t.household_id, cast(date_trunc('month', t.ticket_date) as date)""";

    private final Dal dal;

    @Activate
    public TierMonthTotals(@Reference Dal dal) {
        this.dal = dal;
    }

    /**
     * The household's tier-priced total of the stored tickets dated in the month of {@code date}, returns included.
     * The caller holds the household's row lock when the cap depends on it.
     */
    BigDecimal monthToDate(UUID household, LocalDate date) {
        List<BigDecimal> row = dal.selectNative(READ, BigDecimal.class,
                Map.of("household", household, "month", TierPricing.monthOf(date)));
        return row.isEmpty() || row.get(0) == null ? Money.ZERO : Money.euros(row.get(0));
    }

    /**
     * Recomputes from the tickets the totals from the first day of the previous month, in the caller's transaction:
     * the tickets and returns recorded while the bundle was stopped ran no hook.
     */
    void recountRecent(LocalDate today) {
        LocalDate from = TierPricing.monthOf(today).minusMonths(1);
        dal.execute(LOCK, Map.of());
        dal.execute(DELETE_RECENT, Map.of("from", from));
        dal.execute(SUM_RECENT, Map.of("from", from));
    }

    @Override
    public void beforeSave(TicketDraft ticket) {
        if (ticket.household() == null) {
            return;
        }
        BigDecimal amount = TierPricing.tierPricedTotal(ticket.lines());
        if (amount.signum() != 0) {
            dal.execute(ADD, Map.of("household", ticket.household(), "month", TierPricing.monthOf(ticket.date()),
                    "amount", amount));
        }
    }
}
