package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;

/**
 * What a fund owes its conventioned stores for a month: the caisse debits less the refunds of the
 * tickets dated that month, per store. Shared by the settlement endpoint and its printed report.
 */
@Component(service = Settlements.class)
public final class Settlements {
    private final Dal dal;

    /** What one store is owed: an amount and the number of tickets it comes from. */
    public record Owed(BigDecimal amount, int tickets) {
    }

    @Activate
    public Settlements(@Reference Dal dal) {
        this.dal = dal;
    }

    /** Per store (sorted by id): debits less refunds of the month's tickets, and how many tickets. */
    public Map<UUID, Owed> owed(UUID fund, YearMonth month) {
        Map<String, Object> params = Map.of("f", fund, "from", month.atDay(1), "to", month.atEndOfMonth(),
                "debit", CaisseLedgerEntry.DEBIT, "refund", CaisseLedgerEntry.REFUND);
        List<Object[]> rows = dal.select("select e.store, sum(case when e.kind = :debit then e.amount"
                + " else -e.amount end), count(distinct e.ticket) from CaisseLedgerEntry e"
                + " where e.fund = :f and e.kind in (:debit, :refund) and e.entryDate between :from and :to"
                + " group by e.store", Object[].class, params);
        Map<UUID, Owed> owed = new TreeMap<>();
        for (Object[] row : rows) {
            owed.put((UUID) row[0], new Owed(Money.euros((BigDecimal) row[1]), ((Number) row[2]).intValue()));
        }
        return owed;
    }
}
