package org.vivres.procurement.internal.ui;

import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

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

    /** One back-office screen: French title unless English is asked for; managers (and network admins). */
    abstract static class Screen implements UiContribution {
        private final String id;
        private final String fr;
        private final String en;
        private final String module;

        Screen(String id, String fr, String en, String module) {
            this.id = id;
            this.fr = fr;
            this.en = en;
            this.module = module;
        }

        @Override
        public String place() {
            return "backoffice.screen";
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
            return "/ui/procurement/" + module;
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.MANAGER);
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
