package org.vivres.caisse.internal.ui;

import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

/**
 * What the caisse adds to the till and the back office (docs/ui-contributions.md): the "Caisse
 * alimentaire" payment button and the fund screens, whose ES modules this bundle serves itself
 * under {@code /ui/caisse/}. Without the bundle, none of it shows.
 */
public final class CaisseUi {
    private CaisseUi() {
    }

    /** The modules, from {@code web/caisse/} in the bundle. */
    @Component(service = Files.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/caisse/*",
        "osgi.http.whiteboard.resource.prefix=/web/caisse"})
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
            return "/ui/caisse/" + module;
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }
    }

    /** The payment button: pays the eligible part of the ticket from the household's balance. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=500")
    public static final class Payment extends Part {
        public Payment() {
            super("till.payment", "caisse.payment", "Caisse alimentaire", "Food fund", "till-payment.js",
                    Role.CASHIER, Role.MANAGER);
        }
    }

    /** Funds: creation, funders' money, conventioned stores, eligibility criteria. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=700")
    public static final class FundsScreen extends Part {
        public FundsScreen() {
            super("backoffice.screen", "caisse.funds", "Caisse : fonds", "Fund: funds", "funds.js",
                    Role.MANAGER, Role.REFERRER);
        }
    }

    /** Members: enrolment by household card, balances and ledgers. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=690")
    public static final class MembersScreen extends Part {
        public MembersScreen() {
            super("backoffice.screen", "caisse.members", "Caisse : membres", "Fund: members", "members.js",
                    Role.MANAGER, Role.REFERRER);
        }
    }

    /** Periods: opening a month (contributions collected, allowances credited). */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=680")
    public static final class PeriodsScreen extends Part {
        public PeriodsScreen() {
            super("backoffice.screen", "caisse.periods", "Caisse : mois", "Fund: months", "periods.js",
                    Role.MANAGER, Role.REFERRER);
        }
    }

    /** Settlements: what a fund owes each store for a month. Network admins only, like the API. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=670")
    public static final class SettlementsScreen extends Part {
        public SettlementsScreen() {
            super("backoffice.screen", "caisse.settlements", "Caisse : règlements", "Fund: settlements",
                    "settlements.js", Role.NETWORK_ADMIN);
        }
    }

    /** Projection: how long the fund carries its members, with a chart. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=660")
    public static final class ProjectionScreen extends Part {
        public ProjectionScreen() {
            super("backoffice.screen", "caisse.projection", "Caisse : projection", "Fund: projection",
                    "projection.js", Role.MANAGER, Role.REFERRER);
        }
    }
}
