package org.vivres.pricing.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;
import org.vivres.erp.api.ui.UiPart;

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

    /** Tiers: list and creation. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=760")
    public static final class TiersScreen extends UiPart {
        public TiersScreen() {
            super("backoffice.screen", "pricing.tiers", "Tarifs : paliers", "Pricing: tiers", "/ui/pricing/tiers.js",
                    Role.MANAGER);
        }
    }

    /** A household's tier: assignment with dates, or an assessment from income (never kept). */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=750")
    public static final class HouseholdScreen extends UiPart {
        public HouseholdScreen() {
            super("backoffice.screen", "pricing.household", "Tarifs : palier d’un foyer", "Pricing: a household's tier",
                    "/ui/pricing/household.js", Role.MANAGER, Role.REFERRER);
        }
    }

    /** The store's balance: discounts given, support collected, net, for a period. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=740")
    public static final class BalanceScreen extends UiPart {
        public BalanceScreen() {
            super("backoffice.screen", "pricing.balance", "Tarifs : bilan", "Pricing: balance", "/ui/pricing/balance.js",
                    Role.MANAGER);
        }
    }
}
