package org.vivres.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.pricing.it.PricingFixtures.line;
import static org.vivres.pricing.it.PricingFixtures.priced;
import static org.vivres.pricing.it.PricingFixtures.ticketBody;
import static org.vivres.pricing.it.PricingFixtures.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Tier prices at the till: quotes and tickets, category percents, validity, stores, and the monthly cap. */
@ExtendWith(VivresSystem.class)
class TillPricingIT {
    static PricingFixtures pf;
    static Api admin;
    static String store;
    static String otherStore;
    static String bread;
    static String carrots;
    static String apple;
    static String solidaire;
    static String support;
    static String network;
    static String capped;
    static Api cashier;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        pf = new PricingFixtures(admin);
        store = pf.fx.store();
        otherStore = pf.fx.store();
        bread = pf.fx.product("3.40");
        carrots = pf.fx.product("LEGUMES", "2.45", "KG", List.of(), 20);
        apple = pf.fx.product("FRUITS", "1.00", "UNIT", List.of(), 20);
        solidaire = pf.tier(store, "30", Map.of("legumes", "10"), null, null);
        support = pf.tier(null, "125");
        network = pf.tier(null, "50");
        capped = pf.tier(store, "50", Map.of(), null, "5.00");
        cashier = pf.fx.user("CASHIER", store);
    }

    @Test
    void theQuoteAndTheTicketShowTheTierPricesWithTheCategoryPercent() {
        String household = pf.householdWith(store, solidaire);
        List<Map<String, Object>> lines = List.of(line(bread, "2"), line(carrots, "1.333"));
        Api.Response quote = pf.quote(cashier, store, household, lines);
        // 3.40 × 30 % = 1.02; carrots at the LEGUMES 10 %: 0.245 → 0.25, × 1.333 = 0.33325 → 0.33
        assertThat(priced(quote, 0)).containsExactly("1.02", "2.04", "TIER:" + solidaire);
        assertThat(priced(quote, 1)).containsExactly("0.25", "0.33", "TIER:" + solidaire);
        assertThat(PricingFixtures.lineOf(quote, 0).path("referencePrice").asText()).isEqualTo("3.40");
        assertThat(quote.text("total")).isEqualTo("2.37");
        Api.Response ticket = pf.sell(cashier, store, household, lines);
        assertThat(ticket.text("total")).isEqualTo("2.37");
        Api.Response stored = cashier.get("/api/tickets/" + ticket.text("id"));
        assertThat(stored.json().path("lines")).isEqualTo(quote.json().path("lines"));
    }

    @Test
    void withoutAHouseholdOrWithoutATierTheReferencePriceApplies() {
        assertThat(priced(pf.quote(cashier, store, null, List.of(line(bread, "1"))), 0))
                .containsExactly("3.40", "3.40", "REFERENCE");
        assertThat(priced(pf.quote(cashier, store, pf.fx.household(store), List.of(line(bread, "1"))), 0))
                .containsExactly("3.40", "3.40", "REFERENCE");
    }

    @Test
    void aSupportTierPricesAboveTheReference() {
        String household = pf.householdWith(store, support);
        Api.Response ticket = pf.sell(cashier, store, household, List.of(line(bread, "1"), line(carrots, "0.5")));
        assertThat(priced(ticket, 0)).containsExactly("4.25", "4.25", "TIER:" + support);
        // 2.45 × 125 % = 3.0625 → 3.06; × 0.5 = 1.53
        assertThat(priced(ticket, 1)).containsExactly("3.06", "1.53", "TIER:" + support);
    }

    @Test
    void aTierAppliesOnlyWhileItIsValid() {
        String expired = pf.fx.household(store);
        pf.assign(expired, solidaire, today().minusDays(30), today().minusDays(1));
        assertThat(priced(pf.sell(cashier, store, expired, List.of(line(bread, "1"))), 0))
                .containsExactly("3.40", "3.40", "REFERENCE");
        String upcoming = pf.fx.household(store);
        pf.assign(upcoming, solidaire, today().plusDays(1), today().plusDays(30));
        assertThat(priced(pf.quote(cashier, store, upcoming, List.of(line(bread, "1"))), 0))
                .containsExactly("3.40", "3.40", "REFERENCE");
        String lastDay = pf.fx.household(store);
        pf.assign(lastDay, solidaire, today().minusDays(30), today());
        assertThat(priced(pf.quote(cashier, store, lastDay, List.of(line(bread, "1"))), 0))
                .containsExactly("1.02", "1.02", "TIER:" + solidaire);
    }

    @Test
    void aStoresOwnTierPricesOnlyThatStoresTicketsAndANetworkTierEveryStores() {
        String own = pf.householdWith(store, solidaire);
        assertThat(priced(pf.sell(admin, otherStore, own, List.of(line(bread, "1"))), 0))
                .containsExactly("3.40", "3.40", "REFERENCE");
        String networkWide = pf.householdWith(store, network);
        assertThat(priced(pf.sell(admin, otherStore, networkWide, List.of(line(bread, "1"))), 0))
                .containsExactly("1.70", "1.70", "TIER:" + network);
    }

    @Test
    void theMonthlyCapCountsEarlierTicketsTheTicketItselfAndReturns() {
        String household = pf.householdWith(store, capped);
        // 50 % of 3.40 = 1.70: 3.40 of the 5.00 cap
        Api.Response first = pf.sell(cashier, store, household, List.of(line(bread, "2")));
        assertThat(priced(first, 0)).containsExactly("1.70", "3.40", "TIER:" + capped);
        // 3.40 + 1.70 = 5.10 > 5.00: bread at the reference; then 3.40 + 2 × 0.50 = 4.40: apples at the tier
        Api.Response second = pf.sell(cashier, store, household, List.of(line(bread, "1"), line(apple, "2")));
        assertThat(priced(second, 0)).containsExactly("3.40", "3.40", "REFERENCE");
        assertThat(priced(second, 1)).containsExactly("0.50", "1.00", "TIER:" + capped);
        // 4.40 + 0.50 = 4.90 fits; the next apple of the same ticket would make 5.40
        Api.Response quote = pf.quote(cashier, store, household, List.of(line(apple, "1"), line(apple, "1")));
        assertThat(priced(quote, 0)).containsExactly("0.50", "0.50", "TIER:" + capped);
        assertThat(priced(quote, 1)).containsExactly("1.00", "1.00", "REFERENCE");
        // exactly at the cap: 1.23 × 0.488 = 0.60024 → 0.60, 4.40 + 0.60 = 5.00; 0.492 kg → 0.61 → 5.01
        assertThat(priced(pf.quote(cashier, store, household, List.of(line(carrots, "0.488"))), 0))
                .containsExactly("1.23", "0.60", "TIER:" + capped);
        assertThat(priced(pf.quote(cashier, store, household, List.of(line(carrots, "0.492"))), 0))
                .containsExactly("2.45", "1.21", "REFERENCE");
        // returning one tier-priced bread gives 1.70 of the cap back: 2.70 + 1.70 = 4.40
        assertThat(priced(pf.quote(cashier, store, household, List.of(line(bread, "1"))), 0)).contains("REFERENCE");
        Api.Response ret = cashier.post("/api/tickets/" + first.text("id") + "/returns",
                Map.of("lines", List.of(line(bread, "1"))));
        assertThat(ret.status()).as(ret.toString()).isEqualTo(201);
        assertThat(priced(pf.quote(cashier, store, household, List.of(line(bread, "1"))), 0))
                .containsExactly("1.70", "1.70", "TIER:" + capped);
    }

    /**
     * A till offline did not see another till spend the household's cap: it sold at the tier's price, and the server,
     * which prices the ticket at the reference, records the difference as the till could have known it — not an
     * unexplained payment — while a price below even the tier's is refused.
     */
    @Test
    void aTicketSoldOfflineAtTheTierPriceOfACapAlreadyReachedIsRecordedWithItsGap() {
        String household = pf.householdWith(store, capped);
        pf.sell(cashier, store, household, List.of(line(bread, "2")));
        Map<String, Object> offline = ticketBody(store, household, List.of(line(bread, "2")));
        offline.put("soldOffline", true);
        offline.put("soldAt", java.time.OffsetDateTime.now().toString());
        offline.put("payments", List.of(Map.of("method", "CASH", "amount", "3.40")));
        Api.Response r = cashier.post("/api/tickets", offline);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(priced(r, 0)).containsExactly("3.40", "6.80", "REFERENCE");
        assertThat(r.json().path("payments").toString()).contains("\"OFFLINE_GAP\"", "\"3.40\"");
        offline.put("payments", List.of(Map.of("method", "CASH", "amount", "3.39")));
        Api.Response below = cashier.post("/api/tickets", offline);
        assertThat(below.status()).as(below.toString()).isEqualTo(422);
        assertThat(below.code()).isEqualTo("OFFLINE_GAP_UNEXPLAINED");
    }

    @Test
    void concurrentTicketsOfOneHouseholdCannotSpendTheSameCapTwice() throws Exception {
        String household = pf.householdWith(store, capped);
        // each ticket is 2 breads at the tier price (3.40 of the 5.00 cap), paid as such: only one fits
        Map<String, Object> body = ticketBody(store, household, List.of(line(bread, "2")));
        body.put("payments", List.of(Map.of("method", "CASH", "amount", "3.40")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(pool.submit(() -> {
                go.await();
                return cashier.post("/api/tickets", body);
            }));
        }
        go.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> post : posts) {
            responses.add(post.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201)
                .allMatch(r -> "PAYMENTS_DO_NOT_MATCH_TOTAL".equals(r.code()), "refused as priced at the reference");
        assertThat(priced(pf.quote(cashier, store, household, List.of(line(bread, "1"))), 0)).contains("REFERENCE");
    }
}
