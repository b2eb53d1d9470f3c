package org.vivres.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.demo.DemoContribution;
import org.vivres.erp.api.demo.DemoNetwork;
import org.vivres.pricing.internal.model.Tier;

/**
 * The demo's tiers (README, "A day at the store"): P1 « Solidaire » at 30 % and P2 « Intermédiaire » at 60 % of the
 * reference price, network-wide; CARTE-0001 and CARTE-0003 in P1, CARTE-0002 in P2, CARTE-0004 pays full price.
 */
@Component
public final class PricingDemo implements DemoContribution {
    private final Dal dal;
    private final Tiers tiers;

    @Activate
    public PricingDemo(@Reference Dal dal, @Reference Tiers tiers) {
        this.dal = dal;
        this.tiers = tiers;
    }

    @Override
    public String name() {
        return "pricing";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(DemoNetwork network) {
        Tier p1 = dal.save(new Tier("P1", "Solidaire", null, new BigDecimal("30"), new BigDecimal("400.00"), null));
        Tier p2 = dal.save(new Tier("P2", "Intermédiaire", null, new BigDecimal("60"), new BigDecimal("700.00"), null));
        assign(network.household("CARTE-0001"), p1);
        assign(network.household("CARTE-0002"), p2);
        assign(network.household("CARTE-0003"), p1);
    }

    private void assign(UUID household, Tier tier) {
        LocalDate today = StoreCalendar.today();
        tiers.assign(tiers.lockedHousehold(household), tier, today.minusMonths(1), today.plusYears(1));
    }
}
