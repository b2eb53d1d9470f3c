package org.vivres.caisse.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.HouseholdFacet;

/** {@code caisseMemberships} on a household: the funds it belongs to and its balance in each (for the till). */
@Component(service = HouseholdFacet.class)
public final class CaisseHouseholdFacet implements HouseholdFacet {
    private final Dal dal;

    @Activate
    public CaisseHouseholdFacet(@Reference Dal dal) {
        this.dal = dal;
    }

    @Override
    public String field() {
        return "caisseMemberships";
    }

    @Override
    public Object describe(UUID household) {
        List<CaisseMember> members = dal.query(CaisseMember.class, "e.household = :h and e.active = true",
                Map.of("h", household)).orderBy("e.createdAt, e.id").list();
        if (members.isEmpty()) {
            return null;
        }
        return members.stream().map(m -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("fund", m.getFund());
            CaisseFund fund = dal.get(CaisseFund.class, m.getFund());
            view.put("fundName", fund == null ? null : fund.getName());
            view.put("member", m.getId());
            view.put("balance", m.getBalance());
            view.put("contribution", m.getContribution());
            return view;
        }).toList();
    }
}
