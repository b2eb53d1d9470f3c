package org.vivres.activities.internal.ui;

import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

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
            return "/ui/activities/" + module;
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }
    }

    /** Activities, their sessions (capacity, fee, fees per tier) and product offers. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=560")
    public static final class ActivitiesScreen extends Part {
        public ActivitiesScreen() {
            super("backoffice.screen", "activities.activities", "Activités", "Activities", "activities.js",
                    Role.MANAGER);
        }
    }

    /** Registrations of households to a session, and who came. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=550")
    public static final class RegistrationsScreen extends Part {
        public RegistrationsScreen() {
            super("backoffice.screen", "activities.registrations", "Activités : inscriptions",
                    "Activities: registrations", "registrations.js", Role.MANAGER, Role.REFERRER);
        }
    }

    /** The activity's report: attendance, fees collected, products sold through its offers. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=540")
    public static final class ReportScreen extends Part {
        public ReportScreen() {
            super("backoffice.screen", "activities.report", "Activités : bilan", "Activities: report", "report.js",
                    Role.MANAGER);
        }
    }

    /** At the till: the household's unpaid registration fees, each added to the ticket in one touch. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=500")
    public static final class FeesPanel extends Part {
        public FeesPanel() {
            super("till.panel", "activities.fees", "Inscriptions à régler", "Registrations to pay", "till-panel.js",
                    Role.CASHIER, Role.MANAGER);
        }
    }
}
