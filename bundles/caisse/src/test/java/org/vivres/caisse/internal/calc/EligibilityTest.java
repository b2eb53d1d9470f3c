package org.vivres.caisse.internal.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vivres.caisse.internal.calc.Eligibility.Facts;
import org.vivres.caisse.internal.calc.Eligibility.Reason;
import org.vivres.caisse.internal.calc.Eligibility.Rule;

class EligibilityTest {
    private static final Facts LOCAL_ORGANIC_CARROTS = new Facts("LEGUMES", List.of("ORGANIC", "LOCAL"), 20);
    private static final Facts IMPORTED_SODA = new Facts("BOISSONS", List.of(), 1200);
    private static final Facts UNKNOWN_ORIGIN_BREAD = new Facts("BOULANGERIE", List.of("ORGANIC"), null);

    private static Rule rule(Set<String> categories, Set<String> labels, Integer km, Set<String> excluded) {
        return new Rule(UUID.randomUUID(), categories, labels, km, excluded);
    }

    @Test
    void withoutRulesEveryProductIsEligible() {
        assertThat(Eligibility.check(List.of(), IMPORTED_SODA).eligible()).isTrue();
        assertThat(Eligibility.check(List.of(), IMPORTED_SODA).failedRules()).isEmpty();
        assertThat(Eligibility.eligible(List.of(), UNKNOWN_ORIGIN_BREAD)).isTrue();
    }

    @Test
    void aCategoryRuleLetsOnlyItsCategoriesPass() {
        Rule vegetables = rule(Set.of("LEGUMES", "FRUITS"), null, null, null);
        assertThat(Eligibility.reasons(vegetables, LOCAL_ORGANIC_CARROTS)).isEmpty();
        assertThat(Eligibility.reasons(vegetables, IMPORTED_SODA)).containsExactly(Reason.CATEGORY);
    }

    @Test
    void aLabelRuleNeedsAtLeastOneOfTheLabels() {
        Rule labelled = rule(null, Set.of("LOCAL", "FAIR_TRADE"), null, null);
        assertThat(Eligibility.reasons(labelled, LOCAL_ORGANIC_CARROTS)).isEmpty();
        assertThat(Eligibility.reasons(labelled, UNKNOWN_ORIGIN_BREAD)).containsExactly(Reason.LABEL);
        assertThat(Eligibility.reasons(labelled, IMPORTED_SODA)).containsExactly(Reason.LABEL);
    }

    @Test
    void theDistanceRuleIsInclusiveAndAnUnknownOriginFailsIt() {
        assertThat(Eligibility.reasons(rule(null, null, 20, null), LOCAL_ORGANIC_CARROTS)).isEmpty();
        assertThat(Eligibility.reasons(rule(null, null, 19, null), LOCAL_ORGANIC_CARROTS))
                .containsExactly(Reason.ORIGIN_KM);
        assertThat(Eligibility.reasons(rule(null, null, 0, null), new Facts("LEGUMES", List.of(), 0))).isEmpty();
        assertThat(Eligibility.reasons(rule(null, null, 40_000, null), UNKNOWN_ORIGIN_BREAD))
                .containsExactly(Reason.ORIGIN_KM);
    }

    @Test
    void anExcludedCategoryFails() {
        Rule noDrinks = rule(null, null, null, Set.of("BOISSONS"));
        assertThat(Eligibility.reasons(noDrinks, IMPORTED_SODA)).containsExactly(Reason.EXCLUDED_CATEGORY);
        assertThat(Eligibility.reasons(noDrinks, LOCAL_ORGANIC_CARROTS)).isEmpty();
    }

    @Test
    void everyFailedPartOfARuleIsReportedInOrder() {
        Rule strict = rule(Set.of("LEGUMES"), Set.of("ORGANIC"), 100, Set.of("BOISSONS"));
        assertThat(Eligibility.reasons(strict, IMPORTED_SODA))
                .containsExactly(Reason.CATEGORY, Reason.LABEL, Reason.ORIGIN_KM, Reason.EXCLUDED_CATEGORY);
    }

    @Test
    void aProductMustPassEveryRuleAndTheFailedOnesAreNamed() {
        Rule vegetables = rule(Set.of("LEGUMES", "BOULANGERIE"), null, null, null);
        Rule near = rule(null, null, 50, null);
        Eligibility.Verdict bread = Eligibility.check(List.of(vegetables, near), UNKNOWN_ORIGIN_BREAD);
        assertThat(bread.eligible()).isFalse();
        assertThat(bread.failedRules()).extracting(Eligibility.Failure::id).containsExactly(near.id());
        assertThat(bread.failedRules().get(0).reasons()).containsExactly(Reason.ORIGIN_KM);
        Eligibility.Verdict carrots = Eligibility.check(List.of(vegetables, near), LOCAL_ORGANIC_CARROTS);
        assertThat(carrots.eligible()).isTrue();
        assertThat(Eligibility.eligible(List.of(vegetables, near), LOCAL_ORGANIC_CARROTS)).isTrue();
        assertThat(Eligibility.eligible(List.of(vegetables, near), UNKNOWN_ORIGIN_BREAD)).isFalse();
    }

    @Test
    void categoriesAndLabelsCompareWithoutRegardToCase() {
        Rule rule = rule(Set.of(" legumes"), Set.of("organic"), null, Set.of("boissons"));
        assertThat(Eligibility.reasons(rule, new Facts("Legumes", List.of("Organic"), null))).isEmpty();
        assertThat(Eligibility.reasons(rule, new Facts("boissons", List.of("ORGANIC"), null)))
                .containsExactly(Reason.CATEGORY, Reason.EXCLUDED_CATEGORY);
    }

    @Test
    void aProductWithoutLabelsFailsALabelRule() {
        assertThat(Eligibility.reasons(rule(null, Set.of("ORGANIC"), null, null), new Facts("X", null, 1)))
                .containsExactly(Reason.LABEL);
    }
}
