package org.vivres.erp.kernel.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMapperTest {
    private final ObjectMapper mapper = JsonMapper.create();

    record Price(String sku, BigDecimal amount) {
    }

    @Test
    void decimalsTravelAsStrings() throws Exception {
        assertThat(mapper.readValue("{\"sku\":\"A\",\"amount\":\"12.50\"}", Price.class).amount()).isEqualByComparingTo("12.50");
        assertThat(mapper.writeValueAsString(new Price("A", new BigDecimal("1E+1").setScale(2))))
                .isEqualTo("{\"sku\":\"A\",\"amount\":\"10.00\"}");
    }

    @Test
    void aJsonNumberForADecimalIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":\"A\",\"amount\":12.5}", Price.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":\"A\",\"amount\":\"12,5\"}", Price.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":\"A\",\"amount\":\"1e400\"}", Price.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void numbersAreNotTakenForTextAndUnknownFieldsAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":12,\"amount\":\"1\"}", Price.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"sku\":\"A\",\"amount\":\"1\",\"x\":1}", Price.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void mapsAreWrittenAsIs() throws Exception {
        assertThat(mapper.writeValueAsString(Map.of("total", new BigDecimal("3.40")))).isEqualTo("{\"total\":\"3.40\"}");
    }
}
