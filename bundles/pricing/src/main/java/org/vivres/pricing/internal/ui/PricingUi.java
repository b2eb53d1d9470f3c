package org.vivres.pricing.internal.ui;

import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

/**
 * What differentiated pricing adds to the back office (docs/ui-contributions.md): tiers, a
 * household's tier and assessment, the store's balance. The till already shows the household's tier
 * (pos reads the {@code tier} facet). Modules served by this bundle under {@code /ui/pricing/}.
 */
public final class PricingUi {
    private PricingUi() {
    }

    /** The modules, from {@code web/pricing/} in the bundle. */
    @Component(service = Files.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/pricing/*",
        "osgi.http.whiteboard.resource.prefix=/web/pricing"})
    public static final class Files {
    }

    /** One contribution: French title unless English is asked for. */
    abstract static class Part implements UiContribution {
        private final String place;
        private final String id;
        private final String fr;
        private final String en;
        private final String module;
        private final Set<Role> roles;

        Part(String place, String id, String fr, String en, String module, Role... roles) {
            this.place = place;
            this.id = id;
            this.fr = fr;
            this.en = en;
            this.module = module;
            this.roles = Set.of(roles);
        }

        @Override
        public String place() {
            return place;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : fr;
        }

        @Override
        public String module() {
            return "/ui/pricing/" + module;
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }
    }

    /** Tiers: list and creation. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=760")
    public static final class TiersScreen extends Part {
        public TiersScreen() {
            super("backoffice.screen", "pricing.tiers", "Tarifs : paliers", "Pricing: tiers", "tiers.js",
                    Role.MANAGER);
        }
    }

    /** A household's tier: assignment with dates, or an assessment from income (never kept). */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=750")
    public static final class HouseholdScreen extends Part {
        public HouseholdScreen() {
            super("backoffice.screen", "pricing.household", "Tarifs : palier d’un foyer", "Pricing: a household's tier",
                    "household.js", Role.MANAGER, Role.REFERRER);
        }
    }

    /** The store's balance: discounts given, support collected, net, for a period. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=740")
    public static final class BalanceScreen extends Part {
        public BalanceScreen() {
            super("backoffice.screen", "pricing.balance", "Tarifs : bilan", "Pricing: balance", "balance.js",
                    Role.MANAGER);
        }
    }
}
