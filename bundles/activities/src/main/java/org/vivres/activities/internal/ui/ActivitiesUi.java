package org.vivres.activities.internal.ui;

import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;
import org.vivres.erp.api.ui.UiPart;

/**
 * What activities add to the till and the back office (docs/ui-contributions.md): the screens of
 * activities (sessions, fees per tier, offers), registrations and attendance, and the report; at
 * the till, a panel charging the ticket's household's unpaid registration fees. The ES modules are
 * served by this bundle under {@code /ui/activities/}; without the bundle, none of it shows.
 */
public final class ActivitiesUi {
    private ActivitiesUi() {
    }

    /** The modules, from {@code web/activities/} in the bundle. */
    @Component(service = Files.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/activities/*",
        "osgi.http.whiteboard.resource.prefix=/web/activities"})
    public static final class Files {
    }

    /** Activities, their sessions (capacity, fee, fees per tier) and product offers. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=560")
    public static final class ActivitiesScreen extends UiPart {
        public ActivitiesScreen() {
            super("backoffice.screen", "activities.activities", "Activités", "Activities", "/ui/activities/activities.js",
                    Role.MANAGER);
        }
    }

    /** Registrations of households to a session, and who came. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=550")
    public static final class RegistrationsScreen extends UiPart {
        public RegistrationsScreen() {
            super("backoffice.screen", "activities.registrations", "Activités : inscriptions",
                    "Activities: registrations", "/ui/activities/registrations.js", Role.MANAGER, Role.REFERRER);
        }
    }

    /** The activity's report: attendance, fees collected, products sold through its offers. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=540")
    public static final class ReportScreen extends UiPart {
        public ReportScreen() {
            super("backoffice.screen", "activities.report", "Activités : bilan", "Activities: report", "/ui/activities/report.js",
                    Role.MANAGER);
        }
    }

    /** At the till: the household's unpaid registration fees, each added to the ticket in one touch. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=500")
    public static final class FeesPanel extends UiPart {
        public FeesPanel() {
            super("till.panel", "activities.fees", "Inscriptions à régler", "Registrations to pay", "/ui/activities/till-panel.js",
                    Role.CASHIER, Role.MANAGER);
        }
    }
}
