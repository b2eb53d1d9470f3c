package org.vivres.activities.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/** A registered household came to the session; the household is detached when it is erased. */
@Entity
@Table(name = "activities_attendance")
public class ActivityAttendance extends ErpEntity {
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID session;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private UUID registration;

    @Column(name = "household_id")
    private UUID household;

    protected ActivityAttendance() {
    }

    public ActivityAttendance(ActivityRegistration registration) {
        this.session = registration.getSession();
        this.registration = registration.getId();
        this.household = registration.getHousehold();
        setOrganization(registration.getOrganization());
    }

    public UUID getSession() {
        return session;
    }

    public UUID getRegistration() {
        return registration;
    }

    public UUID getHousehold() {
        return household;
    }
}
