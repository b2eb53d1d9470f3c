package org.vivres.pricing.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;
import org.vivres.erp.api.ui.UiPart;

/**
 * What differentiated pricing adds to the back office (docs/ui-contributions.md): tiers, a
 * household's tier and assessment, the store's balance; and to the till its offline tier price, the words of its
 * {@code TIER:} rule and the household's tier line. Modules served by this bundle under {@code /ui/pricing/}.
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

    /**
     * The till's offline tier price (the same arithmetic as {@code TierPricing.unitPrice}), its rule's words and the
     * household card's tier line: without this bundle the till prices at reference prices, as the server does. The
     * back office's households screen shows that line too, for a referrer as well.
     */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=900")
    public static final class TillRule extends UiPart {
        public TillRule() {
            super("till.priceRule", "pricing.tier-rule", "Tarif différencié", "Differentiated price",
                    "/ui/pricing/till-rule.js", Role.CASHIER, Role.MANAGER, Role.REFERRER);
        }
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
