package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.eur;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * A month of random tickets and returns, checked step by step against a model of the balances,
 * then the fund reconciled with the members' ledgers, the tickets' payments and the settlement.
 */
@ExtendWith(VivresSystem.class)
class CaisseReconciliationIT {
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private record Item(String id, BigDecimal price, boolean eligible, boolean measured) {
    }

    private record Member(String id, String household, String store, Api cashier) {
    }

    /** A sale paid partly by the caisse, and what returns gave back to it so far. */
    private static final class Sale {
        final String id;
        final Member member;
        final Map<Item, BigDecimal> quantities;
        final BigDecimal caisse;
        BigDecimal refunded = ZERO;

        Sale(String id, Member member, Map<Item, BigDecimal> quantities, BigDecimal caisse) {
            this.id = id;
            this.member = member;
            this.quantities = quantities;
            this.caisse = caisse;
        }
    }

    private static BigDecimal amount(Item item, BigDecimal quantity) {
        return item.price().multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aMonthOfTicketsReconcilesWithTheLedgers(Api admin) {
        CaisseFixtures cx = new CaisseFixtures(admin);
        Random random = new Random(20261201L);
        String fund = cx.fund("100.00", "1.00", "200.00");
        cx.source(fund, "PUBLIC", "10000.00", "SECURED");
        cx.source(fund, "PRIVATE", "4000.00", "PENDING");
        cx.source(fund, "CITIZEN", "500.00", "SECURED");
        cx.criterion(fund, Map.of("excludedCategories", List.of("BOISSONS")));
        List<String> stores = List.of(cx.fx.store(), cx.fx.store());
        Map<String, Api> cashiers = new HashMap<>();
        List<Item> items = List.of(
                new Item(cx.fx.product("LEGUMES", "2.45", "KG", List.of("ORGANIC"), 20), new BigDecimal("2.45"), true, true),
                new Item(cx.fx.product("EPICERIE", "3.40", "UNIT", List.of(), 300), new BigDecimal("3.40"), true, false),
                new Item(cx.fx.product("BOISSONS", "1.20", "UNIT", List.of(), 800), new BigDecimal("1.20"), false, false));
        for (String store : stores) {
            cx.convention(fund, store);
            cashiers.put(store, cx.fx.user("CASHIER", store));
            items.forEach(i -> cx.fx.stock(store, i.id(), "10000"));
        }
        List<Member> members = new ArrayList<>();
        BigDecimal contributions = ZERO;
        for (int i = 0; i < 4; i++) {
            String store = stores.get(i % 2);
            String household = cx.fx.household(store);
            BigDecimal contribution = BigDecimal.valueOf(100 + random.nextInt(14_900), 2);
            contributions = contributions.add(contribution);
            members.add(new Member(cx.member(fund, household, contribution.toPlainString()), household, store,
                    cashiers.get(store)));
        }
        cx.openPeriod(fund, CaisseFixtures.month());

        Map<String, BigDecimal> model = new HashMap<>();
        members.forEach(m -> model.put(m.id(), new BigDecimal("100.00")));
        Map<String, BigDecimal> caisseByStore = new HashMap<>();
        List<Sale> sales = new ArrayList<>();
        int refused = 0;
        int caisseRefunds = 0;
        for (int n = 0; n < 60; n++) {
            Member m = members.get(random.nextInt(members.size()));
            if (!sales.isEmpty() && random.nextInt(5) == 0) {
                BigDecimal back = returnSomething(sales.get(random.nextInt(sales.size())), random, model,
                        caisseByStore);
                caisseRefunds += back.signum();
                continue;
            }
            Map<Item, BigDecimal> quantities = new LinkedHashMap<>();
            for (Item item : items) {
                if (random.nextBoolean()) {
                    quantities.put(item, item.measured() ? BigDecimal.valueOf(250 + random.nextInt(5750), 3)
                            : BigDecimal.valueOf(1 + random.nextInt(8)));
                }
            }
            if (quantities.isEmpty()) {
                quantities.put(items.get(0), new BigDecimal("1.000"));
            }
            BigDecimal total = quantities.entrySet().stream().map(e -> amount(e.getKey(), e.getValue()))
                    .reduce(ZERO, BigDecimal::add);
            BigDecimal eligible = quantities.entrySet().stream().filter(e -> e.getKey().eligible())
                    .map(e -> amount(e.getKey(), e.getValue())).reduce(ZERO, BigDecimal::add);
            BigDecimal caisse = eligible.min(BigDecimal.valueOf(500 + random.nextInt(5500), 2));
            List<Map<String, Object>> payments = new ArrayList<>();
            if (caisse.signum() > 0) {
                payments.add(pay("CAISSE", caisse.toPlainString()));
            }
            if (total.compareTo(caisse) > 0) {
                payments.add(pay("CASH", total.subtract(caisse).toPlainString()));
            }
            Api.Response r = m.cashier().post("/api/tickets", ticket(m.store(), m.household(),
                    quantities.entrySet().stream().map(e -> line(e.getKey().id(), e.getValue().toPlainString()))
                            .toList(), payments));
            if (caisse.compareTo(model.get(m.id())) > 0) {
                assertThat(r.status()).as(r.toString()).isEqualTo(422);
                assertThat(r.code()).isEqualTo("CAISSE_INSUFFICIENT_BALANCE");
                refused++;
                continue;
            }
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(r.text("total")).isEqualTo(total.toPlainString());
            model.merge(m.id(), caisse.negate(), BigDecimal::add);
            caisseByStore.merge(m.store(), caisse, BigDecimal::add);
            if (caisse.signum() > 0) {
                sales.add(new Sale(r.text("id"), m, quantities, caisse));
            }
        }
        assertThat(refused).as("some tickets went beyond a balance").isPositive();
        assertThat(sales).as("sales paid by the caisse").hasSizeGreaterThan(10);
        assertThat(caisseRefunds).as("returns that gave the caisse something back").isPositive();

        reconcile(cx, fund, members, model, caisseByStore, contributions);
    }

    /** Returns part of one line of {@code sale}, checks what the caisse got back and returns it. */
    private static BigDecimal returnSomething(Sale sale, Random random, Map<String, BigDecimal> model,
            Map<String, BigDecimal> caisseByStore) {
        List<Item> left = sale.quantities.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .map(Map.Entry::getKey).toList();
        if (left.isEmpty()) {
            return ZERO;
        }
        Item item = left.get(random.nextInt(left.size()));
        BigDecimal sold = sale.quantities.get(item);
        BigDecimal half = sold.divide(BigDecimal.valueOf(2), 3, RoundingMode.DOWN).max(new BigDecimal("0.001"));
        BigDecimal quantity = !item.measured() ? BigDecimal.ONE : random.nextBoolean() ? sold : half;
        Api.Response r = sale.member.cashier().post("/api/tickets/" + sale.id + "/returns",
                Map.of("lines", List.of(line(item.id(), quantity.toPlainString()))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        sale.quantities.put(item, sold.subtract(quantity));
        BigDecimal eligibleBack = item.eligible() ? amount(item, quantity) : ZERO;
        BigDecimal expected = eligibleBack.min(sale.caisse.subtract(sale.refunded));
        BigDecimal refunded = ZERO;
        for (JsonNode p : r.json().path("payments")) {
            if (p.path("method").asText().equals("CAISSE")) {
                refunded = eur(p.path("amount")).negate();
            }
        }
        assertThat(refunded).as("caisse refund of " + r).isEqualByComparingTo(expected);
        sale.refunded = sale.refunded.add(refunded);
        model.merge(sale.member.id(), refunded, BigDecimal::add);
        caisseByStore.merge(sale.member.store(), refunded.negate(), BigDecimal::add);
        return refunded;
    }

    private static void reconcile(CaisseFixtures cx, String fund, List<Member> members, Map<String, BigDecimal> model,
            Map<String, BigDecimal> caisseByStore, BigDecimal contributions) {
        BigDecimal allowances = ZERO;
        BigDecimal collected = ZERO;
        BigDecimal debits = ZERO;
        BigDecimal refunds = ZERO;
        BigDecimal balances = ZERO;
        for (Member m : members) {
            BigDecimal balance = cx.balance(m.id());
            assertThat(balance).as("balance of " + m.id()).isEqualByComparingTo(model.get(m.id()));
            assertThat(balance).as("balance = ledger of " + m.id()).isEqualByComparingTo(cx.ledgerBalance(m.id()));
            assertThat(balance).isNotNegative();
            allowances = allowances.add(cx.ledgerSum(m.id(), "ALLOWANCE"));
            collected = collected.add(cx.ledgerSum(m.id(), "CONTRIBUTION"));
            debits = debits.add(cx.ledgerSum(m.id(), "DEBIT"));
            refunds = refunds.add(cx.ledgerSum(m.id(), "REFUND"));
            balances = balances.add(balance);
        }
        JsonNode view = cx.fundView(fund);
        assertThat(eur(view.path("allowancesCredited"))).isEqualByComparingTo(allowances).isEqualByComparingTo("400.00");
        assertThat(eur(view.path("contributionsCollected"))).isEqualByComparingTo(collected)
                .isEqualByComparingTo(contributions);
        BigDecimal spent = debits.subtract(refunds);
        assertThat(eur(view.path("spent"))).isEqualByComparingTo(spent);
        assertThat(eur(view.path("secured"))).isEqualByComparingTo("10500.00");
        assertThat(eur(view.path("pending"))).isEqualByComparingTo("4000.00");
        assertThat(eur(view.path("available"))).isEqualByComparingTo(
                new BigDecimal("10500.00").add(collected).subtract(allowances));
        assertThat(balances).isEqualByComparingTo(allowances.subtract(spent));
        BigDecimal paidAtTills = caisseByStore.values().stream().reduce(ZERO, BigDecimal::add);
        assertThat(paidAtTills).isEqualByComparingTo(spent);

        Api.Response settlement = cx.admin.post("/api/caisse/funds/" + fund + "/settlements",
                Map.of("month", CaisseFixtures.month()));
        assertThat(settlement.status()).as(settlement.toString()).isEqualTo(201);
        assertThat(eur(settlement.json().path("total"))).isEqualByComparingTo(spent);
        for (JsonNode item : settlement.json().path("items")) {
            assertThat(eur(item.path("amount"))).isEqualByComparingTo(
                    caisseByStore.get(item.path("organization").asText()));
        }
        JsonNode projection = cx.admin.get("/api/caisse/funds/" + fund + "/projection?months=1").json();
        assertThat(eur(projection.path("months").get(0).path("opening")))
                .isEqualByComparingTo(eur(view.path("available")).add(new BigDecimal("4000.00")));
    }
}
