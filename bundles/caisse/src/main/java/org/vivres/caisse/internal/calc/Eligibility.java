package org.vivres.caisse.internal.calc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The citizens' committee's eligibility rules, as pure functions. A product passes a rule when its
 * category is one of {@code categories} (if given), it bears at least one of {@code labels} (if
 * given), its origin is at most {@code maxOriginKm} away (if given; an unknown origin fails) and its
 * category is not excluded. It is eligible when it passes every rule; with no rule, every product is.
 * Categories and labels compare without regard to case.
 */
public final class Eligibility {
    /** Why a product failed a rule. */
    public enum Reason { CATEGORY, LABEL, ORIGIN_KM, EXCLUDED_CATEGORY }

    /** One rule; a {@code null} part is not part of the rule. */
    public record Rule(UUID id, Set<String> categories, Set<String> labels, Integer maxOriginKm,
            Set<String> excludedCategories) {
        public Rule {
            categories = normalise(categories);
            labels = normalise(labels);
            excludedCategories = normalise(excludedCategories);
        }
    }

    /** What the rules look at in a product. */
    public record Facts(String category, Collection<String> labels, Integer originKm) {
        public Facts {
            category = category == null ? null : category.strip().toUpperCase(Locale.ROOT);
            labels = labels == null ? Set.of() : normalise(Set.copyOf(labels));
        }
    }

    /** A failed rule and the reasons, in the order of {@link Reason}. */
    public record Failure(UUID id, List<Reason> reasons) {
        public Failure {
            reasons = List.copyOf(reasons);
        }
    }

    /** The answer: eligible, or the rules that were failed. */
    public record Verdict(boolean eligible, List<Failure> failedRules) {
        public Verdict {
            failedRules = List.copyOf(failedRules);
        }
    }

    private Eligibility() {
    }

    /** Checks {@code product} against every rule of a fund. */
    public static Verdict check(List<Rule> rules, Facts product) {
        List<Failure> failed = new ArrayList<>();
        for (Rule rule : rules) {
            List<Reason> reasons = reasons(rule, product);
            if (!reasons.isEmpty()) {
                failed.add(new Failure(rule.id(), reasons));
            }
        }
        return new Verdict(failed.isEmpty(), failed);
    }

    /** True when {@code product} passes every rule. */
    public static boolean eligible(List<Rule> rules, Facts product) {
        return rules.stream().allMatch(rule -> reasons(rule, product).isEmpty());
    }

    /** Why {@code product} fails {@code rule}; empty when it passes. */
    public static List<Reason> reasons(Rule rule, Facts product) {
        List<Reason> reasons = new ArrayList<>();
        if (rule.categories() != null && !rule.categories().contains(product.category())) {
            reasons.add(Reason.CATEGORY);
        }
        if (rule.labels() != null && product.labels().stream().noneMatch(rule.labels()::contains)) {
            reasons.add(Reason.LABEL);
        }
        if (rule.maxOriginKm() != null && (product.originKm() == null || product.originKm() > rule.maxOriginKm())) {
            reasons.add(Reason.ORIGIN_KM);
        }
        if (rule.excludedCategories() != null && rule.excludedCategories().contains(product.category())) {
            reasons.add(Reason.EXCLUDED_CATEGORY);
        }
        return reasons;
    }

    private static Set<String> normalise(Set<String> values) {
        return values == null ? null
                : values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
