package org.vivres.erp.kernel.internal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of a set-based insert: single values cast first, in the same order as their names, arrays after. */
class InsertSqlTest {
    private static final List<Rows.Column<Object>> ALL = List.of(
            new Rows.Column<>("id", "uuid", o -> o),
            new Rows.Column<>("created_at", "timestamptz", o -> o),
            new Rows.Column<>("amount", "numeric", o -> o));

    @Test
    void severalRowsBindTheirSingleValuesOnceAndUnnestTheRest() {
        assertThat(InsertSql.of("t", ALL, new boolean[] {false, true, false}, true)).isEqualTo(
                "insert into t (created_at, id, amount) select cast(? as timestamptz), u.* from unnest(?, ?) u");
    }

    @Test
    void oneRowIsPlainValuesWithoutArrays() {
        assertThat(InsertSql.of("t", ALL, new boolean[] {true, true, true}, false)).isEqualTo(
                "insert into t (id, created_at, amount) select cast(? as uuid), cast(? as timestamptz), "
                        + "cast(? as numeric)");
    }

    @Test
    void aDrawnColumnComesFromItsSourceAndIsReturned() {
        assertThat(InsertSql.drawing("t", ALL, "no", "select 1 as no")).isEqualTo(
                "insert into t (id, created_at, amount, no) select cast(? as uuid), cast(? as timestamptz), "
                        + "cast(? as numeric), d.no from (select 1 as no) d returning no");
    }

    @Test
    void aVariantNamesWhichColumnsAreSingle() {
        assertThat(InsertSql.key(new boolean[] {false, true, true})).isEqualTo("011");
        assertThat(InsertSql.key(new boolean[] {true, false, false})).isNotEqualTo(
                InsertSql.key(new boolean[] {false, true, false}));
    }
}
