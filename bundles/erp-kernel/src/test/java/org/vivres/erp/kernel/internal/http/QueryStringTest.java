package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void decodesNamesAndValuesAndKeepsTheFirstValue() {
        var params = QueryString.parse("q=farine%20de%20bl%C3%A9&limit=5&limit=9&flag&bad=%zz");
        assertThat(params.get("q")).containsExactly("farine de blé");
        assertThat(params.get("limit")).containsExactly("5");
        assertThat(params.get("flag")).containsExactly("");
        assertThat(params.get("bad")).containsExactly("%zz");
        assertThat(QueryString.parse(null)).isEmpty();
    }
}
