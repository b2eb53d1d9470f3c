package org.vivres.financing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.Money;
import org.vivres.financing.internal.model.TillGift;

/**
 * What the tills gave: the store's own cagnotte and the funds of the caisse alimentaire, from the gifts kept one per
 * ticket line ({@link TillGift}), returns counted off. Reads only; the figures of a funders' report come from here.
 */
@Component(service = Cagnotte.class)
public final class Cagnotte {
    private final Dal dal;

    /**
     * The gifts of a period, net of returns: {@code cagnotte} to the store's own cagnotte, {@code funds} to the funds
     * of the caisse alimentaire, and their {@code total}.
     */
    public record Totals(BigDecimal cagnotte, BigDecimal funds, BigDecimal total, long gifts) {
    }

    @Activate
    public Cagnotte(@Reference Dal dal) {
        this.dal = dal;
    }

    /** What {@code organization}'s tills were given from {@code from} to {@code to}, both included. */
    public Totals totals(UUID organization, LocalDate from, LocalDate to) {
        List<Object[]> rows = dal.select("select coalesce(sum(case when e.fund is null then e.amount else 0 end), 0),"
                + " coalesce(sum(case when e.fund is not null then e.amount else 0 end), 0),"
                + " count(case when e.amount > 0 then 1 end) from " + TillGift.class.getName() + " e"
                + " where e.organization = :org and e.date between :from and :to", Object[].class,
                Map.of("org", organization, "from", from, "to", to));
        Object[] row = rows.get(0);
        BigDecimal cagnotte = Money.euros((BigDecimal) row[0]);
        BigDecimal funds = Money.euros((BigDecimal) row[1]);
        return new Totals(cagnotte, funds, cagnotte.add(funds), ((Number) row[2]).longValue());
    }
}
