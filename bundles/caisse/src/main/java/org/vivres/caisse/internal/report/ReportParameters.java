package org.vivres.caisse.internal.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.vivres.caisse.internal.Months;
import org.vivres.caisse.internal.Refusals;
import org.vivres.erp.api.report.ReportQuery;

/**
 * The query parameters only the caisse's reports take — a month, a period — checked like a handler's (400 with
 * the network's codes); ids, days and roles are {@link ReportQuery}'s.
 */
final class ReportParameters {
    private ReportParameters() {
    }

    /** A month {@code 2026-12}; 400 {@code FIELD_REQUIRED} or {@code INVALID_MONTH}. */
    static YearMonth month(Map<String, String> parameters, String name) {
        return Months.parse(parameters.get(name), name);
    }

    /** The period {@code from}–{@code to}, both days included; 400 {@code INVALID_DATE_RANGE} when reversed. */
    static Period period(Map<String, String> parameters) {
        LocalDate from = ReportQuery.requiredDate(parameters, "from");
        LocalDate to = ReportQuery.requiredDate(parameters, "to");
        if (to.isBefore(from)) {
            throw Refusals.badRequest("INVALID_DATE_RANGE", "to");
        }
        return new Period(from, to);
    }

    /** Days {@code from} to {@code to}, both included, in the stores' calendar. */
    record Period(LocalDate from, LocalDate to) {
    }
}
