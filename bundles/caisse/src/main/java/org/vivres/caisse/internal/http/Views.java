package org.vivres.caisse.internal.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vivres.caisse.internal.Funds;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.caisse.internal.model.CaisseCriterion;
import org.vivres.caisse.internal.model.CaisseFund;
import org.vivres.caisse.internal.model.CaisseLedgerEntry;
import org.vivres.caisse.internal.model.CaisseMember;
import org.vivres.caisse.internal.model.CaissePeriod;
import org.vivres.caisse.internal.model.CaisseSource;

/**
 * The JSON shapes of the caisse (API.md, "Caisse alimentaire commune"); money as decimal strings. Public for the
 * personal-data export, which shows a household's memberships and ledger as the API does.
 */
public final class Views {
    private Views() {
    }

    /** A fund with its figures. */
    static Map<String, Object> fund(CaisseFund f, Funds.Figures figures) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", f.getId());
        view.put("name", f.getName());
        view.put("monthlyAllowance", f.getMonthlyAllowance());
        view.put("minContribution", f.getMinContribution());
        view.put("maxContribution", f.getMaxContribution());
        view.put("secured", figures.secured());
        view.put("pending", figures.pending());
        view.put("contributionsCollected", figures.contributionsCollected());
        view.put("allowancesCredited", figures.allowancesCredited());
        view.put("spent", figures.spent());
        view.put("available", figures.available());
        view.put("members", figures.members());
        view.put("monthlyNet", figures.monthlyNet());
        return view;
    }

    /** {@code tillOrganization}: the store whose till's gifts the source gathers, null for a funder's source. */
    record SourceView(UUID id, UUID fund, String funder, String kind, BigDecimal amount, String status,
            UUID tillOrganization) {
        static SourceView of(CaisseSource s) {
            return new SourceView(s.getId(), s.getFund(), s.getFunder(), s.getKind(), s.getAmount(), s.getStatus(),
                    s.getTillOrganization());
        }
    }

    record ConventionView(UUID id, UUID fund, UUID organization, LocalDate validFrom, LocalDate validTo) {
        static ConventionView of(CaisseConvention c) {
            return new ConventionView(c.getId(), c.getFund(), c.getOrganization(), c.getValidFrom(), c.getValidTo());
        }
    }

    record CriterionView(UUID id, UUID fund, List<String> categories, List<String> labels, Integer maxOriginKm,
            List<String> excludedCategories) {
        static CriterionView of(CaisseCriterion c) {
            return new CriterionView(c.getId(), c.getFund(), c.getCategories(), c.getLabels(), c.getMaxOriginKm(),
                    c.getExcludedCategories());
        }
    }

    public record MemberView(UUID id, UUID fund, UUID household, UUID organization, BigDecimal contribution,
            BigDecimal balance, boolean active, OffsetDateTime createdAt) {
        public static MemberView of(CaisseMember m, BigDecimal balance) {
            return new MemberView(m.getId(), m.getFund(), m.getHousehold(), m.getOrganization(), m.getContribution(),
                    balance, m.isActive(), m.getCreatedAt());
        }
    }

    public record EntryView(UUID id, String kind, BigDecimal amount, BigDecimal balanceAfter, LocalDate date, UUID period,
            UUID ticket, UUID originalTicket, UUID store, OffsetDateTime createdAt) {
        public static EntryView of(CaisseLedgerEntry e) {
            return new EntryView(e.getId(), e.getKind(), e.getAmount(), e.getBalanceAfter(), e.getEntryDate(),
                    e.getPeriod(), e.getTicket(), e.getOriginalTicket(), e.getStore(), e.getCreatedAt());
        }
    }

    record PeriodView(UUID id, UUID fund, String month, int members, BigDecimal contributions,
            BigDecimal allowances) {
        static PeriodView of(CaissePeriod p) {
            return new PeriodView(p.getId(), p.getFund(), p.getMonth(), p.getMembers(), p.getContributions(),
                    p.getAllowances());
        }
    }
}
