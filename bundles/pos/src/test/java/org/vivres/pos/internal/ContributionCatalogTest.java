package org.vivres.pos.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.ui.UiContribution;

class ContributionCatalogTest {

    static class Part implements UiContribution {
        private final String id;
        private final String place;
        private final Set<Role> roles;

        Part(String id, String place, Set<Role> roles) {
            this.id = id;
            this.place = place;
            this.roles = roles;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String place() {
            return place;
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }

        @Override
        public String title(Locale locale) {
            return (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "EN " : "FR ") + id;
        }

        @Override
        public String module() {
            return "/ui/test/" + id + ".js";
        }
    }

    static Predicate<Role> roles(Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        // As ErpContext.hasRole: a network admin has every role.
        return r -> set.contains(Role.NETWORK_ADMIN) || set.contains(r);
    }

    @Test
    void aContributionIsListedOnlyForTheRolesItNames() {
        ContributionCatalog catalog = new ContributionCatalog();
        catalog.add(new Part("caisse.fund", "backoffice.screen", Set.of(Role.MANAGER)), 0);
        catalog.add(new Part("caisse.payment", "till.payment", Set.of()), 0);

        assertThat(catalog.visible(roles(Role.CASHIER), Locale.FRENCH, null))
                .extracting(ContributionCatalog.View::id).containsExactly("caisse.payment");
        assertThat(catalog.visible(roles(Role.MANAGER), Locale.FRENCH, null))
                .extracting(ContributionCatalog.View::id).containsExactly("caisse.fund", "caisse.payment");
        assertThat(catalog.visible(roles(Role.NETWORK_ADMIN), Locale.FRENCH, null)).hasSize(2);
        assertThat(catalog.visible(roles(), Locale.FRENCH, null))
                .extracting(ContributionCatalog.View::id).containsExactly("caisse.payment");
    }

    @Test
    void higherRankingComesFirstThenById() {
        ContributionCatalog catalog = new ContributionCatalog();
        catalog.add(new Part("b", "backoffice.screen", Set.of()), 0);
        catalog.add(new Part("a", "backoffice.screen", Set.of()), null);
        catalog.add(new Part("z", "backoffice.screen", Set.of()), 100);

        assertThat(catalog.visible(roles(Role.MANAGER), Locale.FRENCH, null))
                .extracting(ContributionCatalog.View::id).containsExactly("z", "a", "b");
    }

    @Test
    void titlesComeInTheCallersLanguageAndPlaceFilters() {
        ContributionCatalog catalog = new ContributionCatalog();
        catalog.add(new Part("p", "till.panel", Set.of()), 0);
        catalog.add(new Part("s", "backoffice.screen", Set.of()), 0);

        assertThat(catalog.visible(roles(Role.CASHIER), Locale.ENGLISH, "till.panel"))
                .containsExactly(new ContributionCatalog.View("p", "till.panel", "EN p", "/ui/test/p.js"));
        assertThat(catalog.visible(roles(Role.CASHIER), Locale.FRENCH, "till.panel").get(0).title()).isEqualTo("FR p");
    }

    @Test
    void aBrokenContributionIsLeftOutAndARemovedOneGoes() {
        ContributionCatalog catalog = new ContributionCatalog();
        Part kept = new Part("kept", "till.panel", Set.of());
        catalog.add(kept, 0);
        catalog.add(new Part("broken", "till.panel", Set.of()) {
            @Override
            public String title(Locale locale) {
                throw new IllegalStateException("bundle stopping");
            }
        }, 0);
        assertThat(catalog.visible(roles(Role.CASHIER), Locale.FRENCH, null))
                .extracting(ContributionCatalog.View::id).containsExactly("kept");

        catalog.remove(kept);
        assertThat(catalog.visible(roles(Role.CASHIER), Locale.FRENCH, null)).isEmpty();
    }

    @Test
    void coreScreenTitlesAreFrenchUnlessEnglishIsAsked() {
        CoreScreens.Products products = new CoreScreens.Products();
        assertThat(products.title(Locale.FRENCH)).isEqualTo("Produits");
        assertThat(products.title(Locale.GERMAN)).isEqualTo("Produits");
        assertThat(products.title(Locale.ENGLISH)).isEqualTo("Products");
        assertThat(products.module()).isEqualTo("/backoffice/screens/products.js");
        assertThat(products.roles()).containsExactly(Role.MANAGER);
    }
}
