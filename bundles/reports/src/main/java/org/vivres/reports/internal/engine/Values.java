package org.vivres.reports.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;

/**
 * Turns what a {@code ReportSource} put in its {@code ReportData} (String, BigDecimal, Integer,
 * LocalDate, OffsetDateTime, YearMonth, UUID, lists of maps...) into the class a template declares
 * for that parameter or field, so that sources need not know JasperReports and templates can
 * format with patterns (money, dates) in the report's French locale.
 */
public final class Values {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);
    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private Values() {
    }

    /**
     * {@code value} as an instance of {@code target}; {@code null} stays {@code null}.
     *
     * @param zone the time zone in which dates become instants (the stores')
     * @throws IllegalArgumentException when the value cannot be shown as {@code target}: a source bug
     */
    public static Object coerce(Object value, Class<?> target, ZoneId zone) {
        if (value == null || target.isInstance(value) && !JRDataSource.class.isAssignableFrom(target)) {
            return value;
        }
        try {
            if (target == String.class) {
                return text(value, zone);
            }
            if (target == BigDecimal.class) {
                return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
            }
            if (target == Integer.class) {
                return decimal(value).intValueExact();
            }
            if (target == Long.class) {
                return decimal(value).longValueExact();
            }
            if (target == Double.class) {
                return decimal(value).doubleValue();
            }
            if (target == Boolean.class) {
                return Boolean.valueOf(value.toString().strip());
            }
            if (target == Date.class) {
                return date(value, zone);
            }
            if (JRDataSource.class.isAssignableFrom(target)) {
                return dataSource(value, zone);
            }
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("value " + value + " cannot be shown as " + target.getSimpleName(), e);
        }
        throw new IllegalArgumentException("value of " + value.getClass().getName() + " cannot be shown as "
                + target.getName());
    }

    /** A value as French text: dates {@code 25/11/2026}, months {@code novembre 2026}, decimals plain. */
    public static String text(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return FRENCH_DATE.format(d);
        }
        if (value instanceof YearMonth m) {
            return FRENCH_MONTH.format(m);
        }
        if (value instanceof LocalDateTime t) {
            return FRENCH_DATE_TIME.format(t);
        }
        if (value instanceof TemporalAccessor t && t.isSupported(ChronoField.INSTANT_SECONDS)) {
            return FRENCH_DATE_TIME.format(Instant.from(t).atZone(zone));
        }
        return value.toString();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().strip());
    }

    private static Date date(Object value, ZoneId zone) {
        if (value instanceof LocalDate d) {
            return Date.from(d.atStartOfDay(zone).toInstant());
        }
        if (value instanceof YearMonth m) {
            return Date.from(m.atDay(1).atStartOfDay(zone).toInstant());
        }
        if (value instanceof LocalDateTime t) {
            return Date.from(t.atZone(zone).toInstant());
        }
        if (value instanceof TemporalAccessor t && t.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Date.from(Instant.from(t));
        }
        if (value instanceof String s) {
            return Date.from(parse(s.strip(), zone));
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }

    /** {@code 2026-12-01}, {@code 2026-12} or an ISO instant with offset. */
    private static Instant parse(String s, ZoneId zone) {
        if (s.length() == 7) {
            return YearMonth.parse(s).atDay(1).atStartOfDay(zone).toInstant();
        }
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay(zone).toInstant();
        }
        return OffsetDateTime.parse(s).toInstant();
    }

    @SuppressWarnings("unchecked")
    private static JRDataSource dataSource(Object value, ZoneId zone) {
        if (value instanceof Collection<?> rows && rows.stream().allMatch(r -> r instanceof Map)) {
            return new RowsDataSource(List.copyOf((Collection<Map<String, Object>>) rows), zone);
        }
        throw new IllegalArgumentException("not a list of rows: " + value.getClass().getName());
    }
}
