package org.vivres.activities.internal.till;

import java.math.BigDecimal;
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
import org.vivres.activities.internal.model.OfferDayTotal;
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
    private static final String BOUGHT = "select coalesce(sum(d.quantity), 0) from " + OfferDayTotal.class.getName()
            + " d where d.household = :h and d.priceRule = :rule and d.day between :from and :to";
    private static final String ADD = "insert into activities_offer_day (household_id, price_rule, day, quantity)"
            + " values %s on conflict (household_id, price_rule, day) do update"
            + " set quantity = activities_offer_day.quantity + excluded.quantity";

    private final Dal dal;

    @Activate
    public OfferDays(@Reference Dal dal) {
        this.dal = dal;
    }

    /** What the household bought through the offer of {@code rule} on the stored tickets of the window. */
    BigDecimal bought(String rule, UUID household, OfferAllowance.DateRange window) {
        List<BigDecimal> sum = dal.select(BOUGHT, BigDecimal.class,
                Map.of("rule", rule, "h", household, "from", window.from(), "to", window.to()));
        return sum.isEmpty() || sum.get(0) == null ? BigDecimal.ZERO : sum.get(0);
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
