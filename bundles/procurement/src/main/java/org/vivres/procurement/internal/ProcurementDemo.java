package org.vivres.procurement.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.demo.DemoContribution;
import org.vivres.erp.api.demo.DemoNetwork;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.Offer;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.model.RoundStore;
import org.vivres.procurement.internal.model.Supplier;

/**
 * The demo's shared procurement (README, "A day at the store"): two producers and their offers, and an open round
 * at the hub, « Commande groupée de la semaine », closing in five days, in which both stores have said their needs.
 */
@Component
public final class ProcurementDemo implements DemoContribution {
    private final Dal dal;

    @Activate
    public ProcurementDemo(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public String name() {
        return "procurement";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(DemoNetwork network) {
        Supplier farm = dal.save(new Supplier("Ferme des Monts d'Or", 15));
        Supplier mill = dal.save(new Supplier("Minoterie de la Dombes", 48));
        offer(farm, network.product("3760001"), "10", "16.00");
        offer(farm, network.product("3760002"), "25", "30.00");
        offer(farm, network.product("3760004"), "18", "34.20");
        offer(mill, network.product("3760005"), "12", "21.60");
        Round round = dal.save(new Round("Commande groupée de la semaine", network.hub(),
                StoreCalendar.today().plusDays(5).atTime(LocalTime.of(18, 0)).atZone(StoreCalendar.ZONE)
                        .toOffsetDateTime()));
        dal.save(new RoundStore(round.getId(), network.croixRousse()));
        dal.save(new RoundStore(round.getId(), network.guillotiere()));
        need(round, network.croixRousse(), network.product("3760001"), "20");
        need(round, network.croixRousse(), network.product("3760004"), "18");
        need(round, network.guillotiere(), network.product("3760001"), "10");
        need(round, network.guillotiere(), network.product("3760002"), "25");
        need(round, network.guillotiere(), network.product("3760005"), "24");
    }

    private void offer(Supplier supplier, UUID product, String packSize, String packPrice) {
        dal.save(new Offer(supplier.getId(), product, new BigDecimal(packSize), new BigDecimal(packPrice), 1));
    }

    private void need(Round round, UUID store, UUID product, String quantity) {
        dal.save(new Need(round.getId(), store, product, new BigDecimal(quantity)));
    }
}
