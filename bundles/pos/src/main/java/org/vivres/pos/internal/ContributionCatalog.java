package org.vivres.pos.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

/**
 * The UI contributions present now, each with its {@code service.ranking}; lists those a caller
 * may see, in the caller's language, highest ranking first then by id (a stable menu order).
 */
final class ContributionCatalog {
    /** Places the web apps know; a contribution elsewhere is listed too, for apps yet to come. */
    static final List<String> PLACES = List.of("till.payment", "till.panel", "till.priceRule", "backoffice.screen");

    /** One entry of {@code GET /api/ui/contributions}. */
    record View(String id, String place, String title, String module) {
    }

    private record Entry(UiContribution contribution, int ranking) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(UiContribution contribution, Object ranking) {
        entries.add(new Entry(contribution, ranking instanceof Integer r ? r : 0));
    }

    void remove(UiContribution contribution) {
        entries.removeIf(e -> e.contribution() == contribution);
    }

    /**
     * The contributions for a caller with roles tested by {@code hasRole} (a network admin has
     * every role), of {@code place} when given. A contribution that throws is left out: one broken
     * bundle must not take the till's menu down.
     */
    List<View> visible(Predicate<Role> hasRole, Locale locale, String place) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::ranking).reversed()
                .thenComparing(e -> String.valueOf(safeId(e.contribution()))));
        List<View> views = new ArrayList<>();
        for (Entry entry : sorted) {
            View view = view(entry.contribution(), hasRole, locale);
            if (view != null && (place == null || place.equals(view.place()))) {
                views.add(view);
            }
        }
        return views;
    }

    private static View view(UiContribution c, Predicate<Role> hasRole, Locale locale) {
        try {
            Set<Role> roles = c.roles();
            if (roles != null && !roles.isEmpty() && roles.stream().noneMatch(hasRole)) {
                return null;
            }
            String title = c.title(locale);
            if (c.id() == null || c.place() == null || c.module() == null) {
                return null;
            }
            return new View(c.id(), c.place(), title == null ? c.id() : title, c.module());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String safeId(UiContribution c) {
        try {
            return c.id();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
