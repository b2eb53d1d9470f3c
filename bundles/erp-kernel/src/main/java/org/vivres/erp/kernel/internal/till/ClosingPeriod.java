package org.vivres.erp.kernel.internal.till;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/**
 * A store's closing period: a day {@code 2026-12-07}, a month {@code 2026-12} or a year {@code 2026}, in the stores'
 * days. Pure: says when it is over and which smaller period must be closed before it.
 *
 * @param kind  {@code DAY}, {@code MONTH} or {@code YEAR}
 * @param first its first day
 * @param last  its last day
 */
record ClosingPeriod(String kind, String period, LocalDate first, LocalDate last) {
    static final String DAY = "DAY";
    static final String MONTH = "MONTH";
    static final String YEAR = "YEAR";
    private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");

    /** 400 {@code INVALID_PERIOD} when {@code period} is not a period of {@code kind}. */
    static ClosingPeriod parse(String kind, String period) {
        try {
            switch (kind) {
                case DAY -> {
                    LocalDate day = LocalDate.parse(period);
                    return new ClosingPeriod(kind, day.toString(), day, day);
                }
                case MONTH -> {
                    YearMonth month = YearMonth.parse(period);
                    return new ClosingPeriod(kind, month.toString(), month.atDay(1), month.atEndOfMonth());
                }
                default -> {
                    if (!YEAR_TEXT.matcher(period).matches()) {
                        throw new DateTimeParseException("not a year", period, 0);
                    }
                    Year year = Year.parse(period);
                    return new ClosingPeriod(kind, year.toString(), year.atDay(1), year.atMonth(12).atEndOfMonth());
                }
            }
        } catch (DateTimeParseException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_PERIOD", TillRefusals.class, period, kind);
        }
    }

    /** A day may be closed from that day on (once its tills are closed); a month or a year once its last day is past. */
    boolean isOver(LocalDate today) {
        return DAY.equals(kind) ? !first.isAfter(today) : last.isBefore(today);
    }

    /** The kind of the periods that must be closed before this one, or empty for a day. */
    Optional<String> smallerKind() {
        return switch (kind) {
            case DAY -> Optional.empty();
            case MONTH -> Optional.of(DAY);
            default -> Optional.of(MONTH);
        };
    }

    /** The smaller period a day with sales falls in ({@code 2026-12-07} for a month, {@code 2026-12} for a year). */
    String smallerOf(LocalDate day) {
        return MONTH.equals(kind) ? day.toString() : YearMonth.from(day).toString();
    }

    /**
     * The first smaller period with sales ({@code salesDays}) that is not among {@code closed} (texts of the closed
     * smaller periods), or empty when all are.
     */
    Optional<String> firstUnclosed(Collection<LocalDate> salesDays, Collection<String> closed) {
        return salesDays.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).sorted().map(this::smallerOf)
                .filter(p -> !closed.contains(p)).findFirst();
    }

    /** The first day of the period that {@code periodTotal} runs from: the month of a day, the year of a month. */
    LocalDate periodTotalFrom() {
        return switch (kind) {
            case DAY -> first.withDayOfMonth(1);
            case MONTH -> first.withDayOfYear(1);
            default -> first;
        };
    }
}
