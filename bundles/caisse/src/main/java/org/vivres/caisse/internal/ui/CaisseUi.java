package org.vivres.caisse.internal.ui;

import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;
import org.vivres.erp.api.ui.UiPart;

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

    /**
     * The payment button: pays the eligible part of the ticket from the household's balance. Its module also words the
     * method and a household's funds, which the back office asks too: a referrer reads them on the households screen.
     */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=500")
    public static final class Payment extends UiPart {
        public Payment() {
            super("till.payment", "caisse.payment", "Caisse alimentaire", "Food fund", "/ui/caisse/till-payment.js",
                    Role.CASHIER, Role.MANAGER, Role.REFERRER);
        }
    }

    /** Funds: creation, funders' money, conventioned stores, eligibility criteria. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=700")
    public static final class FundsScreen extends UiPart {
        public FundsScreen() {
            super("backoffice.screen", "caisse.funds", "Caisse : fonds", "Fund: funds", "/ui/caisse/funds.js",
                    Role.MANAGER, Role.REFERRER);
        }
    }

    /** Members: enrolment by household card, balances and ledgers. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=690")
    public static final class MembersScreen extends UiPart {
        public MembersScreen() {
            super("backoffice.screen", "caisse.members", "Caisse : membres", "Fund: members", "/ui/caisse/members.js",
                    Role.MANAGER, Role.REFERRER);
        }
    }

    /** Periods: opening a month (contributions collected, allowances credited). */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=680")
    public static final class PeriodsScreen extends UiPart {
        public PeriodsScreen() {
            super("backoffice.screen", "caisse.periods", "Caisse : mois", "Fund: months", "/ui/caisse/periods.js",
                    Role.MANAGER, Role.REFERRER);
        }
    }

    /** Settlements: what a fund owes each store for a month. Network admins only, like the API. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=670")
    public static final class SettlementsScreen extends UiPart {
        public SettlementsScreen() {
            super("backoffice.screen", "caisse.settlements", "Caisse : règlements", "Fund: settlements",
                    "/ui/caisse/settlements.js", Role.NETWORK_ADMIN);
        }
    }

    /** Projection: how long the fund carries its members, with a chart. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=660")
    public static final class ProjectionScreen extends UiPart {
        public ProjectionScreen() {
            super("backoffice.screen", "caisse.projection", "Caisse : projection", "Fund: projection",
                    "/ui/caisse/projection.js", Role.MANAGER, Role.REFERRER);
        }
    }
}
