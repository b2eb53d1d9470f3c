package org.vivres.financing.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.financing.FinancingFigure;
import org.vivres.erp.api.financing.FinancingFigures;
import org.vivres.financing.internal.Cagnotte;
import org.vivres.financing.internal.model.Donation;
import org.vivres.financing.internal.model.VolunteerHours;

/**
 * This bundle's part of a store's financing mix over a period: goods and equipment given (in kind, valued), money given
 * (money gifts recorded in the back office, and what the tills collected for the store's own cagnotte — the tills'
 * gifts to a fund of the caisse alimentaire are that fund's CITIZEN source, counted by the caisse), and volunteer hours at the value recorded with them (each
 * at the rate of its day, as the accounts need). Each figure is there even at zero, so that a funder sees the whole mix.
 */
@Component
public final class GiftFigures implements FinancingFigures {
    private static final String DONATIONS = "select e.kind, sum(e.value) from " + Donation.class.getName()
            + " e where e.organization = :org and e.receivedOn between :from and :to group by e.kind";
    private static final String HOURS = "select sum(e.hours), sum(e.value) from " + VolunteerHours.class.getName()
            + " e where e.organization = :org and e.date between :from and :to";

    private final Dal dal;
    private final Cagnotte cagnotte;

    @Activate
    public GiftFigures(@Reference Dal dal, @Reference Cagnotte cagnotte) {
        this.dal = dal;
        this.cagnotte = cagnotte;
    }

    @Override
    public List<FinancingFigure> figures(UUID organization, LocalDate from, LocalDate to) {
        // Not filtered by the Dal: restricted to the store the report has checked.
        Map<String, Object> params = Map.of("org", organization, "from", from, "to", to);
        Map<String, BigDecimal> given = new HashMap<>();
        for (Object[] row : dal.select(DONATIONS, Object[].class, params)) {
            given.put((String) row[0], Money.euros((BigDecimal) row[1]));
        }
        Object[] hours = dal.select(HOURS, Object[].class, params).get(0);
        BigDecimal hoursGiven = hours[0] == null ? BigDecimal.ZERO : (BigDecimal) hours[0];
        BigDecimal hoursValue = hours[1] == null ? Money.ZERO : Money.euros((BigDecimal) hours[1]);
        String h = hoursGiven.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return List.of(
                new FinancingFigure(FinancingFigure.IN_KIND, "Dons en nature : marchandises", "Gifts in kind: goods",
                        given.getOrDefault(Donation.GOODS, Money.ZERO)),
                new FinancingFigure(FinancingFigure.IN_KIND, "Dons en nature : équipement", "Gifts in kind: equipment",
                        given.getOrDefault(Donation.EQUIPMENT, Money.ZERO)),
                new FinancingFigure(FinancingFigure.CAGNOTTE, "Dons en argent (cagnotte)", "Money gifts (cagnotte)",
                        given.getOrDefault(Donation.MONEY, Money.ZERO)),
                new FinancingFigure(FinancingFigure.CAGNOTTE, "Cagnotte de l'épicerie (dons en caisse)",
                        "The store's cagnotte (gifts at the till)", cagnotte.totals(organization, from, to).cagnotte()),
                new FinancingFigure(FinancingFigure.VOLUNTEERING,
                        "Bénévolat : " + h.replace('.', ',') + " h valorisées",
                        "Volunteering: " + h + " h valued", hoursValue));
    }
}
