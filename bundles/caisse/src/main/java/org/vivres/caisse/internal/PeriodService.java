package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.caisse.internal.model.CaissePeriod;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;

/**
 * Opens a month of a fund: for each active member, records the contribution collected and credits
 * the monthly allowance (unspent balance carries over). Shared by the HTTP API and the Gogo command.
 */
@Component(service = PeriodService.class)
public final class PeriodService {
    private final Dal dal;
    private final ErpContext context;
    private final Funds funds;
    private final Ledger ledger;

    @Activate
    public PeriodService(@Reference Dal dal, @Reference ErpContext context, @Reference Funds funds,
            @Reference Ledger ledger) {
        this.dal = dal;
        this.context = context;
        this.funds = funds;
        this.ledger = ledger;
    }

    /** Opens {@code month} of {@code fundId}; 409 {@code PERIOD_ALREADY_OPEN} the second time. */
    public CaissePeriod open(UUID fundId, String monthText) {
        YearMonth month = Months.parse(monthText, "month");
        CaisseFund fund = funds.find(fundId);
        if (find(fund.getId(), month) != null) {
            throw Refusals.conflict("PERIOD_ALREADY_OPEN", month.toString());
        }
        // The unique (fund, month) row goes in first: a concurrent opening of the same month waits on
        // it, fails on the key, and its retried transaction then stops at the check above.
        CaissePeriod period = dal.save(new CaissePeriod(fund.getId(), month.toString()));
        dal.flush();
        List<CaisseMember> members = context.asAdmin(() -> dal.query(CaisseMember.class,
                "e.fund = :f and e.active = true", Map.of("f", fund.getId())).orderBy("e.id").list());
        BigDecimal allowance = fund.getMonthlyAllowance();
        BigDecimal contributions = Money.ZERO;
        for (CaisseMember member : members) {
            if (member.getContribution().signum() > 0) {
                ledger.append(CaisseLedgerEntry.ofPeriod(member, CaisseLedgerEntry.CONTRIBUTION,
                        member.getContribution(), ledger.balance(member.getId()), period, month.atDay(1)));
                contributions = contributions.add(member.getContribution());
            }
            BigDecimal after = ledger.credit(member.getId(), allowance);
            ledger.append(CaisseLedgerEntry.ofPeriod(member, CaisseLedgerEntry.ALLOWANCE, allowance, after, period,
                    month.atDay(1)));
        }
        period.totals(members.size(), contributions,
                Money.euros(allowance.multiply(BigDecimal.valueOf(members.size()))));
        return dal.save(period);
    }

    /** The period of {@code month}, or {@code null}. */
    public CaissePeriod find(UUID fund, YearMonth month) {
        return dal.query(CaissePeriod.class, "e.fund = :f and e.month = :m", Map.of("f", fund, "m", month.toString()))
                .uniqueResult();
    }

    /** The fund's periods, latest first. */
    public List<CaissePeriod> list(UUID fund, int limit, int offset) {
        return dal.query(CaissePeriod.class, "e.fund = :f", Map.of("f", fund)).orderBy("e.month desc")
                .limit(limit).offset(offset).list();
    }
}
