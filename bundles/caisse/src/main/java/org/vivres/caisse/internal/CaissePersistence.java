package org.vivres.caisse.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseCriterion;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.caisse.internal.model.CaissePeriod;
import org.vivres.caisse.internal.model.CaisseSettlement;
import org.vivres.caisse.internal.model.CaisseSettlementLine;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.persistence.PersistenceContribution;

/** The caisse's tables: its entities and the migrations under {@code db/migration/caisse}. */
@Component(service = PersistenceContribution.class)
public final class CaissePersistence implements PersistenceContribution {
    @Override
    public String name() {
        return "caisse";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(CaisseFund.class, CaisseSource.class, CaisseConvention.class, CaisseCriterion.class,
                CaisseMember.class, CaissePeriod.class, CaisseLedgerEntry.class, CaisseSettlement.class,
                CaisseSettlementLine.class);
    }

    @Override
    public String migrationPath() {
        return "db/migration/caisse";
    }
}
