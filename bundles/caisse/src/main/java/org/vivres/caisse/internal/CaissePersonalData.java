package org.vivres.caisse.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.http.Views;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.persistence.PersonalDataHook;

/**
 * The caisse's part of a household's export (memberships and ledgers) and erasure: memberships
 * become inactive; the ledgers stay, since they hold amounts, dates and ids, no personal data.
 */
@Component(service = PersonalDataHook.class)
public final class CaissePersonalData implements PersonalDataHook {
    private final Dal dal;
    private final ErpContext context;

    @Activate
    public CaissePersonalData(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public String section() {
        return "caisse";
    }

    @Override
    public Object export(UUID household) {
        return context.asAdmin(() -> {
            List<CaisseMember> members = dal.query(CaisseMember.class, "e.household = :h", Map.of("h", household))
                    .orderBy("e.createdAt, e.id").list();
            return Map.of("memberships", members.stream().map(m -> Views.MemberView.of(m, m.getBalance())).toList(),
                    "ledger", members.isEmpty() ? List.of()
                            : dal.query(CaisseLedgerEntry.class, "e.member in :m",
                                    Map.of("m", members.stream().map(CaisseMember::getId).toList()))
                                    .orderBy("e.createdAt, e.id").list().stream().map(Views.EntryView::of).toList());
        });
    }

    @Override
    public void erase(UUID household) {
        dal.execute("update caisse_member set active = false where household_id = :h", Map.of("h", household));
    }
}
