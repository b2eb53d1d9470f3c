package org.vivres.erp.api.ui;

import java.util.Locale;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.vivres.erp.api.Role;

/**
 * A part of the till or back office contributed by a bundle: an ES module that the pos web apps
 * load when the contribution is listed by {@code GET /api/ui/contributions}. The bundle serves the
 * module itself (an HTTP whiteboard resource under {@code /ui/<bundle>/}).
 */
@ConsumerType
public interface UiContribution {

    /** Where it goes: {@code till.payment}, {@code till.panel}, {@code till.priceRule}, {@code backoffice.screen}. */
    String place();

    /** A stable id, e.g. {@code caisse.payment}. */
    String id();

    /** The title shown to the user. */
    String title(Locale locale);

    /** The URL path of the ES module, e.g. {@code /ui/caisse/till-payment.js}. */
    String module();

    /** Roles that see it (empty: every logged-in user). */
    default Set<Role> roles() {
        return Set.of();
    }
}
