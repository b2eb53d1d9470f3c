package org.vivres.caisse.internal.http;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.Refusals;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Role;
import org.vivres.erp.api.http.ApiRequest;
import org.vivres.erp.api.http.ApiResource;
import org.vivres.erp.api.http.ApiResponse;
import org.vivres.erp.api.http.Items;
import org.vivres.erp.api.http.Routes;
import org.vivres.erp.api.model.Household;

/**
 * Members of a fund: a manager or referrer of the household's store enrols it with the contribution
 * it can afford, and reads its balance and ledger. A membership belongs to the household's store.
 */
@Component
public final class MemberResource implements ApiResource {
    private final Dal dal;
    private final ErpContext context;
    private final Funds funds;

    record NewMember(UUID household, BigDecimal contribution) {
    }

    record NewContribution(BigDecimal contribution) {
    }

    record NewState(Boolean active) {
    }

    @Activate
    public MemberResource(@Reference Dal dal, @Reference ErpContext context, @Reference Funds funds) {
        this.dal = dal;
        this.context = context;
        this.funds = funds;
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/api/caisse/funds/{id}/members", this::enrol, Role.MANAGER, Role.REFERRER);
        routes.get("/api/caisse/funds/{id}/members", this::list, Role.MANAGER, Role.REFERRER);
        routes.get("/api/caisse/members/{id}", this::get, Role.MANAGER, Role.REFERRER);
        routes.get("/api/caisse/members/{id}/ledger", this::ledger, Role.MANAGER, Role.REFERRER);
        routes.put("/api/caisse/members/{id}/contribution", this::changeContribution, Role.MANAGER, Role.REFERRER);
        routes.put("/api/caisse/members/{id}/active", this::changeActive, Role.MANAGER, Role.REFERRER);
    }

    private Object enrol(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        NewMember m = request.body(NewMember.class);
        UUID householdId = Check.required(m.household(), "household");
        BigDecimal contribution = Check.amount(m.contribution(), "contribution");
        Household household = Check.found(context.asAdmin(() -> dal.get(Household.class, householdId)),
                "foyer " + householdId);
        context.checkAccess(household.getOrganization());
        if (household.isErased()) {
            throw Refusals.unprocessable("HOUSEHOLD_ERASED");
        }
        checkRange(fund, contribution);
        boolean member = context.asAdmin(() -> dal.query(CaisseMember.class, "e.fund = :f and e.household = :h",
                Map.of("f", fund.getId(), "h", householdId)).count() > 0);
        if (member) {
            throw Refusals.conflict("ALREADY_MEMBER");
        }
        // The unique (fund, household) key decides between concurrent enrolments: the loser's retry
        // stops at the check above.
        CaisseMember saved = dal.save(new CaisseMember(fund.getId(), householdId, household.getOrganization(),
                contribution));
        dal.flush();
        return ApiResponse.created(Views.MemberView.of(saved, saved.getBalance()));
    }

    private static void checkRange(CaisseFund fund, BigDecimal contribution) {
        if (contribution.compareTo(fund.getMinContribution()) < 0
                || fund.getMaxContribution() != null && contribution.compareTo(fund.getMaxContribution()) > 0) {
            throw Refusals.unprocessable("CONTRIBUTION_OUT_OF_RANGE", contribution.toPlainString(),
                    fund.getMinContribution().toPlainString(),
                    fund.getMaxContribution() == null ? "—" : fund.getMaxContribution().toPlainString());
        }
    }

    /** A household's means change: the next month opened collects the new contribution. */
    private Object changeContribution(ApiRequest request) {
        CaisseMember member = find(request);
        context.checkAccess(member.getOrganization());
        BigDecimal contribution = Check.amount(request.body(NewContribution.class).contribution(), "contribution");
        checkRange(funds.find(member.getFund()), contribution);
        write(member, "contribution", contribution);
        return changed(member, contribution, member.isActive());
    }

    /**
     * A household leaves the fund (it can no longer pay with it and is not credited; its balance stays on its
     * membership) or comes back.
     */
    private Object changeActive(ApiRequest request) {
        CaisseMember member = find(request);
        context.checkAccess(member.getOrganization());
        boolean active = Check.required(request.body(NewState.class).active(), "active");
        if (active) {
            Household household = context.asAdmin(() -> dal.get(Household.class, member.getHousehold()));
            if (household == null || household.isErased()) {
                throw Refusals.unprocessable("HOUSEHOLD_ERASED");
            }
        }
        write(member, "active", active);
        return changed(member, member.getContribution(), active);
    }

    /**
     * One column written by SQL, never the whole row: the balance is only ever changed by the atomic debits and
     * credits of the ledger, which a stale entity written back would undo.
     */
    private void write(CaisseMember member, String column, Object value) {
        dal.execute("update caisse_member set " + column + " = :v, updated_at = now(), updated_by = :user"
                + " where id = :id", Map.of("v", value, "user", context.username(), "id", member.getId()));
    }

    /** The member as just written (the loaded entity still holds the old values). */
    private static Views.MemberView changed(CaisseMember member, BigDecimal contribution, boolean active) {
        return new Views.MemberView(member.getId(), member.getFund(), member.getHousehold(), member.getOrganization(),
                contribution, member.getBalance(), active, member.getCreatedAt());
    }

    private Object list(ApiRequest request) {
        CaisseFund fund = funds.find(request.pathId("id"));
        return Items.of(dal.query(CaisseMember.class, "e.fund = :f", Map.of("f", fund.getId()))
                .orderBy("e.createdAt, e.id").limit(request.limit()).offset(request.offset()).list().stream()
                .map(m -> Views.MemberView.of(m, m.getBalance())).toList());
    }

    private CaisseMember find(ApiRequest request) {
        return Check.found(dal.get(CaisseMember.class, request.pathId("id")), "membre");
    }

    private Object get(ApiRequest request) {
        CaisseMember member = find(request);
        return Views.MemberView.of(member, member.getBalance());
    }

    private Object ledger(ApiRequest request) {
        CaisseMember member = find(request);
        return Items.of(dal.query(CaisseLedgerEntry.class, "e.member = :m", Map.of("m", member.getId()))
                .orderBy("e.createdAt, e.id").limit(request.limit()).offset(request.offset()).list().stream()
                .map(Views.EntryView::of).toList());
    }
}
