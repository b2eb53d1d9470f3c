package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scale labels (EAN-13 starting with 2: 20–24 weight in grams, 25–29 price in cents) read at the till: the product
 * whose sku is the label's 5-digit code, at the label's quantity, priced right at checkout.
 */
@ExtendWith(VivresSystem.class)
class ScaleBarcodeScanTest {
    static Fixtures fx;
    static Api admin;
    static Api cashier;
    static String store;
    static String code;
    static String apples;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        store = fx.store();
        cashier = fx.user("CASHIER", store);
        code = String.format("%05d", System.nanoTime() % 100_000);
        Api.Response r = admin.post("/api/products", Map.of("sku", code, "name", "Pommes au poids", "category",
                "FRUITS", "uom", "KG", "referencePrice", "3.99", "vatRate", "5.5"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        apples = r.text("id");
        fx.stock(store, apples, "50");
    }

    static String ean(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    @Test
    void aWeightLabelSellsItsWeightAtTheReferencePrice() {
        Api.Response scan = cashier.get("/api/products/scan?code=" + ean("21" + code + "01250"));
        assertThat(scan.status()).as(scan.toString()).isEqualTo(200);
        assertThat(scan.json().path("product").path("id").asText()).isEqualTo(apples);
        assertThat(scan.text("quantity")).isEqualTo("1.250");
        Api.Response ticket = cashier.post("/api/tickets", Map.of("organization", store,
                "lines", List.of(Map.of("product", apples, "quantity", scan.text("quantity"))),
                "payments", List.of(Map.of("method", "CASH", "amount", "4.99"))));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        assertThat(ticket.json().path("lines").get(0).path("lineAmount").asText()).isEqualTo("4.99");
    }

    @Test
    void aPriceLabelSellsWhatItsPriceBuys() {
        // 7.98 € of apples at 3.99 €/kg: 2 kg
        Api.Response scan = cashier.get("/api/products/scan?code=" + ean("26" + code + "00798"));
        assertThat(scan.status()).as(scan.toString()).isEqualTo(200);
        assertThat(scan.text("quantity")).isEqualTo("2.000");
        Api.Response quote = cashier.post("/api/tickets/quote", Map.of("organization", store,
                "lines", List.of(Map.of("product", apples, "quantity", scan.text("quantity")))));
        assertThat(quote.text("total")).isEqualTo("7.98");
    }

    @Test
    void aProductsOwnCodeSellsOneAndUnknownOrMisreadCodesAreRefused() {
        assertThat(cashier.get("/api/products/scan?code=" + code).text("quantity")).isEqualTo("1");
        String good = ean("21" + code + "01250");
        String misread = good.substring(0, 12) + (char) ('0' + (good.charAt(12) - '0' + 1) % 10);
        Api.Response bad = cashier.get("/api/products/scan?code=" + misread);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.code()).isEqualTo("BAD_CHECK_DIGIT");
        String other = String.format("%05d", (Integer.parseInt(code) + 50_000) % 100_000);
        Api.Response unknown = cashier.get("/api/products/scan?code=" + ean("21" + other + "01000"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_BARCODE");
        assertThat(cashier.get("/api/products/scan?code=NOPE-" + code).code()).isEqualTo("UNKNOWN_BARCODE");
        assertThat(cashier.get("/api/products/scan").status()).isEqualTo(400);
        assertThat(cashier.anonymous().get("/api/products/scan?code=" + code).status()).isEqualTo(401);
    }
}
