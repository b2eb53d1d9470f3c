package org.vivres.caisse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivres.caisse.it.CaisseFixtures.line;
import static org.vivres.caisse.it.CaisseFixtures.pay;
import static org.vivres.caisse.it.CaisseFixtures.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** The monthly settlement: what the fund owes each conventioned store. */
@ExtendWith(VivresSystem.class)
class CaisseSettlementIT {
    static Api admin;
    static CaisseFixtures cx;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        cx = new CaisseFixtures(admin);
    }

    @Test
    void eachStoreIsOwedItsCaisseDebitsLessRefundsOnceAMonth() {
        String storeA = cx.fx.store();
        String storeB = cx.fx.store();
        String fund = cx.fund("100.00", "1.00", null);
        cx.convention(fund, storeA);
        cx.convention(fund, storeB);
        String carrots = cx.fx.product("LEGUMES", "2.50", "KG", List.of(), 10);
        String householdA = cx.fx.household(storeA);
        String householdB = cx.fx.household(storeB);
        cx.member(fund, householdA, "1.00");
        cx.member(fund, householdB, "1.00");
        cx.openPeriod(fund, "2026-12");
        Api cashierA = cx.fx.user("CASHIER", storeA);
        Api cashierB = cx.fx.user("CASHIER", storeB);

        Api.Response t1 = cashierA.post("/api/tickets", ticket(storeA, householdA, List.of(line(carrots, "4")),
                List.of(pay("CAISSE", "10.00"))));
        assertThat(t1.status()).as(t1.toString()).isEqualTo(201);
        assertThat(cashierA.post("/api/tickets", ticket(storeA, householdA, List.of(line(carrots, "2")),
                List.of(pay("CAISSE", "3.00"), pay("CARD", "2.00")))).status()).isEqualTo(201);
        assertThat(cashierA.post("/api/tickets", ticket(storeA, householdA, List.of(line(carrots, "2")),
                List.of(pay("CASH", "5.00")))).status()).isEqualTo(201);
        assertThat(cashierA.post("/api/tickets/" + t1.text("id") + "/returns",
                Map.of("lines", List.of(line(carrots, "1")))).status()).isEqualTo(201);
        assertThat(cashierB.post("/api/tickets", ticket(storeB, householdB, List.of(line(carrots, "8")),
                List.of(pay("CAISSE", "20.00")))).status()).isEqualTo(201);

        String month = CaisseFixtures.month();
        String path = "/api/caisse/funds/" + fund + "/settlements";
        assertThat(cx.fx.user("MANAGER", storeA).post(path, Map.of("month", month)).status()).isEqualTo(403);
        assertThat(admin.post(path, Map.of("month", "2026/12")).code()).isEqualTo("INVALID_MONTH");
        assertThat(admin.get(path).json().path("items")).isEmpty();

        Api.Response s = admin.post(path, Map.of("month", month));
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        JsonNode items = s.json().path("items");
        assertThat(items).hasSize(2);
        assertThat(item(items, storeA).path("amount").asText()).isEqualTo("10.50");
        assertThat(item(items, storeA).path("tickets").asInt()).isEqualTo(3);
        assertThat(item(items, storeB).path("amount").asText()).isEqualTo("20.00");
        assertThat(item(items, storeB).path("tickets").asInt()).isEqualTo(1);
        assertThat(s.text("total")).isEqualTo("30.50");
        assertThat(s.text("total")).isEqualTo(cx.fundView(fund).path("spent").asText());

        Api.Response again = admin.post(path, Map.of("month", month));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("SETTLEMENT_ALREADY_DONE");
        Api.Response past = admin.post(path, Map.of("month", "2020-01"));
        assertThat(past.status()).isEqualTo(201);
        assertThat(past.json().path("items")).isEmpty();
        assertThat(past.text("total")).isEqualTo("0.00");
        assertThat(admin.get(path).json().path("items")).hasSize(2);
    }

    private static JsonNode item(JsonNode items, String store) {
        for (JsonNode item : items) {
            if (item.path("organization").asText().equals(store)) {
                return item;
            }
        }
        throw new AssertionError("no settlement line for " + store + " in " + items);
    }
}
