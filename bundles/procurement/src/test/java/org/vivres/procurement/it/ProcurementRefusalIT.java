package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.procurement.it.RoundFixture.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** Every refusal of the round endpoints, each time checking that nothing was written. */
@ExtendWith(VivresSystem.class)
class ProcurementRefusalIT {
    static RoundFixture f;

    @BeforeAll
    static void setUp(Api admin) {
        f = new RoundFixture(admin);
    }

    private static Map<String, Object> roundWith(String field, Object value) {
        Map<String, Object> body = new HashMap<>(f.newRound("Refusée", f.s1, f.s2));
        body.put(field, value);
        return body;
    }

    @Test
    void aRoundIsOpenedByItsHubForStoresAndClosesInTheFuture() {
        List<Api.Response> refused = List.of(
                f.m1.post("/api/procurement/rounds", roundWith("name", f.fx.unique("Refusée"))),
                f.fx.user("MANAGER", f.fx.hub()).post("/api/procurement/rounds", roundWith("name", f.fx.unique("R"))),
                f.fx.user("CASHIER", f.hub).post("/api/procurement/rounds", roundWith("name", f.fx.unique("R"))),
                f.admin.post("/api/procurement/rounds", roundWith("hub", f.s1)),
                f.admin.post("/api/procurement/rounds", roundWith("stores", List.of(f.s1, f.hub))),
                f.admin.post("/api/procurement/rounds", roundWith("stores", List.of())),
                f.admin.post("/api/procurement/rounds", roundWith("stores", List.of(UUID.randomUUID().toString()))),
                f.admin.post("/api/procurement/rounds",
                        roundWith("closesAt", OffsetDateTime.now().minusMinutes(1).toString())),
                f.admin.post("/api/procurement/rounds", roundWith("closesAt", "demain")),
                f.admin.post("/api/procurement/rounds", roundWith("name", "")));
        assertThat(refused).extracting(Api.Response::status).containsExactly(403, 403, 403, 422, 422, 400, 404, 422,
                400, 400);
        assertThat(refused).extracting(Api.Response::code).containsExactly("ORGANIZATION_FORBIDDEN",
                "ORGANIZATION_FORBIDDEN", "ROLE_FORBIDDEN", "NOT_A_HUB", "NOT_A_STORE", "INVALID_STORES", "NOT_FOUND",
                "ROUND_CLOSES_IN_PAST", "INVALID_FIELD", "FIELD_REQUIRED");
        assertThat(refused.get(3).message()).contains("n'est pas un pôle logistique");
        assertThat(f.admin.get("/api/procurement/rounds?limit=500").raw()).doesNotContain("Refusée");
    }

    @Test
    void aNeedIsStatedByTheStoresOwnManagerForAStoreOfTheRoundAsAQuantityOfAtLeastZero() {
        String round = f.round(f.s1, f.s2);
        List<Api.Response> refused = List.of(
                f.need(f.m1, round, f.s1, f.apples, "-1"),
                f.need(f.m1, round, f.s1, f.carrots, "1.2345"),
                f.need(f.m1, round, f.s1, f.apples, "1.5"),
                f.need(f.m1, round, f.s2, f.apples, "2"),
                f.need(f.hubManager, round, f.s1, f.apples, "2"),
                f.need(f.m3, round, f.s3, f.apples, "2"),
                f.need(f.admin, round, f.s3, f.apples, "2"),
                f.need(f.m1, round, f.s1, UUID.randomUUID().toString(), "2"),
                f.need(f.m1, UUID.randomUUID().toString(), f.s1, f.apples, "2"),
                f.need(f.fx.user("CASHIER", f.s1), round, f.s1, f.apples, "2"),
                f.m1.put("/api/procurement/rounds/" + round + "/needs",
                        Map.of("organization", f.s1, "product", f.apples, "quantity", 2)));
        assertThat(refused).extracting(Api.Response::status).containsExactly(400, 400, 400, 403, 403, 422, 422, 404,
                404, 403, 400);
        assertThat(refused).extracting(Api.Response::code).containsExactly("INVALID_QUANTITY", "INVALID_QUANTITY",
                "INVALID_QUANTITY", "ORGANIZATION_FORBIDDEN", "ORGANIZATION_FORBIDDEN", "STORE_NOT_IN_ROUND",
                "STORE_NOT_IN_ROUND", "NOT_FOUND", "NOT_FOUND", "ROLE_FORBIDDEN", "INVALID_FIELD");
        assertThat(f.read(round).path("needs")).isEmpty();

        assertThat(f.need(f.m1, round, f.s1, f.carrots, "1.234").status()).isEqualTo(200);
        assertThat(f.need(f.admin, round, f.s2, f.carrots, "2").status()).isEqualTo(200);
        assertThat(f.read(round).path("needs")).hasSize(2);
    }

    @Test
    void needsAreFrozenOnceTheRoundIsClosed() {
        String round = f.round(f.s1, f.s2);
        f.need(f.m1, round, f.s1, f.apples, "4");
        assertThat(f.close(f.hubManager, round).status()).isEqualTo(200);
        for (String quantity : List.of("6", "0")) {
            Api.Response late = f.need(f.m1, round, f.s1, f.apples, quantity);
            assertThat(late.status()).isEqualTo(422);
            assertThat(late.code()).isEqualTo("ROUND_CLOSED");
        }
        assertThat(f.read(round).path("needs")).singleElement()
                .satisfies(n -> assertThat(n.path("quantity").asText()).isEqualTo("4.000"));
    }

    @Test
    void needsAreRefusedOnceClosesAtHasPassedEvenBeforeTheHubCloses() throws InterruptedException {
        OffsetDateTime closesAt = OffsetDateTime.now().plusSeconds(3);
        Map<String, Object> body = new HashMap<>(f.newRound("Express", f.s1));
        body.put("closesAt", closesAt.toString());
        String round = RoundFixture.created(f.admin.post("/api/procurement/rounds", body));
        assertThat(f.need(f.m1, round, f.s1, f.apples, "4").status()).isEqualTo(200);
        // Waits for the deadline itself, on the clock the server shares with this test.
        while (!OffsetDateTime.now().isAfter(closesAt.plusNanos(100_000_000))) {
            Thread.sleep(100);
        }
        Api.Response late = f.need(f.m1, round, f.s1, f.apples, "6");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("ROUND_CLOSED");
        assertThat(f.read(round).path("status").asText()).isEqualTo("OPEN");
        assertThat(f.read(round).path("needs").get(0).path("quantity").asText()).isEqualTo("4.000");
    }

    @Test
    void onlyTheHubClosesARoundAndOnlyOnce() {
        String round = f.round(f.s1, f.s2);
        f.need(f.m1, round, f.s1, f.apples, "4");
        assertThat(f.close(f.m1, round).status()).isEqualTo(403);
        assertThat(f.close(f.fx.user("MANAGER", f.fx.hub()), round).status()).isEqualTo(403);
        assertThat(f.close(f.fx.user("CASHIER", f.hub), round).status()).isEqualTo(403);
        assertThat(f.close(f.admin, UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(f.read(round).path("status").asText()).isEqualTo("OPEN");
        assertThat(f.read(round).path("purchaseOrders")).isEmpty();

        assertThat(f.close(f.admin, round).status()).isEqualTo(200);
        Api.Response again = f.close(f.hubManager, round);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ROUND_ALREADY_CLOSED");
        assertThat(f.read(round).path("purchaseOrders")).hasSize(1);
    }

    @Test
    void aRoundOfProductsNoOneOffersClosesWithoutOrders() {
        String round = f.round(f.s1);
        f.need(f.m1, round, f.s1, f.salt, "12");
        Api.Response closed = f.close(f.hubManager, round);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("purchaseOrders")).isEmpty();
        assertThat(closed.json().path("unsourced").get(0).path("product").asText()).isEqualTo(f.salt);
        assertThat(f.read(round).path("unsourced")).isEqualTo(closed.json().path("unsourced"));
    }

    @Test
    void receiptsNeedAClosedRoundAndAProductItOrdered() {
        String round = f.round(f.s1, f.s2);
        f.need(f.m1, round, f.s1, f.apples, "4");
        f.need(f.m1, round, f.s1, f.salt, "4");
        String apples = f.fx.onHand(f.hub, f.apples);
        String salt = f.fx.onHand(f.hub, f.salt);
        Api.Response early = f.receive(f.hubManager, round, f.apples, "6");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("ROUND_NOT_CLOSED");
        f.close(f.hubManager, round);
        List<Api.Response> refused = List.of(
                f.receive(f.hubManager, round, f.salt, "4"),
                f.receive(f.hubManager, round, f.apples, "0"),
                f.receive(f.hubManager, round, f.apples, "1.5"),
                f.receive(f.m1, round, f.apples, "6"),
                f.receive(f.hubManager, round, UUID.randomUUID().toString(), "6"),
                f.receive(f.hubManager, UUID.randomUUID().toString(), f.apples, "6"));
        assertThat(refused).extracting(Api.Response::status).containsExactly(422, 400, 400, 403, 404, 404);
        assertThat(refused.get(0).code()).isEqualTo("PRODUCT_NOT_ORDERED");
        assertThat(f.fx.onHand(f.hub, f.apples)).isEqualTo(apples);
        assertThat(f.fx.onHand(f.hub, f.salt)).isEqualTo(salt);
        assertThat(f.read(round).path("receipts")).isEmpty();

        assertThat(f.receive(f.hubManager, round, f.apples, "6").status()).isEqualTo(201);
        assertThat(f.allocate(f.hubManager, round).status()).isEqualTo(200);
        Api.Response late = f.receive(f.hubManager, round, f.apples, "6");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("ROUND_NOT_CLOSED");
        assertThat(f.read(round).path("receipts")).hasSize(1);
    }

    @Test
    void allocationNeedsAClosedRoundSomethingReceivedValidCostsAndHappensOnce() {
        String product = f.offeredProduct("UNIT", "10", "5.00");
        String round = f.round(f.s1, f.s2);
        f.need(f.m1, round, f.s1, product, "6");
        f.need(f.m2, round, f.s2, product, "4");
        Api.Response open = f.allocate(f.hubManager, round);
        assertThat(open.status()).isEqualTo(422);
        assertThat(open.code()).isEqualTo("ROUND_NOT_CLOSED");
        f.close(f.hubManager, round);
        Api.Response nothing = f.allocate(f.hubManager, round);
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.code()).isEqualTo("NOTHING_RECEIVED");
        f.receive(f.hubManager, round, product, "10");

        List<Api.Response> refused = List.of(
                f.allocate(f.hubManager, round, cost("Transport", "10.00", "WEIGHT")),
                f.allocate(f.hubManager, round, cost("Transport", "-10.00", "VALUE")),
                f.allocate(f.hubManager, round, cost("", "10.00", "VALUE")),
                f.allocate(f.m1, round, cost("Transport", "10.00", "VALUE")),
                f.hubManager.post("/api/procurement/rounds/" + round + "/allocate", Map.of("costs", List.of(
                        Map.of("label", "Transport", "amount", 10, "basis", "VALUE")))));
        assertThat(refused).extracting(Api.Response::status).containsExactly(400, 400, 400, 403, 400);
        assertThat(refused).extracting(Api.Response::code).containsExactly("INVALID_VALUE", "INVALID_AMOUNT",
                "FIELD_REQUIRED", "ORGANIZATION_FORBIDDEN", "INVALID_FIELD");
        assertThat(f.read(round).path("status").asText()).isEqualTo("CLOSED");
        assertThat(f.read(round).path("allocations")).isEmpty();
        assertThat(f.fx.onHand(f.hub, product)).isEqualTo("10.000");
        assertThat(f.fx.onHand(f.s1, product)).isEqualTo("0.000");

        Api.Response allocated = f.allocate(f.hubManager, round, cost("Transport", "10.00", "EQUAL"));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        Api.Response again = f.allocate(f.hubManager, round, cost("Transport", "10.00", "EQUAL"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ROUND_ALREADY_ALLOCATED");
        assertThat(f.fx.onHand(f.s1, product)).isEqualTo("6.000");
        assertThat(f.fx.onHand(f.s2, product)).isEqualTo("4.000");
        assertThat(f.fx.onHand(f.hub, product)).isEqualTo("0.000");
        assertThat(f.read(round).path("costs")).hasSize(1);
    }

    @Test
    void allocationIsRefusedWhenTheHubNoLongerHoldsWhatItWouldHandOut() {
        String product = f.offeredProduct("KG", "5", "12.00");
        String round = f.round(f.s1, f.s2);
        f.need(f.m1, round, f.s1, product, "3");
        f.need(f.m2, round, f.s2, product, "6.5");
        f.close(f.hubManager, round);
        f.receive(f.hubManager, round, product, "10");
        Api.Response spoiled = f.admin.post("/api/stock/movements", Map.of("organization", f.hub, "product", product,
                "quantity", "-2", "reason", "ADJUSTMENT"));
        assertThat(spoiled.status()).as(spoiled.toString()).isEqualTo(201);

        Api.Response refused = f.allocate(f.hubManager, round);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("HUB_STOCK_SHORT");
        JsonNode after = f.read(round);
        assertThat(after.path("status").asText()).isEqualTo("CLOSED");
        assertThat(after.path("allocations")).isEmpty();
        assertThat(f.fx.onHand(f.hub, product)).isEqualTo("8.000");
        assertThat(f.fx.onHand(f.s1, product)).isEqualTo("0.000");
        assertThat(f.fx.onHand(f.s2, product)).isEqualTo("0.000");
    }
}
