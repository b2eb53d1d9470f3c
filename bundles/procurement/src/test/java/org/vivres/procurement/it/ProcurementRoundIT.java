package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.procurement.it.RoundFixture.cost;
import static org.vivres.procurement.it.RoundFixture.shareOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/**
 * A whole round over HTTP on PostgreSQL: a hub opens it, three stores state their needs, the hub
 * closes it (purchase orders), receives a short delivery, allocates it with shared costs, and the
 * goods move from the hub's stock to the stores'.
 */
@ExtendWith(VivresSystem.class)
class ProcurementRoundIT {
    static RoundFixture f;

    @BeforeAll
    static void setUp(Api admin) {
        f = new RoundFixture(admin);
    }

    @Test
    void aWholeRoundFromNeedsToStockInTheStores() {
        Api.Response round = f.hubManager.post("/api/procurement/rounds",
                f.newRound("Légumes de mars", f.s1, f.s2, f.s3));
        assertThat(round.status()).as(round.toString()).isEqualTo(201);
        assertThat(round.text("status")).isEqualTo("OPEN");
        assertThat(round.json().path("stores")).hasSize(3);
        String id = round.text("id");

        assertThat(f.need(f.m1, id, f.s1, f.carrots, "12.5").status()).isEqualTo(200);
        assertThat(f.need(f.m2, id, f.s2, f.carrots, "20").status()).isEqualTo(200);
        assertThat(f.need(f.m3, id, f.s3, f.carrots, "7.500").status()).isEqualTo(200);
        f.need(f.m1, id, f.s1, f.apples, "9");
        Api.Response replaced = f.need(f.m1, id, f.s1, f.apples, "5");
        assertThat(replaced.text("quantity")).isEqualTo("5.000");
        f.need(f.m2, id, f.s2, f.apples, "5");
        f.need(f.m3, id, f.s3, f.apples, "5");
        f.need(f.m1, id, f.s1, f.salt, "3");
        f.need(f.m3, id, f.s3, f.salt, "2");
        assertThat(f.need(f.m3, id, f.s3, f.salt, "0").status()).isEqualTo(200);
        JsonNode needs = f.admin.get("/api/procurement/rounds/" + id).json().path("needs");
        assertThat(needs).hasSize(7);
        assertThat(quantityOf(needs, f.s1, f.apples)).isEqualTo("5.000");
        assertThat(quantityOf(needs, f.s3, f.salt)).isNull();

        Api.Response closed = f.close(f.hubManager, id);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        JsonNode orders = closed.json().path("purchaseOrders");
        assertThat(orders).hasSize(2);
        JsonNode toCoop = orderOf(orders, f.coop);
        assertThat(toCoop.path("lines")).hasSize(1);
        assertLine(toCoop.path("lines").get(0), f.carrots, 8, "40.000", "68.00");
        assertThat(toCoop.path("total").asText()).isEqualTo("68.00");
        JsonNode toFarm = orderOf(orders, f.farm);
        assertLine(toFarm.path("lines").get(0), f.apples, 3, "18.000", "27.00");
        assertThat(toFarm.path("total").asText()).isEqualTo("27.00");
        assertThat(closed.json().path("unsourced")).hasSize(1);
        assertThat(closed.json().path("unsourced").get(0).path("product").asText()).isEqualTo(f.salt);
        assertThat(closed.json().path("unsourced").get(0).path("quantity").asText()).isEqualTo("3.000");

        assertThat(f.receive(f.hubManager, id, f.carrots, "20").status()).isEqualTo(201);
        Api.Response second = f.receive(f.hubManager, id, f.carrots, "10");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("received")).isEqualTo("30.000");
        assertThat(f.receive(f.admin, id, f.apples, "18").status()).isEqualTo(201);
        assertThat(f.fx.onHand(f.hub, f.carrots)).isEqualTo("30.000");
        assertThat(f.fx.onHand(f.hub, f.apples)).isEqualTo("18.000");

        Api.Response allocated = f.allocate(f.hubManager, id, cost("Transport", "45.00", "VALUE"),
                cost("Manutention", "10.00", "EQUAL"), cost("Froid", "4.50", "QUANTITY"));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        assertThat(allocated.text("status")).isEqualTo("ALLOCATED");
        JsonNode allocations = allocated.json().path("allocations");
        assertThat(allocations).hasSize(6);
        // 30 kg of 40 needed, pro rata: 12.5 -> 9.375, 20 -> 15, 7.5 -> 5.625, at 8.50 / 5 kg.
        assertAllocation(allocations, f.s1, f.carrots, "12.500", "9.375", "15.94");
        assertAllocation(allocations, f.s2, f.carrots, "20.000", "15.000", "25.50");
        assertAllocation(allocations, f.s3, f.carrots, "7.500", "5.625", "9.56");
        // 18 apples for 15 needed: everyone gets its need, 3 stay at the hub.
        assertAllocation(allocations, f.s1, f.apples, "5.000", "5.000", "7.50");
        assertAllocation(allocations, f.s2, f.apples, "5.000", "5.000", "7.50");
        assertAllocation(allocations, f.s3, f.apples, "5.000", "5.000", "7.50");

        // Values 23.44 / 33.00 / 17.06: 45.00 by value -> 14.35 / 20.20 / 10.45 (the last cent to the largest remainder).
        JsonNode costs = allocated.json().path("costs");
        assertThat(shareOf(costs.get(0).path("shares"), f.s1)).isEqualTo("14.35");
        assertThat(shareOf(costs.get(0).path("shares"), f.s2)).isEqualTo("20.20");
        assertThat(shareOf(costs.get(0).path("shares"), f.s3)).isEqualTo("10.45");
        List<BigDecimal> equal = new ArrayList<>();
        costs.get(1).path("shares").forEach(s -> equal.add(new BigDecimal(s.path("amount").asText())));
        assertThat(equal).hasSize(3);
        assertThat(equal.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("10.00");
        assertThat(equal).allSatisfy(e -> assertThat(e).isBetween(new BigDecimal("3.33"), new BigDecimal("3.34")));
        // Quantities 14.375 / 20 / 10.625 kg+units: 4.50 -> 1.44 / 2.00 / 1.06.
        assertThat(shareOf(costs.get(2).path("shares"), f.s1)).isEqualTo("1.44");
        assertThat(shareOf(costs.get(2).path("shares"), f.s2)).isEqualTo("2.00");
        assertThat(shareOf(costs.get(2).path("shares"), f.s3)).isEqualTo("1.06");
        JsonNode totals = allocated.json().path("costShares");
        assertThat(totals).hasSize(3);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode t : totals) {
            sum = sum.add(new BigDecimal(t.path("amount").asText()));
        }
        assertThat(sum).isEqualByComparingTo("59.50");
        assertThat(new BigDecimal(shareOf(totals, f.s1))).isEqualByComparingTo(
                new BigDecimal("15.79").add(new BigDecimal(shareOf(costs.get(1).path("shares"), f.s1))));

        // The goods moved: the hub keeps only the surplus, the stores got exactly their allocations.
        assertThat(f.fx.onHand(f.hub, f.carrots)).isEqualTo("0.000");
        assertThat(f.fx.onHand(f.hub, f.apples)).isEqualTo("3.000");
        assertThat(f.fx.onHand(f.s1, f.carrots)).isEqualTo("9.375");
        assertThat(f.fx.onHand(f.s2, f.carrots)).isEqualTo("15.000");
        assertThat(f.fx.onHand(f.s3, f.carrots)).isEqualTo("5.625");
        assertThat(f.fx.onHand(f.s1, f.apples)).isEqualTo("5.000");
        assertThat(f.fx.onHand(f.s3, f.apples)).isEqualTo("5.000");
        assertThat(f.fx.onHand(f.s1, f.salt)).isEqualTo("0.000");

        JsonNode whole = f.hubManager.get("/api/procurement/rounds/" + id).json();
        assertThat(whole.path("status").asText()).isEqualTo("ALLOCATED");
        assertThat(whole.path("receipts")).hasSize(3);
        assertThat(whole.path("purchaseOrders")).hasSize(2);
        assertThat(whole.path("allocations")).hasSize(6);
        assertThat(whole.path("costShares")).isEqualTo(totals);

        // A store sees the shared orders but only its own needs, allocations and shares.
        JsonNode mine = f.m2.get("/api/procurement/rounds/" + id).json();
        assertThat(mine.path("purchaseOrders")).hasSize(2);
        assertThat(mine.path("needs")).hasSize(2)
                .allSatisfy(n -> assertThat(n.path("organization").asText()).isEqualTo(f.s2));
        assertThat(mine.path("allocations")).hasSize(2)
                .allSatisfy(a -> assertThat(a.path("organization").asText()).isEqualTo(f.s2));
        assertThat(mine.path("costShares")).hasSize(1);
        assertThat(mine.path("costShares").get(0).path("organization").asText()).isEqualTo(f.s2);
        assertThat(f.m2.get("/api/procurement/rounds").raw()).contains(id);
        Api outsider = f.fx.user("MANAGER", f.fx.store());
        assertThat(outsider.get("/api/procurement/rounds/" + id).status()).isEqualTo(404);
        assertThat(outsider.get("/api/procurement/rounds").raw()).doesNotContain(id);
    }

    private static String quantityOf(JsonNode needs, String store, String product) {
        for (JsonNode n : needs) {
            if (n.path("organization").asText().equals(store) && n.path("product").asText().equals(product)) {
                return n.path("quantity").asText();
            }
        }
        return null;
    }

    private static JsonNode orderOf(JsonNode orders, String supplier) {
        for (JsonNode o : orders) {
            if (o.path("supplier").asText().equals(supplier)) {
                return o;
            }
        }
        throw new AssertionError("no order to " + supplier + " in " + orders);
    }

    private static void assertLine(JsonNode line, String product, int packs, String quantity, String amount) {
        assertThat(line.path("product").asText()).isEqualTo(product);
        assertThat(line.path("packs").asInt()).isEqualTo(packs);
        assertThat(line.path("quantity").asText()).isEqualTo(quantity);
        assertThat(line.path("amount").asText()).isEqualTo(amount);
    }

    private static void assertAllocation(JsonNode allocations, String store, String product, String needed,
            String allocated, String amount) {
        for (JsonNode a : allocations) {
            if (a.path("organization").asText().equals(store) && a.path("product").asText().equals(product)) {
                assertThat(a.path("needed").asText()).isEqualTo(needed);
                assertThat(a.path("allocated").asText()).isEqualTo(allocated);
                assertThat(a.path("amount").asText()).isEqualTo(amount);
                return;
            }
        }
        throw new AssertionError("no allocation of " + product + " to " + store + " in " + allocations);
    }
}
