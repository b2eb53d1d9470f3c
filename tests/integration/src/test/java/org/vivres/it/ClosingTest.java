package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store's closings: the day once its tills are closed, the month once it is over and its days with sales are
 * closed, the year likewise; each with its period's figures and the perpetual grand total since the first sale.
 */
@ExtendWith(VivresSystem.class)
class ClosingTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    static Api.Response close(Api who, String store, String kind, String period) {
        return who.post("/api/closings", Map.of("organization", store, "kind", kind, "period", period));
    }

    @Test
    void aDayClosesOnceItsTillsAreClosedThenTheMonthAndTheYearCarryThePerpetualTotal(Api admin) {
        Fixtures fx = new Fixtures(admin);
        String store = fx.store();
        String soap = fx.product("2.50");
        fx.stock(store, soap, "1000");
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse 1")).text("id");
        assertThat(cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "20.00")).status())
                .isEqualTo(201);
        Api.Response sale = cashier.post("/api/tickets", Map.of("organization", store, "till", till,
                "lines", List.of(Map.of("product", soap, "quantity", "4")),
                "payments", List.of(Map.of("method", "CASH", "amount", "6.00"), Map.of("method", "CARD",
                        "amount", "4.00"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(cashier.post("/api/tickets/" + sale.text("id") + "/returns", Map.of("till", till,
                "lines", List.of(Map.of("product", soap, "quantity", "1")))).status()).isEqualTo(201);
        // and one on the API's till 0
        assertThat(cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", soap, "quantity", "2")),
                "payments", List.of(Map.of("method", "CASH", "amount", "5.00")))).status()).isEqualTo(201);

        String today = TODAY.toString();
        Api.Response open = close(manager, store, "DAY", today);
        assertThat(open.status()).as(open.toString()).isEqualTo(409);
        assertThat(open.code()).isEqualTo("TILLS_STILL_OPEN");
        assertThat(manager.get("/api/closings?organization=" + store).json().path("items")).isEmpty();
        assertThat(cashier.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", "24.50", "CARD", "3.00"))).status()).isEqualTo(200);

        // refusals, each changing nothing
        assertThat(close(cashier, store, "DAY", today).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(close(fx.user("MANAGER", fx.store()), store, "DAY", today).status()).isEqualTo(403);
        assertThat(close(manager, store, "DAY", TODAY.plusDays(1).toString()).code()).isEqualTo("PERIOD_NOT_OVER");
        assertThat(close(manager, store, "MONTH", YearMonth.from(TODAY).toString()).code())
                .isEqualTo("PERIOD_NOT_OVER");
        assertThat(close(manager, store, "YEAR", Integer.toString(TODAY.getYear())).code())
                .isEqualTo("PERIOD_NOT_OVER");
        assertThat(close(manager, store, "DAY", "2026-13-01").code()).isEqualTo("INVALID_PERIOD");
        assertThat(close(manager, store, "WEEK", today).code()).isEqualTo("INVALID_VALUE");
        assertThat(manager.get("/api/closings?organization=" + store).json().path("items")).isEmpty();

        // the day before: no sales, nothing to carry
        JsonNode yesterday = close(manager, store, "DAY", TODAY.minusDays(1).toString()).json();
        assertThat(yesterday.path("tickets").asInt()).isZero();
        assertThat(yesterday.path("perpetualTotal").asText()).isEqualTo("0.00");

        Api.Response day = close(manager, store, "DAY", today);
        assertThat(day.status()).as(day.toString()).isEqualTo(201);
        JsonNode d = day.json();
        assertThat(d.path("kind").asText()).isEqualTo("DAY");
        assertThat(d.path("period").asText()).isEqualTo(today);
        assertThat(d.path("tickets").asInt()).isEqualTo(2);
        assertThat(d.path("returns").asInt()).isEqualTo(1);
        // 10.00 − 2.50 + 5.00; the return refunds cash and card pro rata to what each paid (1.50 and 1.00)
        assertThat(d.path("total").asText()).isEqualTo("12.50");
        assertThat(d.path("byMethod").toString()).isEqualTo("[{\"method\":\"CARD\",\"total\":\"3.00\"},"
                + "{\"method\":\"CASH\",\"total\":\"9.50\"}]");
        // 12.50 at 5.5 %: 12.50 × 5.5 / 105.5 = 0.6516 → 0.65; the sum of the tickets' rows 0.52 − 0.13 + 0.26
        assertThat(d.path("byVatRate").toString()).isEqualTo("[{\"rate\":\"5.50\",\"base\":\"11.85\","
                + "\"vat\":\"0.65\",\"total\":\"12.50\"}]");
        assertThat(d.path("perpetualTotal").asText()).isEqualTo("12.50");
        assertThat(d.path("periodTotal").asText()).isEqualTo("12.50");
        Api.Response twice = close(manager, store, "DAY", today);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_CLOSED");

        // an earlier month and year, without sales: closed with nothing; the perpetual total stays what it was then
        LocalDate lastMonth = TODAY.minusMonths(1);
        JsonNode month = close(manager, store, "MONTH", YearMonth.from(lastMonth).toString()).json();
        assertThat(month.path("kind").asText()).isEqualTo("MONTH");
        assertThat(month.path("total").asText()).isEqualTo("0.00");
        assertThat(month.path("perpetualTotal").asText()).isEqualTo("0.00");
        Api.Response year = close(manager, store, "YEAR", Integer.toString(TODAY.getYear() - 1));
        assertThat(year.status()).as(year.toString()).isEqualTo(201);
        assertThat(year.json().path("byVatRate")).isEmpty();

        JsonNode days = manager.get("/api/closings?organization=" + store + "&kind=DAY").json().path("items");
        assertThat(days).hasSize(2);
        assertThat(days.get(0)).isEqualTo(d);
        assertThat(manager.get("/api/closings?organization=" + store).json().path("items")).hasSize(4);
        assertThat(manager.get("/api/closings?organization=" + store + "&kind=WEEK").code())
                .isEqualTo("INVALID_VALUE");
    }
}
