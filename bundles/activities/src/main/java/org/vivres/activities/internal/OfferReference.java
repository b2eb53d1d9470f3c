package org.vivres.activities.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vivres.activities.internal.model.ActivityOffer;
import org.vivres.activities.internal.model.ActivityRegistration;
import org.vivres.activities.internal.model.ActivitySession;
import org.vivres.erp.api.Dal;
import org.vivres.erp.api.ReferenceCache;

/**
 * What the till reads of this bundle at every ticket and a manager or a registration seldom changes: a store's
 * running offers, and the start of each session a household is registered to. Both are kept in the node's memory
 * (tables tracked by {@code V4__reference_tables.sql}) and served while none of their tables has changed, by the
 * application or by hand. Only the till's pricing reads through here: a back-office transaction that changes an
 * offer or a registration would not see its own change.
 * <p>
 * Both reads are selects, which the organizations of the caller never filtered: the store and the household are
 * the ticket's, which the kernel has checked the caller may sell for. The cache is this bundle's own (the kernel
 * gives each bundle one): a new revision of the bundle starts empty, never meeting values of its previous classes.
 */
@Component(service = OfferReference.class)
public final class OfferReference {
    private static final String OFFERS = "activities.offers";
    private static final String SESSIONS = "activities.registered-sessions";
    private static final List<String> OFFER_TABLES = List.of("activities_offer");
    private static final List<String> SESSION_TABLES = List.of("activities_session", "activities_registration");

    private final Dal dal;
    private final ReferenceCache cache;

    @Activate
    public OfferReference(@Reference Dal dal, @Reference ReferenceCache cache) {
        this.dal = dal;
        this.cache = cache;
    }

    /** The terms of an offer the till prices with, copied from its row. */
    public record OfferTerms(UUID id, UUID activity, UUID product, BigDecimal unitPrice,
            BigDecimal maxQuantityPerHousehold, int validDaysAroundSession) {
        static OfferTerms of(ActivityOffer offer) {
            return new OfferTerms(offer.getId(), offer.getActivity(), offer.getProduct(), offer.getUnitPrice(),
                    offer.getMaxQuantityPerHousehold(), offer.getValidDaysAroundSession());
        }

        /** The ticket lines' price rule, {@code ACTIVITY:<offer>}. */
        public String priceRule() {
            return ActivityOffer.RULE_PREFIX + id;
        }
    }

    /** A store's running offers by product, cheapest first (then by id). */
    public record StoreOffers(Map<UUID, List<OfferTerms>> byProduct) {
        public StoreOffers {
            byProduct = byProduct.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        }

        public List<OfferTerms> of(UUID product) {
            return byProduct.getOrDefault(product, List.of());
        }

        /** The widest validity around a session among the store's offers (0 when it has none). */
        public int maxValidDays() {
            return byProduct.values().stream().flatMap(List::stream).mapToInt(OfferTerms::validDaysAroundSession)
                    .max().orElse(0);
        }
    }

    /** The start of every session a household is registered to, by activity, in time order. */
    public record RegisteredSessions(Map<UUID, List<OffsetDateTime>> byActivity) {
        public RegisteredSessions {
            byActivity = byActivity.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        }

        public List<OffsetDateTime> of(UUID activity) {
            return byActivity.getOrDefault(activity, List.of());
        }
    }

    private record StoreKey(UUID store) {
    }

    private record HouseholdKey(UUID household) {
    }

    /** The running offers of {@code store}. */
    public StoreOffers offers(UUID store) {
        return cache.get(OFFERS, new StoreKey(store), OFFER_TABLES, () -> new StoreOffers(
                dal.select("select o from " + ActivityOffer.class.getName() + " o where o.organization = :org"
                        + " and o.endedAt is null order by o.unitPrice, o.id", ActivityOffer.class,
                        Map.of("org", store))
                        .stream().map(OfferTerms::of)
                        .collect(Collectors.groupingBy(OfferTerms::product, Collectors.toList()))));
    }

    /**
     * The sessions {@code household} is registered to, of every activity: the caller looks up the activity of one
     * of the ticket's store's offers, whose sessions are that store's.
     */
    public RegisteredSessions sessions(UUID household) {
        return cache.get(SESSIONS, new HouseholdKey(household), SESSION_TABLES, () -> {
            List<Object[]> rows = dal.select("select s.activity, s.startsAt from " + ActivitySession.class.getName()
                    + " s where s.id in (select r.session from " + ActivityRegistration.class.getName()
                    + " r where r.household = :h) order by s.startsAt, s.id", Object[].class, Map.of("h", household));
            return new RegisteredSessions(rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0],
                    Collectors.mapping(r -> (OffsetDateTime) r[1], Collectors.toList()))));
        });
    }
}
