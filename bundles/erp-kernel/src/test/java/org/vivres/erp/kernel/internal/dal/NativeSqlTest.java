package org.vivres.erp.kernel.internal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bundle's native statement turned into what the driver runs: its parameters, and nothing else, replaced. */
class NativeSqlTest {
    @Test
    void namedParametersBecomePlacesInTheirOrderAndARepeatedNameIsBoundEachTime() {
        List<Object> values = new ArrayList<>();
        String text = NativeSql.of("update caisse_member set balance = balance - :a where id = :id and balance >= :a")
                .text(Map.of("a", "1.00", "id", "m"), values);
        assertThat(text).isEqualTo("update caisse_member set balance = balance - ? where id = ? and balance >= ?");
        assertThat(values).containsExactly("1.00", "m", "1.00");
    }

    @Test
    void quotesCommentsAndCastsAreLeftAsWritten() {
        List<Object> values = new ArrayList<>();
        String text = NativeSql.of("select ':x', \"a:b\", cast(:h as uuid), now()::date -- :c\n/* :d */ from t")
                .text(Map.of("h", "u"), values);
        assertThat(text).isEqualTo("select ':x', \"a:b\", cast(? as uuid), now()::date -- :c\n/* :d */ from t");
        assertThat(values).containsExactly("u");
    }

    @Test
    void aListGivesOnePlacePerValueAndAnEmptyListMatchesNothing() {
        List<Object> values = new ArrayList<>();
        assertThat(NativeSql.of("delete from t where id in (:ids) and k = :k")
                .text(Map.of("ids", List.of(1, 2, 3), "k", 4), values))
                .isEqualTo("delete from t where id in (?, ?, ?) and k = ?");
        assertThat(values).containsExactly(1, 2, 3, 4);
        List<Object> none = new ArrayList<>();
        assertThat(NativeSql.of("delete from t where id in (:ids)").text(Map.of("ids", List.of()), none))
                .isEqualTo("delete from t where id in (?)");
        assertThat(none).containsExactly((Object) null);
    }

    @Test
    void aMissingParameterIsRefusedAndANullOneIsBound() {
        NativeSql sql = NativeSql.of("update t set v = :v where id = :id");
        assertThatThrownBy(() -> sql.text(Map.of("id", 1), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":v");
        Map<String, Object> params = new HashMap<>();
        params.put("v", null);
        params.put("id", 1);
        List<Object> values = new ArrayList<>();
        assertThat(sql.text(params, values)).isEqualTo("update t set v = ? where id = ?");
        assertThat(values).containsExactly(null, 1);
    }

    @Test
    void allColumnRowsReadDatesAndTimestampsAsJavaTimeAndNumericsAsBigDecimal() {
        assertThat(NativeSql.columnType(Types.DATE, "date")).isEqualTo(LocalDate.class);
        // PostgreSQL's driver reports timestamptz as TIMESTAMP: its name tells the offset is kept.
        assertThat(NativeSql.columnType(Types.TIMESTAMP, "timestamptz")).isEqualTo(OffsetDateTime.class);
        assertThat(NativeSql.columnType(Types.TIMESTAMP_WITH_TIMEZONE, "timestamptz"))
                .isEqualTo(OffsetDateTime.class);
        assertThat(NativeSql.columnType(Types.TIMESTAMP, "timestamp")).isEqualTo(LocalDateTime.class);
        assertThat(NativeSql.columnType(Types.TIME, "time")).isEqualTo(LocalTime.class);
        assertThat(NativeSql.columnType(Types.NUMERIC, "numeric")).isEqualTo(BigDecimal.class);
        // The driver's own types: a uuid as UUID, a varchar as String, an int4 as Integer.
        assertThat(NativeSql.columnType(Types.OTHER, "uuid")).isEqualTo(Object.class);
        assertThat(NativeSql.columnType(Types.VARCHAR, "varchar")).isEqualTo(Object.class);
        assertThat(NativeSql.columnType(Types.INTEGER, "int4")).isEqualTo(Object.class);
    }
}
