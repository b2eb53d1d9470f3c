package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiscalAnswerTest {

    @Test
    void anIntactAnswerIsIntact() {
        FiscalAnswer answer = FiscalAnswer.parse("{\"status\":\"INTACT\",\"records\":42,\"firstBroken\":null}");
        assertThat(answer.intact()).isTrue();
        assertThat(answer.records()).isEqualTo(42);
    }

    @Test
    void aBrokenAnswerNamesTheChainAndTheRecord() {
        FiscalAnswer answer = FiscalAnswer.parse("{\"status\":\"BROKEN\",\"records\":7,\"firstBroken\":"
                + "{\"chain\":\"TILL-0-s1\",\"sequence\":2,\"reason\":\"CHANGED line.amount\"}}");
        assertThat(answer.intact()).isFalse();
        assertThat(answer.broken()).isEqualTo("chaîne « TILL-0-s1 », enregistrement n° 2 (CHANGED line.amount)");
    }

    @Test
    void whatCannotBeReadIsNotIntact() {
        assertThat(FiscalAnswer.parse("<html>oops</html>").intact()).isFalse();
        assertThat(FiscalAnswer.parse("{}").intact()).isFalse();
        assertThat(FiscalAnswer.parse("{}").broken()).contains("statut");
    }
}
