package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.ErpException;

/** What a client is told of a body that cannot be read: a field or a position, never the parser's internals. */
class HttpApiRequestBodyTest {
    record Line(String product, String quantity) {
    }

    record Priced(String product, java.math.BigDecimal price) {
    }

    private static ErpException refusal(String json) {
        HttpApiRequest request = new HttpApiRequest(JsonMapper.create(), Map.of(), Map.of(),
                json.getBytes(StandardCharsets.UTF_8), h -> null, "127.0.0.1");
        try {
            request.body(Line.class);
        } catch (ErpException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        ErpException e = refusal("{\"product\":\"a\",\"quantity\":\"1\",\"quantity\":\"100\"}");
        assertThat(e.code()).isEqualTo("DUPLICATE_FIELD");
        assertThat(e.args()).containsExactly("quantity");
        assertThat(Messages.of(e, Locale.FRENCH)).isEqualTo("Le champ « quantity » est donné deux fois.");
    }

    @Test
    void malformedJsonGivesThePositionInPlainWords() {
        for (String json : new String[] {"{not json", "{\"product\": \"a\",\n \"quantity\": tru}", "[", "\"x\" \"y\"",
                "{\"product\":\"a\"}}", "", "null"}) {
            ErpException e = refusal(json);
            assertThat(e.code()).as(json).isEqualTo("MALFORMED_JSON");
            String message = Messages.of(e, Locale.FRENCH);
            assertThat(message).as(json).startsWith("Le corps de la requête n'est pas un JSON valide (ligne ")
                    .doesNotContain("Unrecognized", "token", "com.fasterxml", "line:", "column:", "Source");
            assertThat(Arrays.stream(e.args()).allMatch(a -> String.valueOf(a).matches("\\d+"))).as(json).isTrue();
        }
        assertThat(refusal("{\"product\": \"a\",\n \"quantity\": tru}").args()).startsWith("2");
    }

    @Test
    void aWrongTypeNamesTheFieldOnly() {
        ErpException e = refusal("{\"product\":\"a\",\"quantity\":[1]}");
        assertThat(e.code()).isEqualTo("INVALID_FIELD");
        assertThat(e.args()).containsExactly("quantity");
        assertThat(refusal("{\"product\":\"a\",\"qty\":\"1\"}").args()).containsExactly("qty");
    }

    @Test
    void aWellFormedBodyIsReadAsWrittenDecimalsKeepingTheirScale() {
        HttpApiRequest request = new HttpApiRequest(JsonMapper.create(), Map.of(), Map.of(),
                "{\"product\":\"a\",\"price\":\"1.10\"}".getBytes(StandardCharsets.UTF_8), h -> null, "127.0.0.1");
        Priced priced = request.body(Priced.class);
        assertThat(priced.product()).isEqualTo("a");
        assertThat(priced.price()).isEqualByComparingTo("1.10");
        assertThat(priced.price().scale()).isEqualTo(2);
    }

    @Test
    void aDecimalAsANumberOrATrailingValueIsStillRefused() {
        HttpApiRequest request = new HttpApiRequest(JsonMapper.create(), Map.of(), Map.of(),
                "{\"product\":\"a\",\"price\":1.1}".getBytes(StandardCharsets.UTF_8), h -> null, "127.0.0.1");
        assertThatThrownBy(() -> request.body(Priced.class)).isInstanceOfSatisfying(ErpException.class,
                e -> assertThat(e.args()).containsExactly("price"));
        assertThat(refusal("{\"product\":\"a\",\"quantity\":\"1\"} {}").code()).isEqualTo("MALFORMED_JSON");
    }
}
