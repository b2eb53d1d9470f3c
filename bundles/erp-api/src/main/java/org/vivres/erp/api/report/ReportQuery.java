package org.vivres.erp.api.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.Role;

/**
 * The query parameters of a report read the way the API reads its own, with the same refusals, so that every
 * {@link ReportSource} answers a missing or malformed parameter alike.
 *
 * @since report package 1.1
 */
public final class ReportQuery {
    private ReportQuery() {
    }

    /** 403 {@code ROLE_FORBIDDEN} unless the user has one of {@code roles} (a network admin has them all). */
    public static void requireRole(ErpContext context, Role... roles) {
        if (Arrays.stream(roles).noneMatch(context::hasRole)) {
            throw new ErpException(ErrorStatus.FORBIDDEN, "ROLE_FORBIDDEN", ReportQuery.class);
        }
    }

    /** A required id: 400 {@code FIELD_REQUIRED} when missing or blank, {@code INVALID_PARAMETER} when not a UUID. */
    public static UUID id(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw Check.invalid("FIELD_REQUIRED", name);
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ErpException(ErrorStatus.BAD_REQUEST, "INVALID_PARAMETER", ReportQuery.class, name);
        }
    }

    /** An optional day {@code 2026-12-01}: empty when missing or blank, 400 {@code INVALID_DATE} when malformed. */
    public static Optional<LocalDate> date(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw Check.invalid("INVALID_DATE", name);
        }
    }

    /** A required day: 400 {@code FIELD_REQUIRED} when missing or blank, {@code INVALID_DATE} when malformed. */
    public static LocalDate requiredDate(Map<String, String> parameters, String name) {
        return date(parameters, name).orElseThrow(() -> Check.invalid("FIELD_REQUIRED", name));
    }
}
