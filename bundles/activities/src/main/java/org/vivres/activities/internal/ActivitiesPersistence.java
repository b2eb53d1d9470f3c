package org.vivres.activities.internal;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityAttendance;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.activities.internal.model.ActivitySessionTierFee;
import org.vivres.activities.internal.model.OfferDayTotal;
import org.vivres.erp.api.ErpTransactions;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.persistence.PersistenceContribution;

/** The bundle's tables ({@code sql/activities}) and entities. */
@Component(service = PersistenceContribution.class)
public final class ActivitiesPersistence implements PersistenceContribution {
    // The kernel's transactions are looked up when needed, not referenced: they need the kernel's persistence, which
    // binds this contribution while it activates, and SCR refuses that circle at start-up, even for an optional
    // reference (seen: the kernel's transactions never activated).
    private final BundleContext context;
    private final OfferDays offerDays;

    @Activate
    public ActivitiesPersistence(BundleContext context, @Reference OfferDays offerDays) {
        this.context = context;
        this.offerDays = offerDays;
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Activity.class, ActivitySession.class, ActivitySessionTierFee.class, ActivityRegistration.class,
                ActivityAttendance.class, ActivityOffer.class,
                OfferDayTotal.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/activities";
    }

    /** The offers' running totals missed what was sold and returned while the bundle was stopped: counted again. */
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
                offerDays.recountRecent(StoreCalendar.today());
                return null;
            });
        } finally {
            context.ungetService(reference);
        }
    }
}
