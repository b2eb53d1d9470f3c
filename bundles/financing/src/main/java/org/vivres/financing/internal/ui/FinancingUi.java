package org.vivres.financing.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;
import org.vivres.erp.api.ui.UiPart;

/**
 * What the financing mix adds to the back office (docs/ui-contributions.md): donors and donations (goods into stock,
 * equipment, money) and volunteer hours for managers; at the till, a folded panel where a volunteer logged in
 * records his hours, and the cagnotte: a gift added to the ticket. The ES modules are served
 * by this bundle under {@code /ui/financing/}; without the bundle, none of it shows.
 */
public final class FinancingUi {
    private FinancingUi() {
    }

    /** The modules, from {@code web/financing/} in the bundle. */
    @Component(service = Files.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/financing/*",
        "osgi.http.whiteboard.resource.prefix=/web/financing"})
    public static final class Files {
    }

    /** Donors, and the donations received from them. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=480")
    public static final class DonationsScreen extends UiPart {
        public DonationsScreen() {
            super("backoffice.screen", "financing.donations", "Dons et donateurs", "Donations and donors",
                    "/ui/financing/donations.js", Role.MANAGER);
        }
    }

    /** Volunteer hours: recorded, and totalled per month, task and activity session with their value. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=470")
    public static final class VolunteeringScreen extends UiPart {
        public VolunteeringScreen() {
            super("backoffice.screen", "financing.volunteering", "Bénévolat", "Volunteering",
                    "/ui/financing/volunteering.js", Role.MANAGER);
        }
    }

    /** At the till: a volunteer logged in records the hours he gave today. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=300")
    public static final class VolunteeringPanel extends UiPart {
        public VolunteeringPanel() {
            super("till.panel", "financing.till-hours", "Bénévolat", "Volunteering", "/ui/financing/till-panel.js",
                    Role.CASHIER, Role.MANAGER);
        }
    }

    /** At the till: a gift to the caisse alimentaire or the store's cagnotte, chosen or rounding up, on the ticket. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=310")
    public static final class CagnottePanel extends UiPart {
        public CagnottePanel() {
            super("till.panel", "financing.till-cagnotte", "Cagnotte", "Cagnotte", "/ui/financing/till-cagnotte.js",
                    Role.CASHIER, Role.MANAGER);
        }
    }
}
