package org.vivres.caisse.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;

/**
 * What the members' ledgers of a fund add up to between two dates (their value dates: a period's
 * first day, a ticket's day). Network-wide sums, as the fund's own figures ({@code GET /api/caisse/funds/{id}}).
 *
 * @param contributions contributions collected from the members
 * @param allowances    allowances credited to them
 * @param debits        what they paid with the caisse in the stores
 * @param refunds       what returns gave back to their balances
 */
record LedgerTotals(BigDecimal contributions, BigDecimal allowances, BigDecimal debits, BigDecimal refunds) {
    static final LedgerTotals NONE = new LedgerTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** Spent in the stores: debits less refunds. */
    BigDecimal spent() {
        return debits.subtract(refunds);
    }

    /** True when nothing moved. */
    boolean isEmpty() {
        return contributions.signum() == 0 && allowances.signum() == 0 && debits.signum() == 0
                && refunds.signum() == 0;
    }

    /** The totals of one fund from {@code from} ({@code null}: since the beginning) to {@code to}, both included. */
    static LedgerTotals of(Dal dal, UUID fund, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>(Map.of("f", fund, "to", to));
        String where = "e.fund = :f and e.entryDate <= :to";
        if (from != null) {
            where += " and e.entryDate >= :from";
            params.put("from", from);
        }
        return byFund(dal, where, params).getOrDefault(fund, NONE);
    }

    /** The totals of every fund with entries from {@code from} to {@code to}, both included. */
    static Map<UUID, LedgerTotals> byFund(Dal dal, LocalDate from, LocalDate to) {
        return byFund(dal, "e.entryDate between :from and :to", Map.of("from", from, "to", to));
    }

    private static Map<UUID, LedgerTotals> byFund(Dal dal, String where, Map<String, Object> params) {
        Map<UUID, Map<String, BigDecimal>> sums = new HashMap<>();
        for (Object[] row : dal.select("select e.fund, e.kind, sum(e.amount) from CaisseLedgerEntry e where " + where
                + " group by e.fund, e.kind", Object[].class, params)) {
            sums.computeIfAbsent((UUID) row[0], f -> new HashMap<>()).put((String) row[1],
                    Money.euros((BigDecimal) row[2]));
        }
        Map<UUID, LedgerTotals> totals = new HashMap<>();
        sums.forEach((fund, kinds) -> totals.put(fund, new LedgerTotals(
                kinds.getOrDefault(CaisseLedgerEntry.CONTRIBUTION, Money.ZERO),
                kinds.getOrDefault(CaisseLedgerEntry.ALLOWANCE, Money.ZERO),
                kinds.getOrDefault(CaisseLedgerEntry.DEBIT, Money.ZERO),
                kinds.getOrDefault(CaisseLedgerEntry.REFUND, Money.ZERO))));
        return totals;
    }
}
