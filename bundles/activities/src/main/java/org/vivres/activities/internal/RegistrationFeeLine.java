package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.model.Ticket;
import org.vivres.erp.api.model.TicketLine;
import org.vivres.erp.api.ticket.LineKind;
import org.vivres.erp.api.ticket.PricedLine;
import org.vivres.erp.api.ticket.PricingContext;

/**
 * The ticket line {@code {"registration": "<id>", "quantity": "1"}}: the registration's fee,
 * priced {@code ACTIVITY_FEE} against the session's fee as reference price. Once stored with its
 * ticket it marks the registration paid, by a conditional update so that two tickets can never
 * both pay it. A return of the sale gives the fee back while the household has not attended: the
 * registration is unpaid again, and can then be cancelled to free its place.
 */
@Component(service = LineKind.class)
public final class RegistrationFeeLine implements LineKind {
    static final String FIELD = "registration";
    static final String RULE = "ACTIVITY_FEE";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Dal dal;
    private final ErpContext context;
    private final ActivityData data;

    @Activate
    public RegistrationFeeLine(@Reference Dal dal, @Reference ErpContext context, @Reference ActivityData data) {
        this.dal = dal;
        this.context = context;
        this.data = data;
    }

    @Override
    public String field() {
        return FIELD;
    }

    @Override
    public PricedLine price(PricingContext ticket, String reference, BigDecimal quantity) {
        if (quantity.compareTo(BigDecimal.ONE) != 0) {
            throw Refusals.badRequest("REGISTRATION_QUANTITY_NOT_ONE");
        }
        UUID id = parse(reference);
        ActivityRegistration registration = Check.found(dal.get(ActivityRegistration.class, id), "inscription " + id);
        if (!registration.getOrganization().equals(ticket.organization())) {
            throw Refusals.unprocessable("REGISTRATION_OTHER_STORE");
        }
        if (ticket.household() == null || !ticket.household().equals(registration.getHousehold())) {
            throw Refusals.unprocessable("REGISTRATION_HOUSEHOLD_MISMATCH");
        }
        if (registration.isPaid()) {
            throw Refusals.conflict("REGISTRATION_ALREADY_PAID");
        }
        boolean twice = ticket.earlierLines().stream()
                .anyMatch(l -> FIELD.equals(l.lineKind()) && id.toString().equals(l.kindReference()));
        if (twice) {
            throw Refusals.unprocessable("REGISTRATION_TWICE_IN_TICKET");
        }
        ActivitySession session = dal.get(ActivitySession.class, registration.getSession());
        BigDecimal one = Money.quantity(BigDecimal.ONE);
        return new PricedLine(FIELD, null, null, id.toString(), one, session.getFee(), registration.getFee(),
                Money.lineAmount(registration.getFee(), one), RULE);
    }

    private static UUID parse(String reference) {
        try {
            return UUID.fromString(reference.strip());
        } catch (IllegalArgumentException e) {
            throw Check.invalid("INVALID_FIELD", FIELD);
        }
    }

    @Override
    public void afterSave(Ticket ticket, TicketLine line) {
        int marked = dal.update("update " + ActivityRegistration.class.getName() + " e set e.paidTicket = :t,"
                + " e.paidAt = :now, e.updatedAt = :now, e.updatedBy = :user, e.version = e.version + 1"
                + " where e.id = :id and e.paidTicket is null", Map.of("t", ticket.getId(),
                "now", OffsetDateTime.now(ZoneOffset.UTC), "user", context.username(),
                "id", UUID.fromString(line.getKindReference())));
        if (marked != 1) {
            // Another ticket paid it between pricing and now.
            throw Refusals.conflict("REGISTRATION_ALREADY_PAID");
        }
    }

    @Override
    public void afterReturn(Ticket returnTicket, TicketLine line) {
        UUID id = UUID.fromString(line.getKindReference());
        ActivityRegistration registration = Check.found(dal.getForUpdate(ActivityRegistration.class, id),
                "inscription " + id);
        if (data.attended(registration.getId())) {
            throw Refusals.conflict("REGISTRATION_ATTENDED");
        }
        int unpaid = dal.update("update " + ActivityRegistration.class.getName() + " e set e.paidTicket = null,"
                + " e.paidAt = null, e.updatedAt = :now, e.updatedBy = :user, e.version = e.version + 1"
                + " where e.id = :id and e.paidTicket = :sale", Map.of("now", OffsetDateTime.now(ZoneOffset.UTC),
                "user", context.username(), "id", id, "sale", returnTicket.getOriginalTicket()));
        if (unpaid != 1) {
            // The sale being returned is not what paid it (the kernel returns each sold line once).
            throw Refusals.conflict("REGISTRATION_NOT_PAID_BY_SALE");
        }
    }

    /** « Atelier cuisine — 12/12/2026 18:00 », the session's time in the stores' zone. */
    @Override
    public String label(TicketLine line) {
        ActivityRegistration registration = context.asAdmin(() ->
                dal.get(ActivityRegistration.class, UUID.fromString(line.getKindReference())));
        if (registration == null) {
            return null;
        }
        ActivitySession session = context.asAdmin(() -> dal.get(ActivitySession.class, registration.getSession()));
        Activity activity = context.asAdmin(() -> dal.get(Activity.class, session.getActivity()));
        return activity.getName() + " — " + WHEN.format(session.getStartsAt().atZoneSameInstant(StoreCalendar.ZONE));
    }
}
