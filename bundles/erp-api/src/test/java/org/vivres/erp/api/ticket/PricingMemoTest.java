package org.vivres.erp.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PricingMemoTest {
    private record Key(String name) {
    }

    @Test
    void aValueIsComputedOnceForAllTheLinesOfOneTicket() {
        PricingMemo memo = new PricingMemo();
        AtomicInteger reads = new AtomicInteger();
        for (int line = 0; line < 20; line++) {
            PricingContext context = new PricingContext(UUID.randomUUID(), null, LocalDate.of(2026, 11, 26), List.of(),
                    memo);
            assertThat(context.memo().<Integer>get(new Key("assignment"), reads::incrementAndGet)).isEqualTo(1);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void anAbsentValueIsRememberedAsAbsent() {
        PricingMemo memo = new PricingMemo();
        AtomicInteger reads = new AtomicInteger();
        memo.get(new Key("tier"), () -> {
            reads.incrementAndGet();
            return null;
        });
        assertThat((Object) memo.get(new Key("tier"), () -> "read again")).isNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aValueMayBeComputedFromAnotherOne() {
        PricingMemo memo = new PricingMemo();
        String offers = memo.get(new Key("offers"), () -> memo.get(new Key("store"), () -> "store") + " offers");
        assertThat(offers).isEqualTo("store offers");
        assertThat((String) memo.get(new Key("store"), () -> "other")).isEqualTo("store");
    }

    @Test
    void keysOfDifferentTypesNeverMeet() {
        record Other(String name) {
        }
        PricingMemo memo = new PricingMemo();
        memo.get(new Key("x"), () -> "rule A");
        assertThat((String) memo.get(new Other("x"), () -> "rule B")).isEqualTo("rule B");
    }

    @Test
    void aContextWithoutMemoGetsItsOwn() {
        PricingContext a = new PricingContext(null, null, LocalDate.of(2026, 11, 26), List.of());
        PricingContext b = new PricingContext(null, null, LocalDate.of(2026, 11, 26), List.of());
        a.memo().get(new Key("k"), () -> "a");
        assertThat((String) b.memo().get(new Key("k"), () -> "b")).isEqualTo("b");
    }
}
