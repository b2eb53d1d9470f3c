package org.vivres.activities.internal.domain;

import org.vivres.erp.api.StoreCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.ticket.PricedLine;

/**
 * The arithmetic of activity offers, pure: which sessions are near enough to a ticket's date, the
 * dates whose purchases use up the allowance, and how much of a line the offer still covers.
 */
public final class OfferAllowance {

    private OfferAllowance() {
    }

    /** An inclusive range of dates. */
    public record DateRange(LocalDate from, LocalDate to) {
    }

    /** The date, in the stores' zone, on which a session starting at {@code startsAt} takes place. */
    public static LocalDate sessionDate(OffsetDateTime startsAt) {
        return startsAt.atZoneSameInstant(StoreCalendar.ZONE).toLocalDate();
    }

    /** True when {@code ticketDate} is at most {@code days} days before or after {@code sessionDate}. */
    public static boolean inWindow(LocalDate sessionDate, LocalDate ticketDate, int days) {
        return Math.abs(ChronoUnit.DAYS.between(sessionDate, ticketDate)) <= days;
    }

    /** The dates of sessions that may be in the window of {@code ticketDate}, as a range to query. */
    public static DateRange sessionsNear(LocalDate ticketDate, int days) {
        return new DateRange(ticketDate.minusDays(days), ticketDate.plusDays(days));
    }

    /** The first instant of {@code date} in the stores' zone (to turn a date range into instants). */
    public static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(StoreCalendar.ZONE).toOffsetDateTime();
    }

    /**
     * The ticket dates whose purchases through the offer count against the allowance of these
     * sessions: from the start of the earliest session's window to the end of the latest's.
     *
     * @param sessionDates at least one date
     */
    public static DateRange purchaseWindow(Collection<LocalDate> sessionDates, int days) {
        if (sessionDates.isEmpty()) {
            throw new IllegalArgumentException("no session");
        }
        return new DateRange(Collections.min(sessionDates).minusDays(days), Collections.max(sessionDates).plusDays(days));
    }

    /** What a household bought through an offer ({@code rule}) on one day: a row of the running totals. */
    public record DayTotal(String rule, LocalDate day, BigDecimal quantity) {
    }

    /**
     * How far from a ticket's date the purchase window of an offer valid {@code days} around its sessions can reach:
     * a session at most {@code days} away, and {@code days} on the far side of it.
     */
    public static int reach(int days) {
        return 2 * days;
    }

    /** What {@code days} add up to for {@code rule} within {@code window}. */
    public static BigDecimal boughtIn(List<DayTotal> days, String rule, DateRange window) {
        BigDecimal bought = BigDecimal.ZERO;
        for (DayTotal d : days) {
            if (d.rule().equals(rule) && !d.day().isBefore(window.from()) && !d.day().isAfter(window.to())) {
                bought = bought.add(d.quantity());
            }
        }
        return bought;
    }

    /**
     * What the offer still covers: {@code registrations × maxPerRegistration − alreadyBought},
     * never below zero, at quantity scale. {@code alreadyBought} includes the earlier lines of the
     * ticket being priced; it may be negative after returns, which give the allowance back.
     */
    public static BigDecimal remaining(int registrations, BigDecimal maxPerRegistration, BigDecimal alreadyBought) {
        BigDecimal allowance = maxPerRegistration.multiply(BigDecimal.valueOf(registrations));
        BigDecimal left = allowance.subtract(alreadyBought);
        return Money.quantity(left.signum() > 0 ? left.min(allowance) : BigDecimal.ZERO);
    }

    /**
     * What {@code lines} buy through each offer, by price rule (those starting with {@code rulePrefix}), in rule order
     * so that upserts lock the rows of several offers always in the same order; negative for a return, rules summing
     * to zero left out.
     */
    public static SortedMap<String, BigDecimal> boughtByRule(List<PricedLine> lines, String rulePrefix) {
        SortedMap<String, BigDecimal> bought = new TreeMap<>();
        for (PricedLine line : lines) {
            if (line.priceRule() != null && line.priceRule().startsWith(rulePrefix)) {
                bought.merge(line.priceRule(), line.quantity(), BigDecimal::add);
            }
        }
        bought.values().removeIf(q -> q.signum() == 0);
        return bought;
    }
}
