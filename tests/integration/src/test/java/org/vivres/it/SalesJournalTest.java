package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/tickets/journal}: what a store's till took in over the day, for its closing — sales, returns, each
 * payment method with the refunds deducted, and the tickets in the order they were made.
 */
@ExtendWith(VivresSystem.class)
class SalesJournalTest {
    static Fixtures fx;
    static String store;
    static Api cashier;
    static List<String> documents = new ArrayList<>();
    static String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    @BeforeAll
    static void setUp(Api admin) {
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        String soap = fx.product("2.50");
        fx.stock(store, soap, "100");
        String first = sale(soap, "2", List.of(Map.of("method", "CASH", "amount", "5.00")));
        sale(soap, "3", List.of(Map.of("method", "CARD", "amount", "4.00"), Map.of("method", "CASH", "amount", "3.50")));
        Api.Response back = cashier.post("/api/tickets/" + first + "/returns", Map.of("lines",
                List.of(Map.of("product", soap, "quantity", "1"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        documents.add(back.text("documentNo"));
        // another store's sale is not in this store's journal
        String other = fx.store();
        fx.stock(other, soap, "10");
        Api.Response elsewhere = fx.user("CASHIER", other).post("/api/tickets", Map.of("organization", other,
                "lines", List.of(Map.of("product", soap, "quantity", "1")),
                "payments", List.of(Map.of("method", "CASH", "amount", "2.50"))));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    }

    static String sale(String product, String quantity, List<Map<String, Object>> payments) {
        Api.Response r = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", product, "quantity", quantity)), "payments", payments));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        documents.add(r.text("documentNo"));
        return r.text("id");
    }

    @Test
    void theDaysJournalAddsUpSalesReturnsAndEachPaymentMethod() {
        Api.Response r = cashier.get("/api/tickets/journal?organization=" + store);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.path("from").asText()).isEqualTo(today);
        assertThat(j.path("to").asText()).isEqualTo(today);
        assertThat(j.path("sales").path("count").asInt()).isEqualTo(2);
        assertThat(j.path("sales").path("total").asText()).isEqualTo("12.50");
        assertThat(j.path("returns").path("count").asInt()).isEqualTo(1);
        assertThat(j.path("returns").path("total").asText()).isEqualTo("-2.50");
        assertThat(j.path("net").asText()).isEqualTo("10.00");
        // cash: 5.00 + 3.50 taken, 2.50 given back; card 4.00
        assertThat(j.path("payments").toString()).isEqualTo("[{\"method\":\"CARD\",\"amount\":\"4.00\",\"tickets\":1},"
                + "{\"method\":\"CASH\",\"amount\":\"6.00\",\"tickets\":3}]");
        List<String> listed = new ArrayList<>();
        j.path("tickets").forEach(t -> listed.add(t.path("documentNo").asText()));
        assertThat(listed).containsExactlyElementsOf(documents);
        JsonNode second = j.path("tickets").get(1);
        assertThat(second.path("kind").asText()).isEqualTo("SALE");
        assertThat(second.path("total").asText()).isEqualTo("7.50");
        assertThat(second.path("payments")).hasSize(2);
        assertThat(second.has("lines")).isFalse();
    }

    @Test
    void aDayWithoutTicketsIsAnEmptyJournal() {
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        JsonNode j = cashier.get("/api/tickets/journal?organization=" + store + "&from=" + yesterday).json();
        assertThat(j.path("tickets")).isEmpty();
        assertThat(j.path("net").asText()).isEqualTo("0.00");
        assertThat(j.path("payments")).isEmpty();
    }

    @Test
    void anotherStoreOrRoleOrABadPeriodIsRefused() {
        Api.Response otherStore = fx.user("CASHIER", fx.store()).get("/api/tickets/journal?organization=" + store);
        assertThat(otherStore.status()).isEqualTo(403);
        Api.Response referrer = fx.user("REFERRER", store).get("/api/tickets/journal?organization=" + store);
        assertThat(referrer.status()).isEqualTo(403);
        assertThat(referrer.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(cashier.get("/api/tickets/journal").code()).isEqualTo("FIELD_REQUIRED");
        String from = LocalDate.parse(today).minusDays(40).toString();
        Api.Response tooLong = cashier.get("/api/tickets/journal?organization=" + store + "&from=" + from + "&to="
                + today);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("INVALID_JOURNAL_PERIOD");
        assertThat(tooLong.message()).contains("31 jours");
        Api.Response backwards = cashier.get("/api/tickets/journal?organization=" + store + "&from=" + today
                + "&to=" + from);
        assertThat(backwards.code()).isEqualTo("INVALID_JOURNAL_PERIOD");
        assertThat(cashier.get("/api/tickets/journal?organization=" + store + "&from=hier").code())
                .isEqualTo("INVALID_DATE");
    }
}
