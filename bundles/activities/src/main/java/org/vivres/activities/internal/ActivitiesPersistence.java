package org.vivres.activities.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
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
    // Dynamic and optional: the kernel's transactions need its persistence, which binds this contribution; a static
    // reference closes that circle, and SCR may then refuse this component at start-up (seen: no pricing tables).
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ErpTransactions transactions;
    private final OfferDays offerDays;

    @Activate
    public ActivitiesPersistence(@Reference OfferDays offerDays) {
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
        ErpTransactions now = transactions;
        if (now == null) {
            // the kernel logs what its contributions throw here
            throw new IllegalStateException(name() + ": the kernel's transactions are not bound yet, running totals"
                    + " not recounted");
        }
        now.inTransaction(() -> {
            offerDays.recountRecent(StoreCalendar.today());
            return null;
        });
    }
}
