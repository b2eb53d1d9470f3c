package org.vivres.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.report.ReportFormat;

/** The {@code format} query parameter. */
class ReportResourceTest {

    @Test
    void formatsInAnyCase() {
        assertThat(ReportResource.format("pdf")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportResource.format("HTML")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportResource.format(" Csv ")).isEqualTo(ReportFormat.CSV);
    }

    @Test
    void anyOtherFormatIsRefusedWith400() {
        for (String bad : new String[] {"xlsx", "", "pdf2", "PDF;"}) {
            assertThatThrownBy(() -> ReportResource.format(bad)).isInstanceOfSatisfying(ErpException.class, e -> {
                assertThat(e.status()).isEqualTo(ErrorStatus.BAD_REQUEST);
                assertThat(e.code()).isEqualTo("INVALID_FORMAT");
            });
        }
    }
}
