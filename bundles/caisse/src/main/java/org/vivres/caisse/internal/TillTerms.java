package org.vivres.caisse.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.caisse.internal.calc.Eligibility;
import org.vivres.caisse.internal.model.CaisseConvention;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ErpContext;
import org.vivres.erp.api.ReferenceCache;

/**
 * A fund's terms as a caisse payment reads them, ticket after ticket: its conventions with a store and its
 * eligibility rules, kept in the node's memory while {@code caisse_convention} and {@code caisse_criterion} have not
 * changed (sql/caisse V3 tracks them). Only the till's paths read through here: a back office that has just added a
 * rule reads its own change from {@link Funds}, which this transaction's versions would hide.
 */
@Component(service = TillTerms.class)
public final class TillTerms {
    private static final List<String> CONVENTIONS = List.of("caisse_convention");
    private static final List<String> CRITERIA = List.of("caisse_criterion");

    /** When a convention holds; {@code to} {@code null}: open-ended. */
    record Validity(LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !from.isAfter(date) && (to == null || !to.isBefore(date));
        }
    }

    private final Dal dal;
    private final ErpContext context;
    private final ReferenceCache cache;
    private final Funds funds;

    @Activate
    public TillTerms(@Reference Dal dal, @Reference ErpContext context, @Reference ReferenceCache cache,
            @Reference Funds funds) {
        this.dal = dal;
        this.context = context;
        this.cache = cache;
        this.funds = funds;
    }

    /** True when the fund has a convention with {@code store} valid on {@code date}. */
    public boolean conventioned(UUID fund, UUID store, LocalDate date) {
        return covers(conventions(store).getOrDefault(fund, List.of()), date);
    }

    /** The funds with a convention with {@code store} valid on {@code date}, in no particular order. */
    public Set<UUID> conventionedFunds(UUID store, LocalDate date) {
        Set<UUID> funds = new HashSet<>();
        conventions(store).forEach((fund, validities) -> {
            if (covers(validities, date)) {
                funds.add(fund);
            }
        });
        return funds;
    }

    private static boolean covers(List<Validity> validities, LocalDate date) {
        return validities.stream().anyMatch(v -> v.covers(date));
    }

    /**
     * Every convention of {@code store}, by fund, with every validity: a payment names the funds it may draw on
     * before it knows the household's memberships, and a ticket of another day needs no other read.
     */
    private Map<UUID, List<Validity>> conventions(UUID store) {
        return cache.get("caisse.store-conventions", store, CONVENTIONS,
                () -> context.asAdmin(() -> Map.copyOf(dal.query(CaisseConvention.class, "e.organization = :s",
                        Map.of("s", store)).list().stream().collect(Collectors.groupingBy(CaisseConvention::getFund,
                                Collectors.mapping(c -> new Validity(c.getValidFrom(), c.getValidTo()),
                                        Collectors.toUnmodifiableList()))))));
    }

    /** The fund's eligibility rules, oldest first (immutable records, shared by every till). */
    public List<Eligibility.Rule> rules(UUID fund) {
        // Criteria are network-wide: read as the system so that what is kept does not depend on who asked first.
        return cache.get("caisse.criteria", fund, CRITERIA, () -> context.asAdmin(() -> List.copyOf(funds.rules(fund))));
    }
}
