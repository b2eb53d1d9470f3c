package org.vivres.pos.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

/**
 * The back office's own screens, contributed like any capability's: the back office builds its
 * whole menu from {@code GET /api/ui/contributions}, so the core screens and the capabilities'
 * follow one path and one role filter. Rankings give the menu order.
 */
public final class CoreScreens {
    private CoreScreens() {
    }

    /** A core screen: module {@code /backoffice/screens/<name>.js}, title {@code screen.<name>}. */
    abstract static class Screen implements UiContribution {
        private final String name;
        private final Set<Role> roles;

        Screen(String name, Role... roles) {
            this.name = name;
            this.roles = Set.of(roles);
        }

        @Override
        public String place() {
            return "backoffice.screen";
        }

        @Override
        public String id() {
            return "pos." + name;
        }

        @Override
        public String title(Locale locale) {
            return title("screen." + name, locale);
        }

        @Override
        public String module() {
            return "/backoffice/screens/" + name + ".js";
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }

        /** French unless English is asked for, whatever the JVM's default locale is. */
        static String title(String key, Locale locale) {
            Locale wanted = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
            try {
                return ResourceBundle.getBundle("i18n.messages", wanted, Screen.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=900")
    public static final class Products extends Screen {
        public Products() {
            super("products", Role.MANAGER);
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=895")
    public static final class Sales extends Screen {
        public Sales() {
            super("sales", Role.MANAGER);
        }
    }

    /** The store's tills, their sessions and Z, each cashier's differences. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=894")
    public static final class Tills extends Screen {
        public Tills() {
            super("tills", Role.MANAGER);
        }
    }

    /** The store's closings of a day, a month, a year. */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=893")
    public static final class Closings extends Screen {
        public Closings() {
            super("closings", Role.MANAGER);
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=890")
    public static final class StockScreen extends Screen {
        public StockScreen() {
            super("stock", Role.MANAGER);
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=880")
    public static final class Households extends Screen {
        public Households() {
            super("households", Role.MANAGER, Role.REFERRER);
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=870")
    public static final class Users extends Screen {
        public Users() {
            super("users", Role.MANAGER);
        }
    }

    /**
     * The network's organizations (created by a network admin) and the legal identity of each: a manager keeps his
     * own store's, which its receipts print and on which its donation receipts depend.
     */
    @Component(service = UiContribution.class, property = "service.ranking:Integer=200")
    public static final class Organizations extends Screen {
        public Organizations() {
            super("organizations", Role.NETWORK_ADMIN, Role.MANAGER);
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=190")
    public static final class Bundles extends Screen {
        public Bundles() {
            super("bundles", Role.NETWORK_ADMIN);
        }
    }

    @Component(service = UiContribution.class, property = "service.ranking:Integer=180")
    public static final class Reports extends Screen {
        public Reports() {
            super("reports", Role.MANAGER, Role.REFERRER);
        }
    }
}
