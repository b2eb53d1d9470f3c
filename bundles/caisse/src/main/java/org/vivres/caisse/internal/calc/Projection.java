package org.vivres.caisse.internal.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.vivres.erp.api.Money;

/**
 * How long a fund can carry its members, as pure arithmetic: starting from what is available
 * plus what is pending, each month adds the members' contributions and removes their allowances.
 */
public final class Projection {
    /** One projected month. */
    public record Month(YearMonth month, BigDecimal opening, BigDecimal contributions, BigDecimal allowances,
            BigDecimal closing) {
    }

    /**
     * The projection. The runways are whole months, {@code null} when the members cost the fund
     * nothing ({@code monthlyNet ≤ 0}); never below 0, even when the fund is overdrawn.
     */
    public record Result(List<Month> months, Integer runwayMonths, Integer runwayMonthsSecuredOnly) {
        public Result {
            months = List.copyOf(months);
        }
    }

    private Projection() {
    }

    /** What the members cost the fund each month: allowances less contributions. */
    public static BigDecimal monthlyNet(long activeMembers, BigDecimal monthlyAllowance, BigDecimal contributions) {
        return Money.euros(monthlyAllowance.multiply(BigDecimal.valueOf(activeMembers)).subtract(contributions));
    }

    /** {@code floor(money / monthlyNet)}, at least 0; {@code null} when {@code monthlyNet ≤ 0}. */
    public static Integer runway(BigDecimal money, BigDecimal monthlyNet) {
        if (monthlyNet.signum() <= 0) {
            return null;
        }
        BigDecimal months = money.divide(monthlyNet, 0, RoundingMode.FLOOR);
        return Math.max(0, months.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact());
    }

    /**
     * @param available     secured money plus contributions collected less allowances credited
     * @param pending       money promised but not yet secured
     * @param activeMembers the members credited each month
     * @param allowance     the monthly allowance of one member
     * @param contributions the sum of the active members' monthly contributions
     * @param first         the first projected month
     * @param months        how many months to project (≥ 0)
     */
    public static Result project(BigDecimal available, BigDecimal pending, long activeMembers, BigDecimal allowance,
            BigDecimal contributions, YearMonth first, int months) {
        BigDecimal allowances = Money.euros(allowance.multiply(BigDecimal.valueOf(activeMembers)));
        BigDecimal collected = Money.euros(contributions);
        List<Month> projected = new ArrayList<>();
        BigDecimal opening = Money.euros(available.add(pending));
        for (int i = 0; i < months; i++) {
            BigDecimal closing = opening.add(collected).subtract(allowances);
            projected.add(new Month(first.plusMonths(i), opening, collected, allowances, closing));
            opening = closing;
        }
        BigDecimal net = monthlyNet(activeMembers, allowance, contributions);
        return new Result(projected, runway(available.add(pending), net), runway(available, net));
    }
}
