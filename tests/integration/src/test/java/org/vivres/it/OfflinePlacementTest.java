package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket sold offline is placed by when the till sold it ({@code soldAt}): in the session open then while it is
 * still open, else in the till's current or next session, flagged late there; and never in a store day already
 * closed: it counts in the next day's closing, flagged late, and each closing keeps exactly what it counted.
 */
@ExtendWith(VivresSystem.class)
class OfflinePlacementTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static Fixtures fx;
    static String bread;

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        bread = fx.product("2.50");
    }

    static Api.Response sell(Api cashier, String store, String till, OffsetDateTime soldAt, String quantity,
            String cash) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", store,
                "lines", List.of(Map.of("product", bread, "quantity", quantity)),
                "payments", List.of(Map.of("method", "CASH", "amount", cash))));
        if (till != null) {
            body.put("till", till);
        }
        if (soldAt != null) {
            body.put("soldOffline", true);
            body.put("soldAt", soldAt.toString());
        }
        Api.Response r = cashier.post("/api/tickets", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    static JsonNode close(Api cashier, String till, String cash) {
        Api.Response r = cashier.post("/api/tills/" + till + "/sessions/current/close",
                Map.of("counted", Map.of("CASH", cash)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static void open(Api cashier, String till) {
        Api.Response r = cashier.post("/api/tills/" + till + "/sessions", Map.of("openingFloat", "0.00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void aTicketSoldInASessionAlreadyClosedIsReportedLateOnTheNextZWithWhenItWasSoldAndItsAmount() {
        String store = fx.store();
        fx.stock(store, bread, "100");
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        String till = manager.post("/api/tills", Map.of("organization", store, "name", "Caisse 1")).text("id");
        open(cashier, till);
        OffsetDateTime inFirst = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS); // as a browser says it
        close(cashier, till, "0.00");
        open(cashier, till);
        // sold offline in the first session, arrived during the second: late there, never refused
        Api.Response late = sell(cashier, store, till, inFirst, "2", "5.00");
        // sold offline during this session: simply one of its tickets
        sell(cashier, store, till, OffsetDateTime.now(), "1", "2.50");
        JsonNode z = close(cashier, till, "7.50");
        assertThat(z.path("tickets").asInt()).isEqualTo(2);
        assertThat(z.path("total").asText()).isEqualTo("7.50");
        assertThat(z.path("lateTickets")).hasSize(1);
        JsonNode l = z.path("lateTickets").get(0);
        assertThat(l.path("documentNo").asText()).isEqualTo(late.text("documentNo"));
        assertThat(l.path("total").asText()).isEqualTo("5.00");
        assertThat(OffsetDateTime.parse(l.path("soldAt").asText()).toInstant())
                .isEqualTo(inFirst.toInstant());

        // the till closed: a ticket sold offline waits for its next session, late there and only there
        Api.Response waiting = sell(cashier, store, till, OffsetDateTime.now(), "1", "2.50");
        open(cashier, till);
        JsonNode next = close(cashier, till, "2.50");
        assertThat(next.path("tickets").asInt()).isEqualTo(1);
        assertThat(next.path("lateTickets").get(0).path("documentNo").asText()).isEqualTo(waiting.text("documentNo"));
        open(cashier, till);
        assertThat(close(cashier, till, "0.00").path("tickets").asInt()).isZero();
    }

    @Test
    void aTicketSoldOfflineOnADayAlreadyClosedCountsInTheNextDaysClosingFlaggedLate() {
        String store = fx.store();
        fx.stock(store, bread, "100");
        Api manager = fx.user("MANAGER", store);
        Api cashier = fx.user("CASHIER", store);
        LocalDate today = LocalDate.now(PARIS);
        LocalDate yesterday = today.minusDays(1);
        Api.Response closedYesterday = manager.post("/api/closings", Map.of("organization", store, "kind", "DAY",
                "period", yesterday.toString()));
        assertThat(closedYesterday.status()).as(closedYesterday.toString()).isEqualTo(201);

        // sold offline yesterday (closed), arriving today: today's ticket, never refused
        OffsetDateTime soldYesterday = yesterday.atTime(12, 0).atZone(PARIS).toOffsetDateTime();
        Api.Response late = sell(cashier, store, null, soldYesterday, "2", "5.00");
        sell(cashier, store, null, null, "1", "2.50");
        assertThat(tickets(manager, store, yesterday)).isEmpty();
        assertThat(tickets(manager, store, today)).hasSize(2);

        JsonNode day = manager.post("/api/closings", Map.of("organization", store, "kind", "DAY",
                "period", today.toString())).json();
        assertThat(day.path("tickets").asInt()).isEqualTo(2);
        assertThat(day.path("total").asText()).isEqualTo("7.50");
        assertThat(day.path("perpetualTotal").asText()).isEqualTo("7.50");
        assertThat(day.path("lateTickets")).hasSize(1);
        assertThat(day.path("lateTickets").get(0).path("documentNo").asText()).isEqualTo(late.text("documentNo"));
        assertThat(day.path("lateTickets").get(0).path("total").asText()).isEqualTo("5.00");

        // today closed: a ticket sold offline today, or sold now, counts in tomorrow, never in a closed day
        sell(cashier, store, null, OffsetDateTime.now().minusMinutes(5), "1", "2.50");
        sell(cashier, store, null, null, "1", "2.50");
        assertThat(tickets(manager, store, today)).hasSize(2);
        assertThat(tickets(manager, store, today.plusDays(1))).hasSize(2);
        JsonNode closings = manager.get("/api/closings?organization=" + store + "&kind=DAY").json().path("items");
        assertThat(closings.get(0)).isEqualTo(day);
        assertThat(closings.get(1)).isEqualTo(closedYesterday.json());
        assertThat(closedYesterday.json().path("tickets").asInt()).isZero();
        assertThat(closedYesterday.json().path("lateTickets")).isEmpty();
    }

    static JsonNode tickets(Api who, String store, LocalDate day) {
        return who.get("/api/tickets?organization=" + store + "&from=" + day + "&to=" + day).json().path("items");
    }
}
