package org.vivres.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;

/**
 * The scene of a procurement test, built through the API with unique names: a hub and three
 * stores with a manager each, carrots (KG), apples and salt (UNIT), two producers and their offers.
 */
final class RoundFixture {
    final Api admin;
    final Fixtures fx;
    final String hub;
    final String s1;
    final String s2;
    final String s3;
    final Api hubManager;
    final Api m1;
    final Api m2;
    final Api m3;
    final String carrots;
    final String apples;
    final String salt;
    final String farm;
    final String coop;

    RoundFixture(Api admin) {
        this.admin = admin;
        this.fx = new Fixtures(admin);
        hub = fx.hub();
        s1 = fx.store();
        s2 = fx.store();
        s3 = fx.store();
        hubManager = fx.user("MANAGER", hub);
        m1 = fx.user("MANAGER", s1);
        m2 = fx.user("MANAGER", s2);
        m3 = fx.user("MANAGER", s3);
        carrots = fx.product("LEGUMES", "2.90", "KG", List.of("LOCAL"), 15);
        apples = fx.product("FRUITS", "0.45", "UNIT", List.of("ORGANIC"), 30);
        salt = fx.product("EPICERIE", "1.20", "UNIT", List.of(), 600);
        farm = created(admin.post("/api/suppliers", Map.of("name", fx.unique("Ferme"), "distanceKm", 15)));
        coop = created(admin.post("/api/suppliers", Map.of("name", fx.unique("Coop"), "distanceKm", 40)));
        offer(farm, carrots, "10", "18.00", null);      // 1.80 / kg
        offer(coop, carrots, "5", "8.50", null);        // 1.70 / kg: the cheapest
        offer(farm, apples, "6", "9.00", null);         // 1.50 / unit
        offer(coop, apples, "12", "15.00", 5);          // 1.25 / unit, but at least 5 packs (60 units)
    }

    /** The body of a new round of this hub closing in a week. */
    Map<String, Object> newRound(String name, String... stores) {
        return Map.of("name", fx.unique(name), "hub", hub, "stores", List.of(stores),
                "closesAt", OffsetDateTime.now().plusDays(7).toString());
    }

    /** A new round of this hub with these stores, created by the admin. */
    String round(String... stores) {
        return created(admin.post("/api/procurement/rounds", newRound("Tournée", stores)));
    }

    Api.Response need(Api as, String round, String store, String product, String quantity) {
        return as.put("/api/procurement/rounds/" + round + "/needs",
                Map.of("organization", store, "product", product, "quantity", quantity));
    }

    Api.Response close(Api as, String round) {
        return as.post("/api/procurement/rounds/" + round + "/close", Map.of());
    }

    Api.Response receive(Api as, String round, String product, String quantity) {
        return as.post("/api/procurement/rounds/" + round + "/receipts", Map.of("product", product, "quantity", quantity));
    }

    Api.Response allocate(Api as, String round, Object... costs) {
        return as.post("/api/procurement/rounds/" + round + "/allocate", Map.of("costs", List.of(costs)));
    }

    JsonNode read(String round) {
        Api.Response r = admin.get("/api/procurement/rounds/" + round);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static Map<String, Object> cost(String label, String amount, String basis) {
        return Map.of("label", label, "amount", amount, "basis", basis);
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    /** A new product ({@code uom}) that the farm sells in packs of {@code packSize} at {@code packPrice}. */
    String offeredProduct(String uom, String packSize, String packPrice) {
        String product = fx.product("DIVERS", "1.00", uom, List.of(), 50);
        offer(farm, product, packSize, packPrice, null);
        return product;
    }

    void offer(String supplier, String product, String size, String price, Integer minPacks) {
        Map<String, Object> body = new HashMap<>(Map.of("supplier", supplier, "product", product, "packSize", size,
                "packPrice", price));
        if (minPacks != null) {
            body.put("minPacks", minPacks);
        }
        created(admin.post("/api/procurement/offers", body));
    }

    /** The {@code amount} of {@code store} in a list of shares, or null. */
    static String shareOf(JsonNode shares, String store) {
        for (JsonNode s : shares) {
            if (s.path("organization").asText().equals(store)) {
                return s.path("amount").asText();
            }
        }
        return null;
    }
}
