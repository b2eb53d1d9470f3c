package org.vivres.pricing.internal;

import org.vivres.erp.api.StoreCalendar;
import java.time.LocalDate;

/** Dates as the stores see them: the till dates tickets in the stores' zone, so does pricing. */
public final class StoreDates {

    private StoreDates() {
    }

    public static LocalDate today() {
        return StoreCalendar.today();
    }

    /** 400 {@code INVALID_PERIOD} when {@code to} is before {@code from}. */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusals.badRequest("INVALID_PERIOD", from, to);
        }
    }
}
