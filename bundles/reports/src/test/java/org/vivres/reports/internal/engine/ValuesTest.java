package org.vivres.reports.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

/** What sources put in their data becomes what templates declare. */
class ValuesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void decimalsAndCountsFromNumbersOrTheirText() {
        assertThat(Values.coerce("12.50", BigDecimal.class, PARIS)).isEqualTo(new BigDecimal("12.50"));
        assertThat(Values.coerce(3, BigDecimal.class, PARIS)).isEqualTo(new BigDecimal("3"));
        assertThat(Values.coerce(7L, Integer.class, PARIS)).isEqualTo(7);
        assertThat(Values.coerce(" 7 ", Integer.class, PARIS)).isEqualTo(7);
        assertThat(Values.coerce(new BigDecimal("2.000"), Integer.class, PARIS)).isEqualTo(2);
        assertThatThrownBy(() -> Values.coerce(new BigDecimal("2.5"), Integer.class, PARIS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Values.coerce("douze", BigDecimal.class, PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("douze");
    }

    @Test
    void datesAreDaysOfTheStoresTimeZone() {
        Date midnightInParis = Date.from(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(Values.coerce(LocalDate.of(2026, 12, 1), Date.class, PARIS)).isEqualTo(midnightInParis);
        assertThat(Values.coerce("2026-12-01", Date.class, PARIS)).isEqualTo(midnightInParis);
        assertThat(Values.coerce("2026-12", Date.class, PARIS)).isEqualTo(midnightInParis);
        assertThat(Values.coerce(YearMonth.of(2026, 12), Date.class, PARIS)).isEqualTo(midnightInParis);
        assertThat(Values.coerce(OffsetDateTime.parse("2026-12-01T00:00:00+01:00"), Date.class, PARIS))
                .isEqualTo(midnightInParis);
        assertThat(Values.coerce("2026-12-01T00:00:00+01:00", Date.class, PARIS)).isEqualTo(midnightInParis);
    }

    @Test
    void textIsFrench() {
        assertThat(Values.coerce(LocalDate.of(2026, 12, 1), String.class, PARIS)).isEqualTo("01/12/2026");
        assertThat(Values.coerce(YearMonth.of(2026, 12), String.class, PARIS)).isEqualTo("décembre 2026");
        assertThat(Values.coerce(Instant.parse("2026-07-14T10:00:00Z"), String.class, PARIS)).isEqualTo("14/07/2026 12:00");
        assertThat(Values.coerce(new BigDecimal("1E+3"), String.class, PARIS)).isEqualTo("1000");
        UUID id = UUID.randomUUID();
        assertThat(Values.coerce(id, String.class, PARIS)).isEqualTo(id.toString());
        assertThat(Values.coerce(null, String.class, PARIS)).isNull();
    }

    @Test
    void listsOfRowsBecomeDataSourcesWhoseValuesAreCoercedToo() throws JRException {
        Object ds = Values.coerce(List.of(Map.of("amount", "3.40")), JRDataSource.class, PARIS);
        assertThat(ds).isInstanceOf(RowsDataSource.class);
        JRDesignField amount = new JRDesignField();
        amount.setName("amount");
        amount.setValueClass(BigDecimal.class);
        RowsDataSource rows = (RowsDataSource) ds;
        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(amount)).isEqualTo(new BigDecimal("3.40"));
        assertThat(rows.next()).isFalse();
        rows.moveFirst();
        assertThat(rows.next()).isTrue();
        assertThatThrownBy(() -> Values.coerce("rows", JRDataSource.class, PARIS)).isInstanceOf(IllegalArgumentException.class);
    }
}
