package org.vivres.caisse.internal;

import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaissePeriod;
import org.vivres.erp.api.ErpException;
import org.vivres.erp.api.ErpTransactions;

/**
 * Gogo {@code vivres:period-open <fundId> <month>}: opens a month of a fund as the API does, in its
 * own transaction, for an admin at the local shell (or a cron job driving it).
 */
@Component(service = PeriodCommand.class, property = {
    "osgi.command.scope=vivres",
    "osgi.command.function=period-open"})
public final class PeriodCommand {
    private final ErpTransactions transactions;
    private final PeriodService periods;

    @Activate
    public PeriodCommand(@Reference ErpTransactions transactions, @Reference PeriodService periods) {
        this.transactions = transactions;
        this.periods = periods;
    }

    /**
     * What Gogo calls for {@code period-open} (a hyphenated name cannot be a Java method; Gogo then
     * calls {@code _main} with the command's name first).
     */
    public String _main(String command, String fund, String month) {
        return periodOpen(fund, month);
    }

    /** Opens {@code month} ({@code YYYY-MM}) of the fund {@code fund}; says what was credited. */
    public String periodOpen(String fund, String month) {
        UUID fundId;
        try {
            fundId = UUID.fromString(fund.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period-open: not a fund id: " + fund, e);
        }
        try {
            CaissePeriod period = transactions.inTransaction(() -> periods.open(fundId, month));
            return "Period " + period.getMonth() + " opened for fund " + fundId + ": " + period.getMembers()
                    + " members, " + period.getAllowances().toPlainString() + " EUR credited, "
                    + period.getContributions().toPlainString() + " EUR of contributions collected.";
        } catch (ErpException e) {
            throw new IllegalStateException("period-open refused: " + e.getMessage(), e);
        }
    }
}
