package org.vivres.procurement.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.vivres.erp.api.persistence.PersistenceContribution;
import org.vivres.procurement.internal.model.Allocation;
import org.vivres.procurement.internal.model.Cost;
import org.vivres.procurement.internal.model.CostShare;
import org.vivres.procurement.internal.model.Need;
import org.vivres.procurement.internal.model.Offer;
import org.vivres.procurement.internal.model.PurchaseOrder;
import org.vivres.procurement.internal.model.PurchaseOrderLine;
import org.vivres.procurement.internal.model.Receipt;
import org.vivres.procurement.internal.model.Round;
import org.vivres.procurement.internal.model.RoundStore;
import org.vivres.procurement.internal.model.Supplier;

/** The procurement tables ({@code sql/procurement}) and their entities. */
@Component
public final class ProcurementPersistence implements PersistenceContribution {

    @Override
    public String name() {
        return "procurement";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Supplier.class, Offer.class, Round.class, RoundStore.class, Need.class, PurchaseOrder.class,
                PurchaseOrderLine.class, Receipt.class, Allocation.class, Cost.class, CostShare.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/procurement";
    }
}
