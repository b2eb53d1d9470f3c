package org.vivres.erp.api;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The network's calendar: a ticket's date, a month of the caisse and a round's month are days of
 * the stores' time zone, whatever the server's.
 */
public final class StoreCalendar {
    /** The stores' time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private StoreCalendar() {
    }

    /** Today in the stores. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
