package org.vivres.activities.internal.http;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivityRegistration;

/** The JSON shapes of the bundle (API.md, "Activity-attached pricing"). */
final class Views {
    private Views() {
    }

    record ActivityView(UUID id, String name, String kind, UUID organization) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.getId(), a.getName(), a.getKind(), a.getOrganization());
        }
    }

    record SessionView(UUID id, UUID activity, OffsetDateTime startsAt, int capacity, BigDecimal fee,
            Map<String, BigDecimal> tierFees, long registrations) {
    }

    record OfferView(UUID id, UUID activity, UUID product, BigDecimal unitPrice, BigDecimal maxQuantityPerHousehold,
            int validDaysAroundSession, String priceRule, OffsetDateTime endedAt) {
        static OfferView of(ActivityOffer o) {
            return new OfferView(o.getId(), o.getActivity(), o.getProduct(), o.getUnitPrice(),
                    o.getMaxQuantityPerHousehold(), o.getValidDaysAroundSession(), o.priceRule(), o.getEndedAt());
        }
    }

    record RegistrationView(UUID id, UUID session, UUID household, BigDecimal fee, boolean paid, UUID ticket,
            boolean attended) {
        static RegistrationView of(ActivityRegistration r, boolean attended) {
            return new RegistrationView(r.getId(), r.getSession(), r.getHousehold(), r.getFee(), r.isPaid(),
                    r.getPaidTicket(), attended);
        }
    }
}
