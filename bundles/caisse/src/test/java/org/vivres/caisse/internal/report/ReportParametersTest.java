package org.vivres.caisse.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;

/** The caisse's report parameters (a month, a period): what passes, and the code of what does not. */
class ReportParametersTest {

    @Test
    void aMonthIsReadAroundSpaces() {
        assertThat(ReportParameters.month(Map.of("month", "2026-12"), "month")).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aMissingMonthIsRequiredAndAMalformedOneInvalid() {
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
        assertRefused(() -> ReportParameters.period(Map.of("from", "26/11/2026", "to", "2026-11-29")), "INVALID_DATE",
                "from");
    }

    private static void assertRefused(Runnable call, String code, String field) {
        ErpException e = catchThrowableOfType(ErpException.class, call::run);
        assertThat(e).as(code).isNotNull();
        assertThat(e.status()).isEqualTo(ErrorStatus.BAD_REQUEST);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.args()).startsWith(field);
    }
}
