package org.vivres.pricing.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.persistence.PersistenceContribution;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;
import org.vivres.pricing.internal.model.TierCategoryPercent;

/** The bundle's tables ({@code sql/pricing}) and entities. */
@Component
public final class PricingPersistence implements PersistenceContribution {
    private final TierMonthTotals totals;

    @Activate
    public PricingPersistence(@Reference TierMonthTotals totals) {
        this.totals = totals;
    }

    @Override
    public String name() {
        return "pricing";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Tier.class, TierCategoryPercent.class, TierAssignment.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/pricing";
    }

    /** The cap's running totals missed what was sold and returned while the bundle was stopped: counted again. */
    @Override
    public void inService() {
        // in the kernel's transaction, as the system
        totals.recountRecent(StoreDates.today());
    }
}
