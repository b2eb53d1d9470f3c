package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * VAT on every ticket: each line keeps the rate it was sold at, and the ticket its table per rate (prices include
 * VAT: vat = round(total × rate / (100 + rate)) half-up, base = total − vat), checked here on random tickets against
 * a computation in whole cents that shares no code with the server's.
 */
@ExtendWith(VivresSystem.class)
class TicketVatTest {
    static final String[] RATES = {"0", "2.1", "5.5", "10", "20"};
    static Fixtures fx;
    static Api admin;
    static String store;
    static Api cashier;

    @BeforeAll
    static void setUp(Api api) {
        admin = api;
        fx = new Fixtures(api);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
    }

    static String product(String price, String rate) {
        Api.Response r = admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", fx.unique("Produit"),
                "category", "EPICERIE", "uom", "UNIT", "referencePrice", price, "vatRate", rate));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        fx.stock(store, r.text("id"), "100000");
        return r.text("id");
    }

    static Api.Response sell(List<Map<String, Object>> lines, String total) {
        return cashier.post("/api/tickets", Map.of("organization", store, "lines", lines,
                "payments", List.of(Map.of("method", "CASH", "amount", total))));
    }

    /** The expected VAT in cents of {@code cents} at {@code rate}: half-up (away from zero) in integers. */
    static long vatCents(long cents, BigDecimal rate) {
        long r = rate.movePointRight(2).longValueExact(); // hundredths of a percent: 5.5 % → 550
        long magnitude = (2 * Math.abs(cents) * r + (10000 + r)) / (2 * (10000 + r));
        return cents < 0 ? -magnitude : magnitude;
    }

    static long cents(JsonNode amount) {
        return new BigDecimal(amount.asText()).movePointRight(2).longValueExact();
    }

    /** Checks a ticket's lines and table against the expected rates; returns nothing, fails on a difference. */
    static void checkTable(JsonNode ticket, Map<String, BigDecimal> rateOfProduct) {
        Map<BigDecimal, Long> totals = new TreeMap<>();
        for (JsonNode line : ticket.path("lines")) {
            BigDecimal rate = new BigDecimal(line.path("vatRate").asText());
            assertThat(rate).isEqualByComparingTo(rateOfProduct.get(line.path("product").asText()));
            totals.merge(rate.stripTrailingZeros(), cents(line.path("lineAmount")), Long::sum);
        }
        JsonNode table = ticket.path("vat");
        assertThat(table).as(ticket.toString()).hasSize(totals.size());
        int i = 0;
        long sum = 0;
        for (Map.Entry<BigDecimal, Long> e : totals.entrySet()) {
            JsonNode row = table.get(i++);
            assertThat(new BigDecimal(row.path("rate").asText())).isEqualByComparingTo(e.getKey());
            long vat = vatCents(e.getValue(), e.getKey());
            assertThat(cents(row.path("total"))).as(ticket.toString()).isEqualTo(e.getValue());
            assertThat(cents(row.path("vat"))).as(ticket.toString()).isEqualTo(vat);
            assertThat(cents(row.path("base"))).as(ticket.toString()).isEqualTo(e.getValue() - vat);
            sum += cents(row.path("total"));
        }
        assertThat(sum).isEqualTo(cents(ticket.path("total")));
    }

    @Test
    void randomTicketsCarryTheirVatTablePerRateToTheCent() {
        Random random = new Random(20261207);
        Map<String, BigDecimal> rateOf = new HashMap<>();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String rate = RATES[i % RATES.length];
            String price = BigDecimal.valueOf(1 + random.nextInt(2000), 2).toPlainString();
            String id = product(price, rate);
            products.add(id);
            rateOf.put(id, new BigDecimal(rate));
        }
        for (int t = 0; t < 250; t++) {
            List<Map<String, Object>> lines = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int l = 0; l < count; l++) {
                lines.add(Map.of("product", products.get(random.nextInt(products.size())),
                        "quantity", Integer.toString(1 + random.nextInt(7))));
            }
            Api.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store, "lines", lines));
            assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
            checkTable(quote.json(), rateOf);
            Api.Response sale = sell(lines, quote.text("total"));
            assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
            checkTable(sale.json(), rateOf);
            assertThat(sale.json().path("vat")).isEqualTo(quote.json().path("vat"));
            if (t % 10 == 0) {
                // a return of part of it: negative totals, the same rule
                JsonNode first = sale.json().path("lines").get(0);
                Api.Response back = cashier.post("/api/tickets/" + sale.text("id") + "/returns", Map.of("lines",
                        List.of(Map.of("product", first.path("product").asText(), "quantity", "1"))));
                assertThat(back.status()).as(back.toString()).isEqualTo(201);
                checkTable(back.json(), rateOf);
                assertThat(cents(back.json().path("total"))).isNegative();
                // read back, the stored table is the one answered
                assertThat(cashier.get("/api/tickets/" + back.text("id")).json().path("vat"))
                        .isEqualTo(back.json().path("vat"));
            }
        }
    }

    @Test
    void aLineKeepsTheRateItWasSoldAtAndItsReturnGivesBackThatVat() {
        String bread = product("2.11", "5.5");
        Api.Response sale = sell(List.of(Map.of("product", bread, "quantity", "3")), "6.33");
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        // 6.33 × 5.5 / 105.5 = 0.33
        assertThat(sale.json().path("vat").toString())
                .isEqualTo("[{\"rate\":\"5.50\",\"base\":\"6.00\",\"vat\":\"0.33\",\"total\":\"6.33\"}]");
        assertThat(sale.json().path("lines").get(0).path("vatRate").asText()).isEqualTo("5.50");
        // the rate changes after the sale: the ticket and its return keep the old one
        Api.Response changed = admin.put("/api/products/" + bread, Map.of("name", fx.unique("Pain"),
                "category", "EPICERIE", "referencePrice", "2.11", "vatRate", "20"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode read = cashier.get("/api/tickets/" + sale.text("id")).json();
        assertThat(read.path("vat")).isEqualTo(sale.json().path("vat"));
        Api.Response back = cashier.post("/api/tickets/" + sale.text("id") + "/returns",
                Map.of("lines", List.of(Map.of("product", bread, "quantity", "3"))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.json().path("vat").toString())
                .isEqualTo("[{\"rate\":\"5.50\",\"base\":\"-6.00\",\"vat\":\"-0.33\",\"total\":\"-6.33\"}]");
        // a new sale takes the new rate: 2.11 × 20 / 120 = 0.35166 → 0.35
        Api.Response now = sell(List.of(Map.of("product", bread, "quantity", "1")), "2.11");
        assertThat(now.json().path("vat").toString())
                .isEqualTo("[{\"rate\":\"20.00\",\"base\":\"1.76\",\"vat\":\"0.35\",\"total\":\"2.11\"}]");
        // the list answers the tables too
        JsonNode listed = cashier.get("/api/tickets?organization=" + store + "&limit=3").json().path("items");
        assertThat(listed.get(0).path("vat")).isEqualTo(now.json().path("vat"));
    }
}
