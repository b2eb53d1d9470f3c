package org.vivres.erp.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** A report's ids and days: what passes, normalised, and the code of what does not — the same for every source. */
class ReportQueryTest {

    @Test
    void idsAndDaysAreReadAroundSpaces() {
        UUID id = UUID.randomUUID();
        Map<String, String> p = Map.of("fund", " " + id + " ", "day", "2026-02-28 ", "blank", " ");
        assertThat(ReportQuery.id(p, "fund")).isEqualTo(id);
        assertThat(ReportQuery.requiredDate(p, "day")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportQuery.date(p, "blank")).isEmpty();
        assertThat(ReportQuery.date(p, "absent")).isEmpty();
    }

    @Test
    void aMissingParameterIsRequiredAndAMalformedOneInvalid() {
        assertRefused(() -> ReportQuery.id(Map.of(), "fund"), "FIELD_REQUIRED", "fund");
        assertRefused(() -> ReportQuery.id(Map.of("fund", "  "), "fund"), "FIELD_REQUIRED", "fund");
        assertRefused(() -> ReportQuery.id(Map.of("fund", "12"), "fund"), "INVALID_PARAMETER", "fund");
        assertRefused(() -> ReportQuery.requiredDate(Map.of(), "from"), "FIELD_REQUIRED", "from");
        assertRefused(() -> ReportQuery.date(Map.of("from", "2026-02-29"), "from"), "INVALID_DATE", "from");
        assertRefused(() -> ReportQuery.requiredDate(Map.of("from", "26/11/2026"), "from"), "INVALID_DATE", "from");
    }

    private static void assertRefused(Runnable call, String code, String field) {
        ErpException e = catchThrowableOfType(ErpException.class, call::run);
        assertThat(e).as(code).isNotNull();
        assertThat(e.status()).isEqualTo(ErrorStatus.BAD_REQUEST);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.args()).startsWith(field);
    }
}
