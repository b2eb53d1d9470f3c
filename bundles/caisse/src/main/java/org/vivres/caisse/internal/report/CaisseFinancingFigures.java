package org.vivres.caisse.internal.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseSource;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.Money;
import org.vivres.erp.api.financing.FinancingFigure;
import org.vivres.erp.api.financing.FinancingFigures;

/**
 * The caisse's part of a store's financing mix: the sources of every fund conventioned with the store during the period
 * (public ones, private ones as foundations, citizens' as the cagnotte; secured and pending named as such, and, as in
 * the funders' report, undated: a source counts whatever the period), and the contributions its members, households of
 * the store, paid in the period. Funds belong to the network: read as admin, for the store the caller has been checked
 * against.
 */
@Component
public final class CaisseFinancingFigures implements FinancingFigures {
    private static final String CONTRIBUTIONS = "select e.fund, sum(e.amount) from "
            + CaisseLedgerEntry.class.getName() + " e where e.organization = :org and e.kind = :kind"
            + " and e.entryDate between :from and :to group by e.fund";

    private final Dal dal;
    private final ErpContext context;

    @Activate
    public CaisseFinancingFigures(@Reference Dal dal, @Reference ErpContext context) {
        this.dal = dal;
        this.context = context;
    }

    @Override
    public List<FinancingFigure> figures(UUID organization, LocalDate from, LocalDate to) {
        return context.asAdmin(() -> read(organization, from, to));
    }

    private List<FinancingFigure> read(UUID organization, LocalDate from, LocalDate to) {
        List<UUID> conventioned = dal.query(CaisseConvention.class,
                "e.organization = :org and e.validFrom <= :to and (e.validTo is null or e.validTo >= :from)",
                Map.of("org", organization, "from", from, "to", to)).list().stream()
                .map(CaisseConvention::getFund).distinct().toList();
        Map<UUID, BigDecimal> contributions = new HashMap<>();
        for (Object[] row : dal.select(CONTRIBUTIONS, Object[].class, Map.of("org", organization,
                "kind", CaisseLedgerEntry.CONTRIBUTION, "from", from, "to", to))) {
            contributions.put((UUID) row[0], Money.euros((BigDecimal) row[1]));
        }
        List<UUID> fundIds = new ArrayList<>(conventioned);
        contributions.keySet().stream().filter(f -> !fundIds.contains(f)).forEach(fundIds::add);
        if (fundIds.isEmpty()) {
            return List.of();
        }
        List<CaisseFund> funds = new ArrayList<>(dal.query(CaisseFund.class, "e.id in (:ids)",
                Map.of("ids", fundIds)).list());
        funds.sort(Comparator.comparing(CaisseFund::getName, Collator.getInstance(Locale.FRANCE))
                .thenComparing(CaisseFund::getId));
        Map<UUID, List<CaisseSource>> sources = new HashMap<>();
        if (!conventioned.isEmpty()) {
            for (CaisseSource s : dal.query(CaisseSource.class, "e.fund in (:ids)", Map.of("ids", conventioned))
                    .orderBy("e.createdAt, e.id").list()) {
                sources.computeIfAbsent(s.getFund(), f -> new ArrayList<>()).add(s);
            }
        }
        List<FinancingFigure> figures = new ArrayList<>();
        for (CaisseFund fund : funds) {
            for (CaisseSource s : sources.getOrDefault(fund.getId(), List.of())) {
                figures.add(source(fund, s));
            }
            BigDecimal paid = contributions.get(fund.getId());
            if (paid != null) {
                figures.add(new FinancingFigure(FinancingFigure.MEMBERS,
                        "Cotisations des membres — caisse « " + fund.getName() + " »",
                        "Members' contributions — fund \"" + fund.getName() + "\"", paid));
            }
        }
        return figures;
    }

    private static FinancingFigure source(CaisseFund fund, CaisseSource s) {
        boolean secured = CaisseSource.SECURED.equals(s.getStatus());
        String kind = switch (s.getKind()) {
            case "PUBLIC" -> FinancingFigure.PUBLIC;
            case "CITIZEN" -> FinancingFigure.CAGNOTTE;
            default -> FinancingFigure.FOUNDATIONS;
        };
        return new FinancingFigure(kind,
                s.getFunder() + " — caisse « " + fund.getName() + " » (" + (secured ? "acquis" : "en cours") + ")",
                s.getFunder() + " — fund \"" + fund.getName() + "\" (" + (secured ? "secured" : "pending") + ")",
                Money.euros(s.getAmount()));
    }
}
