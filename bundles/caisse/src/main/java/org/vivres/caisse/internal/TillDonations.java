package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErrorStatus;
import org.vivres.erp.api.FundDonations;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Organization;

/**
 * Gifts made at a store's till to a fund: one secured citizens' source per fund and store (« Cagnotte en caisse —
 * <store> »), grown by an upsert so that two tills giving at once, even the store's very first gifts, add up on one
 * row; taken back by a conditional update so that a source never goes below zero. The fund's figures then count the
 * gifts among its secured money, as any source.
 */
@Component(service = FundDonations.class)
public final class TillDonations implements FundDonations {
    private static final String UPSERT = "insert into caisse_source (id, organization_id, created_at, created_by,"
            + " updated_at, updated_by, version, fund_id, funder, kind, amount, status, till_organization_id)"
            + " values (:id, null, :now, :user, :now, :user, 0, :fund, :funder, 'CITIZEN', :amount, 'SECURED', :store)"
            + " on conflict (fund_id, till_organization_id) where till_organization_id is not null do update"
            + " set amount = caisse_source.amount + excluded.amount, updated_at = excluded.updated_at,"
            + " updated_by = excluded.updated_by, version = caisse_source.version + 1";

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public TillDonations(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public Optional<Fund> fund(UUID fund) {
        return Optional.ofNullable(context.asAdmin(() -> dal.get(CaisseFund.class, fund)))
                .map(f -> new Fund(f.getId(), f.getName()));
    }

    @Override
    public List<Fund> fundsOf(UUID store, LocalDate date) {
        return context.asAdmin(() -> dal.query(CaisseConvention.class, "e.organization = :s and e.validFrom <= :d"
                + " and (e.validTo is null or e.validTo >= :d)", Map.of("s", store, "d", date)).list().stream()
                .map(CaisseConvention::getFund).distinct().map(id -> dal.get(CaisseFund.class, id))
                .map(f -> new Fund(f.getId(), f.getName()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
    }

    @Override
    public void credit(UUID fund, UUID store, BigDecimal amount) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Organization shop = context.asAdmin(() -> dal.get(Organization.class, store));
        String funder = "Cagnotte en caisse — " + (shop == null ? store.toString() : shop.getName());
        dal.execute(UPSERT, Map.of("id", UUID.randomUUID(), "now", now, "user", context.username(), "fund", fund,
                "funder", funder.length() <= 200 ? funder : funder.substring(0, 200), "amount", Money.euros(amount),
                "store", store));
    }

    @Override
    public void takeBack(UUID fund, UUID store, BigDecimal amount) {
        Map<String, Object> params = Map.of("f", fund, "s", store, "a", Money.euros(amount),
                "now", OffsetDateTime.now(ZoneOffset.UTC), "user", context.username());
        String where = " where e.fund = :f and e.tillOrganization = :s";
        int lowered = dal.update("update " + CaisseSource.class.getName() + " e set e.amount = e.amount - :a,"
                + " e.updatedAt = :now, e.updatedBy = :user, e.version = e.version + 1" + where + " and e.amount > :a",
                params);
        if (lowered == 1) {
            return;
        }
        // The source's amount must stay positive: a source given back entirely goes.
        int removed = dal.update("delete from " + CaisseSource.class.getName() + " e" + where + " and e.amount = :a",
                Map.of("f", fund, "s", store, "a", Money.euros(amount)));
        if (removed != 1) {
            throw new ErpException(ErrorStatus.CONFLICT, "FUND_DONATION_SPENT", FundDonations.class,
                    Money.euros(amount).toPlainString());
        }
    }
}
