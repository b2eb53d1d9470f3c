package org.vivres.caisse.internal.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.vivres.caisse.internal.Months;
import org.vivres.caisse.internal.Refusals;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;

/**
 * The query parameters of the caisse's reports, checked like a handler's (400 with the network's
 * codes), and the role check of the endpoints whose data they print (403).
 */
final class ReportParameters {
    private ReportParameters() {
    }

    /** 403 {@code ROLE_FORBIDDEN} unless the user has one of {@code roles} (a network admin has them all). */
    static void requireRole(ErpContext context, Role... roles) {
        if (Arrays.stream(roles).noneMatch(context::hasRole)) {
            throw Refusals.forbidden("ROLE_FORBIDDEN");
        }
    }

    /** An id; 400 {@code FIELD_REQUIRED} when missing, {@code INVALID_PARAMETER} when not a UUID. */
    static UUID id(Map<String, String> parameters, String name) {
        String value = Check.required(parameters.get(name), name).strip();
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Refusals.badRequest("INVALID_PARAMETER", name);
        }
    }

    /** A day {@code 2026-12-01}; 400 {@code FIELD_REQUIRED} or {@code INVALID_DATE}. */
    static LocalDate date(Map<String, String> parameters, String name) {
        String value = Check.required(parameters.get(name), name).strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Check.invalid("INVALID_DATE", name);
        }
    }

    /** A month {@code 2026-12}; 400 {@code FIELD_REQUIRED} or {@code INVALID_MONTH}. */
    static YearMonth month(Map<String, String> parameters, String name) {
        return Months.parse(parameters.get(name), name);
    }

    /** The period {@code from}–{@code to}, both days included; 400 {@code INVALID_DATE_RANGE} when reversed. */
    static Period period(Map<String, String> parameters) {
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (to.isBefore(from)) {
            throw Refusals.badRequest("INVALID_DATE_RANGE", "to");
        }
        return new Period(from, to);
    }

    /** Days {@code from} to {@code to}, both included, in the stores' calendar. */
    record Period(LocalDate from, LocalDate to) {
    }
}
