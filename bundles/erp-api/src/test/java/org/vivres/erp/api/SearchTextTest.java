package org.vivres.erp.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void accentsLigaturesAndCapitalsFoldAway() {
        assertThat(SearchText.fold("Œufs plein air x6")).isEqualTo("oeufs plein air x6");
        assertThat(SearchText.fold("Lait demi-ÉCRÉMÉ")).isEqualTo("lait demi-ecreme");
        assertThat(SearchText.fold("Crème fraîche, maïs, nœud, Æther, façon")).isEqualTo("creme fraiche, mais, noeud, aether, facon");
        assertThat(SearchText.fold(null)).isNull();
    }
}
