package org.vivres.activities.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityAttendance;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.activities.internal.model.ActivitySessionTierFee;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.persistence.PersistenceContribution;

/** The bundle's tables ({@code sql/activities}) and entities. */
@Component(service = PersistenceContribution.class)
public final class ActivitiesPersistence implements PersistenceContribution {
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
                ActivityAttendance.class, ActivityOffer.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/activities";
    }

    /** The offers' running totals missed what was sold and returned while the bundle was stopped: counted again. */
    @Override
    public void inService() {
        // in the kernel's transaction, as the system
        offerDays.recountRecent(StoreCalendar.today());
    }
}
