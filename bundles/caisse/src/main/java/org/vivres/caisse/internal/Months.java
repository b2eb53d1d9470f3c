package org.vivres.caisse.internal;

import org.vivres.erp.api.StoreCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.vivres.erp.api.Check;

/** Months as the API writes them ({@code "2026-12"}), and the stores' calendar. */
public final class Months {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private Months() {
    }

    /** {@code value} as a month; 400 {@code FIELD_REQUIRED} or {@code INVALID_MONTH} naming {@code field}. */
    public static YearMonth parse(String value, String field) {
        String text = Check.required(value, field).strip();
        if (!MONTH.matcher(text).matches()) {
            throw Check.invalid("INVALID_MONTH", field);
        }
        return YearMonth.parse(text);
    }

    /** The stores' current month. */
    public static YearMonth current() {
        return YearMonth.now(StoreCalendar.ZONE);
    }

    /** The stores' date today. */
    public static LocalDate today() {
        return StoreCalendar.today();
    }
}
