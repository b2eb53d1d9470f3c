package org.vivres.caisse.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseCriterion;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.StoreCalendar;
import org.vivres.erp.api.demo.DemoContribution;
import org.vivres.erp.api.demo.DemoNetwork;
import org.vivres.erp.api.model.Household;

/**
 * The demo's fund (README, "A day at the store"): « Fonds alimentaire de Lyon », 30,00 € a month, two funders,
 * both stores under convention, fruit, vegetables and dairy eligible; CARTE-0001 (Croix-Rousse) and CARTE-0003
 * (Guillotière) are members, and this month is opened, so each has 30,00 € to spend.
 */
@Component
public final class CaisseDemo implements DemoContribution {
    static final String FUND = "Fonds alimentaire de Lyon";

    private final Dal dal;
    private final PeriodService periods;

    @Activate
    public CaisseDemo(@Reference Dal dal, @Reference PeriodService periods) {
        this.dal = dal;
        this.periods = periods;
    }

    @Override
    public String name() {
        return "caisse";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(DemoNetwork network) {
        CaisseFund fund = dal.save(new CaisseFund(FUND, new BigDecimal("30.00"), new BigDecimal("0.00"),
                new BigDecimal("20.00")));
        dal.save(new CaisseSource(fund.getId(), "Métropole de Lyon", "PUBLIC", new BigDecimal("6000.00"),
                CaisseSource.SECURED));
        dal.save(new CaisseSource(fund.getId(), "Fondation Entraide Rhône", "PRIVATE", new BigDecimal("1500.00"),
                CaisseSource.PENDING));
        LocalDate since = StoreCalendar.today().withDayOfMonth(1).minusMonths(1);
        dal.save(new CaisseConvention(fund.getId(), network.croixRousse(), since, null));
        dal.save(new CaisseConvention(fund.getId(), network.guillotiere(), since, null));
        dal.save(new CaisseCriterion(fund.getId(), List.of("FRUITS", "LEGUMES", "CREMERIE"), null, null, null));
        member(fund, network.household("CARTE-0001"), "5.00");
        member(fund, network.household("CARTE-0003"), "2.00");
        dal.flush();
        periods.open(fund.getId(), YearMonth.from(StoreCalendar.today()).toString());
    }

    private void member(CaisseFund fund, UUID household, String contribution) {
        Household h = dal.get(Household.class, household);
        dal.save(new CaisseMember(fund.getId(), household, h.getOrganization(), new BigDecimal(contribution)));
    }
}
