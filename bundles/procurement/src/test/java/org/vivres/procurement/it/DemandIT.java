package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.VivresSystem;

/** The network's demand of a product month by month, from the needs of closed rounds. */
@ExtendWith(VivresSystem.class)
class DemandIT {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static RoundFixture f;

    @BeforeAll
    static void setUp(Api admin) {
        f = new RoundFixture(admin);
    }

    private static String round(ZonedDateTime closesAt, String... stores) {
        Map<String, Object> body = new HashMap<>(f.newRound("Plan", stores));
        body.put("closesAt", closesAt.toOffsetDateTime().toString());
        return RoundFixture.created(f.admin.post("/api/procurement/rounds", body));
    }

    @Test
    void theDemandOfClosedRoundsIsSummedByMonthOfClosingWithEmptyMonthsShown() {
        String leeks = f.offeredProduct("KG", "5", "9.00");
        ZonedDateTime soon = ZonedDateTime.now(PARIS).plusHours(1);
        String thisMonth = round(soon, f.s1, f.s2, f.s3);
        f.need(f.m1, thisMonth, f.s1, leeks, "10");
        f.need(f.m2, thisMonth, f.s2, leeks, "5.250");
        f.need(f.m3, thisMonth, f.s3, f.apples, "30");
        String nextMonth = round(soon.plusMonths(1), f.s1, f.s2);
        f.need(f.m1, nextMonth, f.s1, leeks, "7");
        String stillOpen = round(soon.plusMonths(1), f.s1);
        f.need(f.m1, stillOpen, f.s1, leeks, "100");
        assertThat(f.close(f.hubManager, thisMonth).status()).isEqualTo(200);
        // Closed early, ahead of its closing date: it counts in the month it was meant to close.
        assertThat(f.close(f.hubManager, nextMonth).status()).isEqualTo(200);

        Api.Response demand = f.m3.get("/api/procurement/demand?product=" + leeks + "&months=3");
        assertThat(demand.status()).as(demand.toString()).isEqualTo(200);
        JsonNode items = demand.json().path("items");
        YearMonth first = YearMonth.now(PARIS).minusMonths(2);
        YearMonth closing = YearMonth.from(soon);
        int expected = (int) (first.until(closing.plusMonths(1), ChronoUnit.MONTHS) + 1);
        assertThat(items).hasSize(expected);
        for (int i = 0; i < items.size(); i++) {
            YearMonth month = first.plusMonths(i);
            JsonNode item = items.get(i);
            assertThat(item.path("month").asText()).isEqualTo(month.toString());
            if (month.equals(closing)) {
                assertThat(item.path("quantity").asText()).isEqualTo("15.250");
                assertThat(item.path("stores").asInt()).isEqualTo(2);
            } else if (month.equals(closing.plusMonths(1))) {
                assertThat(item.path("quantity").asText()).isEqualTo("7.000");
                assertThat(item.path("stores").asInt()).isEqualTo(1);
            } else {
                assertThat(item.path("quantity").asText()).isEqualTo("0.000");
                assertThat(item.path("stores").asInt()).isZero();
            }
        }
        assertThat(f.admin.get("/api/procurement/demand?product=" + leeks).json().path("items"))
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void badDemandQueriesAreRefused() {
        assertThat(f.admin.get("/api/procurement/demand").code()).isEqualTo("FIELD_REQUIRED");
        assertThat(f.admin.get("/api/procurement/demand?product=nope").status()).isEqualTo(400);
        assertThat(f.admin.get("/api/procurement/demand?product=" + UUID.randomUUID()).status()).isEqualTo(404);
        for (String months : new String[] {"0", "121", "douze"}) {
            Api.Response r = f.admin.get("/api/procurement/demand?product=" + f.apples + "&months=" + months);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("INVALID_MONTHS");
        }
        assertThat(f.fx.user("CASHIER", f.s1).get("/api/procurement/demand?product=" + f.apples).status())
                .isEqualTo(403);
    }
}
