package org.vivres.financing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.erp.api.ActivitySessions;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Stock;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.demo.DemoContribution;
import org.vivres.erp.api.demo.DemoNetwork;
import org.vivres.financing.internal.http.DonationRecorder;
import org.vivres.financing.internal.http.VolunteeringRecorder;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.Donor;

/**
 * The demo's financing mix (README, "A day at the store"): three donors — « Ferme des Monts d'Or » and « Programme
 * alimentaire de la Métropole » for the whole network, « Boulangerie du Plateau » Croix-Rousse's own — and, this month,
 * 30 kg of Golden apples from the farm to Croix-Rousse (into its stock, at their reference price), a fridge (450,00 €)
 * from the programme to Guillotière, 200,00 € from the bakery to Croix-Rousse, and volunteer hours: 6 h at
 * Croix-Rousse's till, 4 h of logistics at the hub and, when the activities bundle is there, 3 h preparing the first
 * session of Croix-Rousse's « Atelier cuisine de saison ». Recorded through the same checks as the API, so the demo
 * shows nothing a manager could not have entered (the volunteers' days stay within 24 hours, goods reach the stock).
 */
@Component
public final class FinancingDemo implements DemoContribution {
    static final String WORKSHOP = "Atelier cuisine de saison";

    private final Dal dal;
    private final DonationRecorder donations;
    private final VolunteeringRecorder hours;

    /** The activities bundle's sessions; without it the workshop's hours are left out. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActivitySessions sessions;

    @Activate
    public FinancingDemo(@Reference Dal dal, @Reference ErpContext context, @Reference Stock stock,
                         @Reference HourlyRate rate) {
        this.dal = dal;
        this.donations = new DonationRecorder(dal, context, stock);
        this.hours = new VolunteeringRecorder(dal, context, rate, () -> sessions);
    }

    @Override
    public String name() {
        return "financing";
    }

    /** After activities (30), whose workshop the volunteer hours name. */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load(DemoNetwork network) {
        Donor farm = donor("Ferme des Monts d'Or", "FARM", null);
        Donor programme = donor("Programme alimentaire de la Métropole", "PUBLIC_PROGRAMME", null);
        Donor bakery = donor("Boulangerie du Plateau", "COMPANY", network.croixRousse());
        donations.record(new DonationRecorder.NewDonation(network.croixRousse(), farm.getId(), daysAgo(6),
                Donation.GOODS, "Pommes de la récolte", null,
                List.of(new DonationRecorder.NewLine(network.product("3760004"), new BigDecimal("30"), null))));
        donations.record(new DonationRecorder.NewDonation(network.guillotiere(), programme.getId(), daysAgo(4),
                Donation.EQUIPMENT, "Réfrigérateur", new BigDecimal("450.00"), null));
        donations.record(new DonationRecorder.NewDonation(network.croixRousse(), bakery.getId(), daysAgo(2),
                Donation.MONEY, "Don pour la caisse de solidarité", new BigDecimal("200.00"), null));
        volunteer(network.croixRousse(), "Marie", daysAgo(1), "6", "TILL", null);
        volunteer(network.hub(), "Karim", daysAgo(3), "4", "LOGISTICS", null);
        ActivitySessions directory = sessions;
        List<UUID> workshop = directory == null ? List.of() : directory.sessionsOf(network.croixRousse(), WORKSHOP);
        if (!workshop.isEmpty()) {
            volunteer(network.croixRousse(), "Sophie", daysAgo(0), "3", "ACTIVITY", workshop.get(0));
        }
    }

    /**
     * The donor of that name, created unless the organization (or the network) keeps one already: the bundle may
     * have been installed, and its donors entered by hand, before a start with {@code --demo}.
     */
    private Donor donor(String name, String kind, UUID organization) {
        Map<String, Object> params = new HashMap<>(Map.of("name", name));
        String where = "e.name = :name and e.organization is null";
        if (organization != null) {
            where = "e.name = :name and e.organization = :org";
            params.put("org", organization);
        }
        return dal.query(Donor.class, where, params).list().stream().findFirst()
                .orElseGet(() -> dal.save(new Donor(name, kind, organization)));
    }

    private void volunteer(UUID org, String volunteer, LocalDate date, String hoursGiven, String task, UUID session) {
        hours.record(new VolunteeringRecorder.NewHours(org, volunteer, date, new BigDecimal(hoursGiven), task, session));
    }

    /** A day of the current month, {@code days} ago or its first day: the demo shows this month, nothing ahead. */
    private static LocalDate daysAgo(int days) {
        LocalDate today = StoreCalendar.today();
        LocalDate day = today.minusDays(days);
        return day.getMonthValue() == today.getMonthValue() ? day : today.withDayOfMonth(1);
    }
}
