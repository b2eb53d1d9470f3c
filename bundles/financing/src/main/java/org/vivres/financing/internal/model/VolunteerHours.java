package org.vivres.financing.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vivres.erp.api.model.ErpEntity;

/**
 * Hours a volunteer (a first name or a pseudonym) gave a store or hub on one day, on one task, valued at the hourly
 * rate in force when they were recorded: a later change of the rate does not rewrite a past year's accounts.
 */
@Entity
@Table(name = "financing_volunteering")
public class VolunteerHours extends ErpEntity {
    public static final String ACTIVITY = "ACTIVITY";
    public static final List<String> TASKS = List.of("TILL", "DISTRIBUTION", "LOGISTICS", ACTIVITY, "OTHER");

    @Column(name = "volunteer", nullable = false, updatable = false)
    private String volunteer;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "hours", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal hours;

    @Column(name = "task", nullable = false, updatable = false)
    private String task;

    @Column(name = "activity_session_id", updatable = false)
    private UUID activitySession;

    @Column(name = "hourly_rate", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal hourlyRate;

    @Column(name = "value", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal value;

    protected VolunteerHours() {
    }

    public VolunteerHours(UUID organization, String volunteer, LocalDate date, BigDecimal hours, String task,
                          UUID activitySession, BigDecimal hourlyRate, BigDecimal value) {
        setOrganization(organization);
        this.volunteer = volunteer;
        this.date = date;
        this.hours = hours;
        this.task = task;
        this.activitySession = activitySession;
        this.hourlyRate = hourlyRate;
        this.value = value;
    }

    public String getVolunteer() {
        return volunteer;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getTask() {
        return task;
    }

    public UUID getActivitySession() {
        return activitySession;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public BigDecimal getValue() {
        return value;
    }
}
