package org.vivres.pricing.internal;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.ErpTransactions;
import org.vivres.erp.api.persistence.PersistenceContribution;
import org.vivres.pricing.internal.model.Tier;
import org.vivres.pricing.internal.model.TierAssignment;
import org.vivres.pricing.internal.model.TierCategoryPercent;
import org.vivres.pricing.internal.model.TierMonthTotal;

/** The bundle's tables ({@code sql/pricing}) and entities. */
@Component
public final class PricingPersistence implements PersistenceContribution {
    // The kernel's transactions are looked up when needed, not referenced: they need the kernel's persistence, which
    // binds this contribution while it activates, and SCR refuses that circle at start-up, even for an optional
    // reference (seen: the kernel's transactions never activated).
    private final BundleContext context;
    private final TierMonthTotals totals;

    @Activate
    public PricingPersistence(BundleContext context, @Reference TierMonthTotals totals) {
        this.context = context;
        this.totals = totals;
    }

    @Override
    public String name() {
        return "pricing";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Tier.class, TierCategoryPercent.class, TierAssignment.class, TierMonthTotal.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/pricing";
    }

    /** The cap's running totals missed what was sold and returned while the bundle was stopped: counted again. */
    @Override
    public void inService() {
        ServiceReference<ErpTransactions> reference = context.getServiceReference(ErpTransactions.class);
        ErpTransactions transactions = reference == null ? null : context.getService(reference);
        if (transactions == null) {
            // the kernel logs what its contributions throw here
            throw new IllegalStateException(name() + ": the kernel's transactions are not in service, running totals"
                    + " not recounted");
        }
        try {
            transactions.inTransaction(() -> {
                totals.recountRecent(StoreDates.today());
                return null;
            });
        } finally {
            context.ungetService(reference);
        }
    }
}
