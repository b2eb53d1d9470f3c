package org.vivres.pricing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.TierDirectory;
import org.vivres.pricing.internal.model.Tier;

/**
 * {@link TierDirectory} for other bundles (activity fees by tier): codes match exactly, as they do when a
 * household's tier is looked up at the till, so a fee keyed {@code p1} for tier {@code P1} is refused, not ignored.
 */
@Component
public final class TierDirectoryService implements TierDirectory {
    private final Dal dal;

    @Activate
    public TierDirectoryService(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public boolean exists(String code, UUID organization) {
        if (code == null) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("code", code);
        String where = "e.code = :code and (e.organization is null";
        if (organization != null) {
            where += " or e.organization = :org";
            params.put("org", organization);
        }
        return dal.query(Tier.class, where + ")", params).count() > 0;
    }

    /** Codes are unique in the network: the one tier with {@code code}, whichever store it belongs to. */
    @Override
    public Optional<String> name(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return dal.query(Tier.class, "e.code = :code", Map.of("code", code)).list().stream().findFirst().map(Tier::getName);
    }
}
