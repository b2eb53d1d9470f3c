package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vivres.activities.internal.domain.Fees;
import org.vivres.activities.internal.model.Activity;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.activities.internal.model.ActivitySessionTierFee;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.HouseholdTiers;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.demo.DemoContribution;
import org.vivres.erp.api.demo.DemoNetwork;

/**
 * The demo's activity (README, "A day at the store"): « Atelier cuisine de saison » at Croix-Rousse, a session in
 * two days and one in nine, 5,00 € (P1 2,00 €, P2 3,50 €); « Légumes à cuisiner »: leeks at 0,50 €/kg, 2 kg at most,
 * for a household registered to a session within 3 days. CARTE-0001 and CARTE-0002 are registered to the first
 * session, their fees unpaid (they wait at the till).
 */
@Component
public final class ActivitiesDemo implements DemoContribution {
    static final Map<String, BigDecimal> TIER_FEES = Map.of("P1", new BigDecimal("2.00"), "P2", new BigDecimal("3.50"));

    private final Dal dal;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HouseholdTiers tiers;

    @Activate
    public ActivitiesDemo(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoNetwork network) {
        Activity workshop = dal.save(new Activity("Atelier cuisine de saison", "COOKING_WORKSHOP",
                network.croixRousse()));
        ActivitySession first = session(workshop, 2);
        session(workshop, 9);
        dal.save(new ActivityOffer(workshop, network.product("3760003"), new BigDecimal("0.50"), new BigDecimal("2"),
                3));
        register(first, network.household("CARTE-0001"));
        register(first, network.household("CARTE-0002"));
    }

    private ActivitySession session(Activity activity, int inDays) {
        OffsetDateTime startsAt = StoreCalendar.today().plusDays(inDays).atTime(LocalTime.of(14, 0))
                .atZone(StoreCalendar.ZONE).toOffsetDateTime();
        ActivitySession session = dal.save(new ActivitySession(activity, startsAt, 12, new BigDecimal("5.00")));
        TIER_FEES.forEach((code, fee) -> dal.save(new ActivitySessionTierFee(session, code, fee)));
        return session;
    }

    private void register(ActivitySession session, UUID household) {
        HouseholdTiers current = tiers;
        Optional<String> tier = current == null ? Optional.empty() : current.tierOf(household, StoreCalendar.today());
        dal.save(new ActivityRegistration(session, household, Fees.feeFor(tier, TIER_FEES, session.getFee())));
    }
}
