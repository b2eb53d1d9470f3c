package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * The cagnotte at the till: a donation line, chosen or rounding the ticket up to the euro, to a fund of the caisse
 * alimentaire or to the store's own cagnotte; outside VAT, never paid by the caisse, credited once however often the
 * ticket is posted, and given back only with its whole ticket.
 */
@ExtendWith(VivresSystem.class)
class CagnotteIT {
    static Api admin;
    static Fixtures fx;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        awaitCaisse();
    }

    /** A store with its cashier and manager, a fund conventioned with it, and a bread at 3.40 in stock. */
    record Shop(String store, Api cashier, Api manager, String fund, String bread) {
    }

    static Shop shop() {
        String store = fx.store();
        String fund = created(admin.post("/api/caisse/funds", Map.of("name", fx.unique("Caisse"),
                "monthlyAllowance", "50.00", "minContribution", "0.00")));
        created(admin.post("/api/caisse/funds/" + fund + "/sources", Map.of("funder", fx.unique("Métropole"),
                "kind", "PUBLIC", "amount", "1000.00", "status", "SECURED")));
        created(admin.post("/api/caisse/funds/" + fund + "/conventions",
                Map.of("organization", store, "validFrom", "2020-01-01")));
        String bread = fx.product("3.40");
        fx.stock(store, bread, "100");
        return new Shop(store, fx.user("CASHIER", store), fx.user("MANAGER", store), fund, bread);
    }

    static Map<String, Object> product(String product, String quantity) {
        return Map.of("product", product, "quantity", quantity);
    }

    static Map<String, Object> gift(String to, String id, String amount) {
        return Map.of("donation", Map.of(to, id, "amount", amount));
    }

    static Map<String, Object> roundUp(String to, String id) {
        return Map.of("donation", Map.of(to, id, "roundUp", true));
    }

    static Map<String, Object> sale(Shop s, String id, List<Map<String, Object>> lines, Map<String, String> payments) {
        Map<String, Object> body = new HashMap<>(Map.of("organization", s.store(), "lines", lines,
                "payments", payments.entrySet().stream()
                        .map(p -> Map.of("method", p.getKey(), "amount", p.getValue())).toList()));
        if (id != null) {
            body.put("id", id);
        }
        return body;
    }

    static void refused(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.message()).as(r.toString()).isNotBlank();
    }

    static JsonNode totals(Shop s) {
        Api.Response r = s.manager().get("/api/cagnotte?organization=" + s.store());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The fund's source gathering the gifts of {@code s}'s till, or null. */
    static JsonNode tillSource(Shop s) {
        for (JsonNode source : admin.get("/api/caisse/funds/" + s.fund()).json().path("sources")) {
            if (s.store().equals(source.path("tillOrganization").asText())) {
                return source;
            }
        }
        return null;
    }

    static String secured(Shop s) {
        return admin.get("/api/caisse/funds/" + s.fund()).text("secured");
    }

    @Test
    void aGiftToTheCaisseIsALineOutsideVatCreditedToTheFundOnceHoweverOftenTheTicketIsPosted() {
        Shop s = shop();
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = sale(s, id, List.of(product(s.bread(), "1"), gift("fund", s.fund(), "2.00")),
                Map.of("CASH", "5.40"));

        Api.Response first = s.cashier().post("/api/tickets", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode line = first.json().path("lines").get(1);
        assertThat(line.path("donation").asText()).isEqualTo("fund:" + s.fund());
        assertThat(line.path("priceRule").asText()).isEqualTo("DONATION");
        assertThat(line.path("lineAmount").asText()).isEqualTo("2.00");
        assertThat(line.path("vatRate").asText()).isEqualTo("0.00");
        assertThat(line.path("label").asText()).isEqualTo("Don — Caisse alimentaire");
        assertThat(first.text("total")).isEqualTo("5.40");
        JsonNode zero = null;
        for (JsonNode row : first.json().path("vat")) {
            if (new java.math.BigDecimal(row.path("rate").asText()).signum() == 0) {
                zero = row;
            }
        }
        assertThat(zero).as("the VAT table's row at 0 %%: " + first).isNotNull();
        assertThat(zero.path("total").asText()).isEqualTo("2.00");
        assertThat(zero.path("vat").asText()).isEqualTo("0.00");

        Api.Response again = s.cashier().post("/api/tickets", body);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("lines").get(1).path("label").asText()).isEqualTo("Don — Caisse alimentaire");

        JsonNode source = tillSource(s);
        assertThat(source).as("the fund's source for the store's till").isNotNull();
        assertThat(source.path("kind").asText()).isEqualTo("CITIZEN");
        assertThat(source.path("status").asText()).isEqualTo("SECURED");
        assertThat(source.path("amount").asText()).isEqualTo("2.00");
        assertThat(secured(s)).isEqualTo("1002.00");
        JsonNode t = totals(s);
        assertThat(t.path("funds").asText()).isEqualTo("2.00");
        assertThat(t.path("cagnotte").asText()).isEqualTo("0.00");
        assertThat(t.path("gifts").asLong()).isEqualTo(1);

        // A second ticket adds to the same source.
        Api.Response second = s.cashier().post("/api/tickets", sale(s, null,
                List.of(gift("fund", s.fund(), "0.50")), Map.of("CARD", "0.50")));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(tillSource(s).path("amount").asText()).isEqualTo("2.50");
        assertThat(secured(s)).isEqualTo("1002.50");
    }

    @Test
    void theRoundUpGivesTheCentsUpToTheNextEuroToTheStoresCagnotte() {
        Shop s = shop();
        Map<String, Object> body = sale(s, null, List.of(product(s.bread(), "1"), roundUp("organization", s.store())),
                Map.of("CASH", "4.00"));
        Api.Response quote = s.cashier().post("/api/tickets/quote", body);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.text("total")).isEqualTo("4.00");

        Api.Response r = s.cashier().post("/api/tickets", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode line = r.json().path("lines").get(1);
        assertThat(line.path("lineAmount").asText()).isEqualTo("0.60");
        assertThat(line.path("donation").asText()).isEqualTo("organization:" + s.store() + ":roundUp");
        assertThat(line.path("label").asText()).isEqualTo("Don — Cagnotte de l’épicerie");
        assertThat(line.path("vatRate").asText()).isEqualTo("0.00");
        assertThat(totals(s).path("cagnotte").asText()).isEqualTo("0.60");
        assertThat(tillSource(s)).isNull();
    }

    @Test
    void aRoundUpOnATicketAlreadyRoundIsRefusedAndChangesNothing() {
        Shop s = shop();
        Api.Response r = s.cashier().post("/api/tickets", sale(s, null,
                List.of(product(s.bread(), "5"), roundUp("fund", s.fund())), Map.of("CASH", "17.00")));
        refused(r, 422, "DONATION_ALREADY_ROUND");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(roundUp("fund", s.fund())),
                Map.of("CASH", "1.00"))), 422, "DONATION_ALREADY_ROUND");
        assertThat(fx.onHand(s.store(), s.bread())).isEqualTo("100.000");
        assertThat(tillSource(s)).isNull();
    }

    @Test
    void badGiftsAreRefusedAndChangeNothing() {
        Shop s = shop();
        Shop other = shop();
        List<Map<String, Object>> bread = List.of(product(s.bread(), "1"));
        for (String amount : List.of("0", "0.00", "-2.00", "2.005")) {
            refused(s.cashier().post("/api/tickets", sale(s, null, List.of(bread.get(0),
                    gift("fund", s.fund(), amount)), Map.of("CASH", "5.40"))), 422, "DONATION_INVALID_AMOUNT");
        }
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(bread.get(0),
                gift("fund", UUID.randomUUID().toString(), "1.00")), Map.of("CASH", "4.40"))), 422,
                "DONATION_UNKNOWN_FUND");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(bread.get(0),
                gift("organization", UUID.randomUUID().toString(), "1.00")), Map.of("CASH", "4.40"))), 422,
                "DONATION_UNKNOWN_ORGANIZATION");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(bread.get(0),
                gift("organization", other.store(), "1.00")), Map.of("CASH", "4.40"))), 422, "DONATION_OTHER_STORE");
        // Shapes the API does not take.
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(Map.of("donation", Map.of("fund", s.fund(),
                "organization", s.store(), "amount", "1.00"))), Map.of("CASH", "1.00"))), 400, "INVALID_FIELD");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(Map.of("donation", Map.of("fund", s.fund(),
                "amount", 1))), Map.of("CASH", "1.00"))), 400, "INVALID_FIELD");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(Map.of("donation", Map.of("fund", s.fund(),
                "amount", "1.00", "roundUp", true))), Map.of("CASH", "1.00"))), 400, "INVALID_FIELD");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(Map.of("donation", Map.of("fund", s.fund(),
                "amount", "1.00", "donor", "x"))), Map.of("CASH", "1.00"))), 400, "UNKNOWN_FIELD");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(Map.of("donation", "fund:" + s.fund(),
                "quantity", "1")), Map.of("CASH", "1.00"))), 400, "INVALID_FIELD");
        refused(s.cashier().post("/api/tickets", sale(s, null, List.of(Map.of("donation", Map.of("fund", s.fund(),
                "amount", "1.00"), "quantity", "2")), Map.of("CASH", "2.00"))), 400, "INVALID_QUANTITY");
        assertThat(fx.onHand(s.store(), s.bread())).isEqualTo("100.000");
        assertThat(tillSource(s)).isNull();
        assertThat(totals(s).path("gifts").asLong()).isZero();
        assertThat(totals(other).path("cagnotte").asText()).isEqualTo("0.00");
    }

    @Test
    void theCaisseNeverPaysAGift() {
        Shop s = shop();
        String household = fx.household(s.store());
        created(admin.post("/api/caisse/funds/" + s.fund() + "/members",
                Map.of("household", household, "contribution", "5.00")));
        created(admin.post("/api/caisse/funds/" + s.fund() + "/periods",
                Map.of("month", YearMonth.now(ZoneId.of("Europe/Paris")).toString())));
        List<Map<String, Object>> lines = List.of(product(s.bread(), "1"), gift("fund", s.fund(), "2.00"));

        Map<String, Object> allByCaisse = sale(s, null, lines, Map.of("CAISSE", "5.40"));
        allByCaisse.put("household", household);
        refused(s.cashier().post("/api/tickets", allByCaisse), 422, "DONATION_PAID_BY_CAISSE");
        assertThat(fx.onHand(s.store(), s.bread())).isEqualTo("100.000");
        assertThat(tillSource(s)).isNull();

        Map<String, Object> giftInCash = sale(s, null, lines, Map.of("CAISSE", "3.40", "CASH", "2.00"));
        giftInCash.put("household", household);
        Api.Response r = s.cashier().post("/api/tickets", giftInCash);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(tillSource(s).path("amount").asText()).isEqualTo("2.00");
    }

    @Test
    void aGiftGoesBackOnlyWithItsWholeTicket() {
        Shop s = shop();
        Api.Response sale = s.cashier().post("/api/tickets", sale(s, null, List.of(product(s.bread(), "2"),
                gift("fund", s.fund(), "2.00"), gift("organization", s.store(), "1.00")), Map.of("CASH", "9.80")));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        String returns = "/api/tickets/" + sale.text("id") + "/returns";
        Map<String, Object> giftBack = Map.of("donation", "fund:" + s.fund(), "quantity", "1");

        refused(s.manager().post(returns, Map.of("lines", List.of(giftBack))), 422, "DONATION_RETURN_NOT_WHOLE");
        refused(s.manager().post(returns, Map.of("lines", List.of(giftBack, product(s.bread(), "1")))), 422,
                "DONATION_RETURN_NOT_WHOLE");
        refused(s.manager().post(returns, Map.of("lines", List.of(Map.of("donation", Map.of("fund", s.fund(),
                "amount", "2.00"), "quantity", "1")))), 400, "INVALID_FIELD");
        assertThat(tillSource(s).path("amount").asText()).isEqualTo("2.00");

        // A product given back alone leaves the gifts with the sale.
        Api.Response one = s.manager().post(returns, Map.of("lines", List.of(product(s.bread(), "1"))));
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        assertThat(tillSource(s).path("amount").asText()).isEqualTo("2.00");

        Api.Response rest = s.manager().post(returns, Map.of("lines", List.of(product(s.bread(), "1"), giftBack,
                Map.of("donation", "organization:" + s.store(), "quantity", "1"))));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.text("total")).isEqualTo("-6.40");
        assertThat(tillSource(s)).as("the till's source, given back entirely").isNull();
        assertThat(secured(s)).isEqualTo("1000.00");
        JsonNode t = totals(s);
        assertThat(t.path("total").asText()).isEqualTo("0.00");
        assertThat(t.path("gifts").asLong()).isEqualTo(2);
    }

    @Test
    void onlyAManagerOfTheStoreReadsItsCagnotteAndTheCashierSeesTheFundsItsTillGivesTo() {
        Shop s = shop();
        Api.Response funds = s.cashier().get("/api/cagnotte/funds");
        assertThat(funds.status()).as(funds.toString()).isEqualTo(200);
        assertThat(funds.json().path("items")).hasSize(1);
        assertThat(funds.json().path("items").get(0).path("id").asText()).isEqualTo(s.fund());
        assertThat(s.cashier().get("/api/cagnotte?organization=" + s.store()).status()).isEqualTo(403);
        assertThat(fx.user("MANAGER", fx.store()).get("/api/cagnotte?organization=" + s.store()).status())
                .isEqualTo(403);
        assertThat(s.manager().get("/api/cagnotte?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    /** The caisse's endpoints answer once its bundle's entities are in the session factory. */
    static void awaitCaisse() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String store = fx.store();
        while (admin.get("/api/caisse/funds").status() != 200
                || admin.get("/api/cagnotte/funds?organization=" + store).status() != 200) {
            assertThat(Instant.now()).as("caisse and cagnotte endpoints").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
