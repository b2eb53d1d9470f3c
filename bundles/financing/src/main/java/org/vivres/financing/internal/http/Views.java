package org.vivres.financing.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.DonationLine;
import org.vivres.financing.internal.model.Donor;
import org.vivres.financing.internal.model.VolunteerHours;

/** The JSON shapes of the bundle's answers. */
final class Views {
    private Views() {
    }

    record DonorView(UUID id, String name, String kind, UUID organization) {
        static DonorView of(Donor d) {
            return new DonorView(d.getId(), d.getName(), d.getKind(), d.getOrganization());
        }
    }

    record LineView(UUID product, BigDecimal quantity, BigDecimal unitValue, BigDecimal value, String valueSource) {
        static LineView of(DonationLine l) {
            return new LineView(l.getProduct(), l.getQuantity(), l.getUnitValue(), l.getValue(), l.getValueSource());
        }
    }

    /** A donation with its donor's name and kind, so that a list reads without a second call per row. */
    record DonationView(UUID id, UUID organization, UUID donor, String donorName, String donorKind,
                        LocalDate receivedOn, String kind, String description, BigDecimal value, List<LineView> lines,
                        String recordedBy) {
        static DonationView of(Donation d, Donor donor, List<DonationLine> lines) {
            return new DonationView(d.getId(), d.getOrganization(), d.getDonor(),
                    donor == null ? null : donor.getName(), donor == null ? null : donor.getKind(), d.getReceivedOn(),
                    d.getKind(), d.getDescription(), d.getValue(), lines.stream().map(LineView::of).toList(),
                    d.getCreatedBy());
        }
    }

    record HoursView(UUID id, UUID organization, String volunteer, LocalDate date, BigDecimal hours, String task,
                     UUID activitySession, BigDecimal hourlyRate, BigDecimal value, String recordedBy) {
        static HoursView of(VolunteerHours h) {
            return new HoursView(h.getId(), h.getOrganization(), h.getVolunteer(), h.getDate(), h.getHours(),
                    h.getTask(), h.getActivitySession(), h.getHourlyRate(), h.getValue(), h.getCreatedBy());
        }
    }
}
