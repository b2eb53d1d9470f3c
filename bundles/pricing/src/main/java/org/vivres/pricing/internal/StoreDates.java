package org.vivres.pricing.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the stores see them: the till dates tickets in the stores' zone, so does pricing. */
final class StoreDates {
    /** The zone of the kernel's ticket dates. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private StoreDates() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** 400 {@code INVALID_PERIOD} when {@code to} is before {@code from}. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw PricingErrors.badRequest("INVALID_PERIOD", from, to);
        }
    }
}
