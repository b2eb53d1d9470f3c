package org.vivres.erp.api.ui;

import java.util.Locale;
import java.util.Set;
import org.vivres.erp.api.Role;

/**
 * A contribution with a French title and an English one, for bundles that declare their parts as
 * small components: {@code final class FundsScreen extends UiPart { FundsScreen() { super(...); } }}.
 */
public abstract class UiPart implements UiContribution {
    private final String place;
    private final String id;
    private final String french;
    private final String english;
    private final String module;
    private final Set<Role> roles;

    /**
     * @param module the ES module's URL path, e.g. {@code /ui/caisse/funds.js}
     * @param roles  who sees it (none: every logged-in user)
     */
    protected UiPart(String place, String id, String french, String english, String module, Role... roles) {
        this.place = place;
        this.id = id;
        this.french = french;
        this.english = english;
        this.module = module;
        this.roles = Set.of(roles);
    }

    @Override
    public final String place() {
        return place;
    }

    @Override
    public final String id() {
        return id;
    }

    /** English when asked for, French otherwise. */
    @Override
    public final String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : french;
    }

    @Override
    public final String module() {
        return module;
    }

    @Override
    public final Set<Role> roles() {
        return roles;
    }
}
