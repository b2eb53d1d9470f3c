package org.vivres.procurement.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;
import org.vivres.erp.api.ui.UiPart;

/**
 * What shared procurement adds to the back office (docs/ui-contributions.md): producers and their
 * offers, the rounds (needs, closing, receipts, allocation) and the crop-plan demand. The ES
 * modules are served by this bundle under {@code /ui/procurement/}; without the bundle, none of it shows.
 */
public final class ProcurementUi {
    private ProcurementUi() {
    }

    /** The modules, from {@code web/procurement/} in the bundle. */
    @Component(service = Files.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/procurement/*",
        "osgi.http.whiteboard.resource.prefix=/web/procurement"})
    public static final class Files {
    }

    /** One back-office screen for managers (and network admins), module under {@code /ui/procurement/}. */
    abstract static class Screen extends UiPart {
        Screen(String id, String fr, String en, String module) {
            super("backoffice.screen", id, fr, en, "/ui/procurement/" + module, Role.MANAGER);
        }
    }

    /** Rounds: a hub opens one, its stores state their needs, the hub closes, receives, allocates. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=600")
    public static final class RoundsScreen extends Screen {
        public RoundsScreen() {
            super("procurement.rounds", "Achats groupés : tournées", "Group buying: rounds", "rounds.js");
        }
    }

    /** Producers and what they offer (pack size and price). */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=590")
    public static final class SuppliersScreen extends Screen {
        public SuppliersScreen() {
            super("procurement.suppliers", "Achats groupés : producteurs", "Group buying: producers", "suppliers.js");
        }
    }

    /** What the network needed of a product, month by month: the basis of a crop plan. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=580")
    public static final class DemandScreen extends Screen {
        public DemandScreen() {
            super("procurement.demand", "Achats groupés : plan de culture", "Group buying: crop plan", "demand.js");
        }
    }
}
