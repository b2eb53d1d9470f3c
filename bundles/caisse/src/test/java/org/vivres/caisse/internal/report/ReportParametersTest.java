package org.vivres.caisse.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The report parameters: what passes, normalised, and the code of what does not. */
class ReportParametersTest {

    @Test
    void idsDatesAndMonthsAreReadAroundSpaces() {
        UUID id = UUID.randomUUID();
        Map<String, String> p = Map.of("fund", " " + id + " ", "day", "2026-02-28 ", "month", "2026-12");
        assertThat(ReportParameters.id(p, "fund")).isEqualTo(id);
        assertThat(ReportParameters.date(p, "day")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportParameters.month(p, "month")).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aMissingParameterIsRequiredAndAMalformedOneInvalid() {
        assertRefused(() -> ReportParameters.id(Map.of(), "fund"), "FIELD_REQUIRED", "fund");
        assertRefused(() -> ReportParameters.id(Map.of("fund", "12"), "fund"), "INVALID_PARAMETER", "fund");
        assertRefused(() -> ReportParameters.date(Map.of(), "from"), "FIELD_REQUIRED", "from");
        assertRefused(() -> ReportParameters.date(Map.of("from", "2026-02-29"), "from"), "INVALID_DATE", "from");
        assertRefused(() -> ReportParameters.date(Map.of("from", "26/11/2026"), "from"), "INVALID_DATE", "from");
        assertRefused(() -> ReportParameters.month(Map.of("month", "2026-1"), "month"), "INVALID_MONTH", "month");
        assertRefused(() -> ReportParameters.month(Map.of(), "month"), "FIELD_REQUIRED", "month");
    }

    @Test
    void aPeriodMayBeOneDayButNotEndBeforeItStarts() {
        assertThat(ReportParameters.period(Map.of("from", "2026-11-30", "to", "2026-11-30")))
                .isEqualTo(new ReportParameters.Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)));
        assertRefused(() -> ReportParameters.period(Map.of("from", "2026-11-30", "to", "2026-11-29")),
                "INVALID_DATE_RANGE", "to");
        assertRefused(() -> ReportParameters.period(Map.of("to", "2026-11-29")), "FIELD_REQUIRED", "from");
    }

    private static void assertRefused(Runnable call, String code, String field) {
        ErpException e = catchThrowableOfType(ErpException.class, call::run);
        assertThat(e).as(code).isNotNull();
        assertThat(e.status()).isEqualTo(ErrorStatus.BAD_REQUEST);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.args()).startsWith(field);
    }
}
