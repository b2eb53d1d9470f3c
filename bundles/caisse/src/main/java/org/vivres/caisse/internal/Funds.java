package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.calc.Eligibility;
import org.vivres.caisse.internal.calc.Projection;
import org.vivres.caisse.internal.model.CaisseCriterion;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.Check;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.model.Product;

/** Reads about funds: the fund itself, its eligibility rules, its conventions and its money figures. */
@Component(service = Funds.class)
public final class Funds {
    private final Dal dal;

    /** What a fund has and has done with it (API.md, {@code GET /api/caisse/funds/{id}}). */
    public record Figures(BigDecimal secured, BigDecimal pending, BigDecimal contributionsCollected,
            BigDecimal allowancesCredited, BigDecimal spent, BigDecimal available, long members,
            BigDecimal memberContributions, BigDecimal monthlyNet) {
    }

    @Activate
    public Funds(@Reference Dal dal) {
        this.dal = dal;
    }

    /** The fund; 404 when absent. */
    public CaisseFund find(UUID id) {
        return Check.found(dal.get(CaisseFund.class, id), "fonds " + id);
    }

    /** The fund's eligibility rules, oldest first, as this transaction sees them (a till: {@link TillTerms}). */
    public List<Eligibility.Rule> rules(UUID fund) {
        return dal.query(CaisseCriterion.class, "e.fund = :f", Map.of("f", fund)).orderBy("e.createdAt, e.id").list()
                .stream().map(Funds::rule).toList();
    }

    static Eligibility.Rule rule(CaisseCriterion c) {
        return new Eligibility.Rule(c.getId(), set(c.getCategories()), set(c.getLabels()), c.getMaxOriginKm(),
                set(c.getExcludedCategories()));
    }

    private static Set<String> set(List<String> values) {
        return values == null ? null : Set.copyOf(values);
    }

    /** What the rules look at in {@code product}. */
    public static Eligibility.Facts facts(Product product) {
        return new Eligibility.Facts(product.getCategory(), product.getLabels(), product.getOriginKm());
    }

    /** The fund's money: sources, what the ledgers say, and what its active members cost a month. */
    public Figures figures(CaisseFund fund) {
        Map<String, Object> f = Map.of("f", fund.getId());
        Map<String, BigDecimal> sources = sums("select e.status, sum(e.amount) from CaisseSource e"
                + " where e.fund = :f group by e.status", f);
        Map<String, BigDecimal> ledger = sums("select e.kind, sum(e.amount) from CaisseLedgerEntry e"
                + " where e.fund = :f group by e.kind", f);
        Object[] active = dal.select("select count(e), coalesce(sum(e.contribution), 0) from CaisseMember e"
                + " where e.fund = :f and e.active = true", Object[].class, f).get(0);
        long members = ((Number) active[0]).longValue();
        BigDecimal contributions = Money.euros((BigDecimal) active[1]);
        BigDecimal secured = sources.getOrDefault(CaisseSource.SECURED, Money.ZERO);
        BigDecimal collected = ledger.getOrDefault(CaisseLedgerEntry.CONTRIBUTION, Money.ZERO);
        BigDecimal credited = ledger.getOrDefault(CaisseLedgerEntry.ALLOWANCE, Money.ZERO);
        BigDecimal spent = ledger.getOrDefault(CaisseLedgerEntry.DEBIT, Money.ZERO)
                .subtract(ledger.getOrDefault(CaisseLedgerEntry.REFUND, Money.ZERO));
        return new Figures(secured, sources.getOrDefault(CaisseSource.PENDING, Money.ZERO), collected, credited,
                spent, secured.add(collected).subtract(credited), members, contributions,
                Projection.monthlyNet(members, fund.getMonthlyAllowance(), contributions));
    }

    private Map<String, BigDecimal> sums(String hql, Map<String, Object> params) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object[] row : dal.select(hql, Object[].class, params)) {
            sums.put((String) row[0], Money.euros((BigDecimal) row[1]));
        }
        return sums;
    }
}
