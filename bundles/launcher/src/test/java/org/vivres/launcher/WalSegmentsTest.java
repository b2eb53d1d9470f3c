package org.vivres.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WalSegmentsTest {

    @Test
    void theSegmentAfterTheLastOfALogNumberStartsTheNextOne() {
        assertThat(WalSegments.next("0000000100000000000000FF")).isEqualTo("000000010000000100000000");
        assertThat(WalSegments.range("0000000100000000000000FE", "000000010000000100000001")).containsExactly(
                "0000000100000000000000FE", "0000000100000000000000FF", "000000010000000100000000",
                "000000010000000100000001");
    }

    @Test
    void aHoleBetweenArchivedSegmentsIsReportedButTheEndOfTheArchiveIsNot() {
        List<String> whole = List.of("000000010000000000000003", "000000010000000000000004",
                "000000010000000000000005", "000000010000000000000004.00000028.backup", "SHA256SUMS",
                "000000020000000000000009", "000000010000000000000001");
        List<String> holed = List.of("000000010000000000000003", "000000010000000000000005",
                "000000010000000000000007");

        assertThat(WalSegments.holes("000000010000000000000003", whole)).isEmpty();
        assertThat(WalSegments.holes("000000010000000000000003", holed))
                .containsExactly("000000010000000000000004", "000000010000000000000006");
        assertThat(WalSegments.holes("000000010000000000000003", List.of())).containsExactly(
                "000000010000000000000003");
        assertThat(WalSegments.newest("000000010000000000000003", whole)).isEqualTo("000000010000000000000005");
    }
}
