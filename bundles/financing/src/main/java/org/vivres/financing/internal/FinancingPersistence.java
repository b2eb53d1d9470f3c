package org.vivres.financing.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.persistence.PersistenceContribution;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.DonationLine;
import org.vivres.financing.internal.model.Donor;
import org.vivres.financing.internal.model.TillGift;
import org.vivres.financing.internal.model.VolunteerHours;

/** The bundle's tables ({@code sql/financing}) and entities. */
@Component(service = PersistenceContribution.class)
public final class FinancingPersistence implements PersistenceContribution {
    @Override
    public String name() {
        return "financing";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Donor.class, Donation.class, DonationLine.class, VolunteerHours.class, TillGift.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/financing";
    }
}
