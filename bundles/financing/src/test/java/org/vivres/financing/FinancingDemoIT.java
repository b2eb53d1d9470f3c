package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.vivres.it.Api;
import org.vivres.it.TempFolders;
import org.vivres.launcher.LaunchOptions;
import org.vivres.launcher.Launcher;
import org.vivres.launcher.RunningVivres;

/**
 * With {@code --demo} (this bundle and activities), the README's financing mix is there from the first login: three
 * donors, this month's donations (30 kg of apples into Croix-Rousse's stock at their reference price, a fridge, a money
 * gift) and volunteer hours (the till, the hub's logistics, the cooking workshop's session); started again, none of it
 * twice. A Vivres of its own, since the shared test system runs without the demo.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinancingDemoIT {
    static final String PASSWORD = "demo-dons-" + Long.toHexString(System.nanoTime());
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    static Path data;
    static RunningVivres vivres;
    static Api admin;

    @BeforeAll
    static void start() throws Exception {
        data = TempFolders.create("vivres-financing-demo-");
        vivres = Launcher.start(options());
        admin = Api.of(vivres.baseUrl()).login("admin", PASSWORD);
    }

    static LaunchOptions options() {
        List<Path> bundles = Arrays.stream(System.getProperty("vivres.bundles", "").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        return LaunchOptions.ephemeral(Path.of(System.getProperty("vivres.dist")), data).withExtraBundles(bundles)
                .withAdminPassword(PASSWORD).withDemo(true).withFileInstallPollMillis(300);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (vivres != null) {
                vivres.close();
            }
        } finally {
            TempFolders.delete(data);
        }
    }

    @Test
    @Order(1)
    void theDemoHasItsDonorsDonationsAndHours() {
        assertThat(items("/api/donors?limit=500").stream().map(d -> d.path("name").asText() + "/"
                + d.path("kind").asText() + "/" + (d.path("organization").isNull() ? "réseau" : name(d))))
                .containsExactly("Boulangerie du Plateau/COMPANY/Épicerie solidaire Croix-Rousse",
                        "Ferme des Monts d'Or/FARM/réseau",
                        "Programme alimentaire de la Métropole/PUBLIC_PROGRAMME/réseau");

        JsonNode donations = admin.get("/api/donations?limit=500").json();
        assertThat(donations.path("items")).hasSize(3);
        assertThat(donations.path("totals").path("GOODS").path("value").asText()).isEqualTo("87.00");
        assertThat(donations.path("totals").path("EQUIPMENT").path("value").asText()).isEqualTo("450.00");
        assertThat(donations.path("totals").path("MONEY").path("value").asText()).isEqualTo("200.00");
        for (JsonNode donation : donations.path("items")) {
            thisMonth(donation.path("receivedOn").asText());
        }
        JsonNode apples = only(donations, "kind", "GOODS");
        assertThat(apples.path("donorName").asText()).isEqualTo("Ferme des Monts d'Or");
        assertThat(name(apples)).isEqualTo("Épicerie solidaire Croix-Rousse");
        JsonNode line = apples.path("lines").get(0);
        assertThat(line.path("product").asText()).isEqualTo(product("3760004"));
        assertThat(decimal(line, "quantity")).isEqualByComparingTo("30");
        assertThat(line.path("unitValue").asText()).isEqualTo("2.90");
        assertThat(line.path("valueSource").asText()).isEqualTo("REFERENCE_PRICE");
        JsonNode fridge = only(donations, "kind", "EQUIPMENT");
        assertThat(fridge.path("donorName").asText()).isEqualTo("Programme alimentaire de la Métropole");
        assertThat(name(fridge)).isEqualTo("Coopérative Guillotière");
        JsonNode gift = only(donations, "kind", "MONEY");
        assertThat(gift.path("donorName").asText()).isEqualTo("Boulangerie du Plateau");
        assertThat(name(gift)).isEqualTo("Épicerie solidaire Croix-Rousse");
        // the apples went into the store's stock, beside the 50 kg of the kernel's demo
        assertThat(applesOnHand()).isEqualByComparingTo("80");

        String workshop = items("/api/activities?limit=500").stream()
                .filter(a -> a.path("name").asText().equals("Atelier cuisine de saison")).findFirst().orElseThrow()
                .path("id").asText();
        String firstSession = admin.get("/api/activities/" + workshop).json().path("sessions").get(0).path("id")
                .asText();
        List<String> hours = new ArrayList<>();
        for (JsonNode h : items("/api/volunteering?limit=500")) {
            thisMonth(h.path("date").asText());
            assertThat(h.path("value").asText()).isEqualTo(
                    decimal(h, "hours").multiply(decimal(h, "hourlyRate"))
                            .setScale(2, RoundingMode.HALF_UP).toPlainString());
            hours.add(name(h) + "/" + h.path("task").asText() + "/" + h.path("hours").asText() + "/"
                    + h.path("activitySession").asText(""));
        }
        assertThat(hours).containsExactlyInAnyOrder(
                "Épicerie solidaire Croix-Rousse/TILL/6.00/",
                "Pôle logistique Lyon/LOGISTICS/4.00/",
                "Épicerie solidaire Croix-Rousse/ACTIVITY/3.00/" + firstSession);
    }

    @Test
    @Order(2)
    void croixRoussesManagerSeesHisStoresShareOnly() {
        Api manager = Api.of(vivres.baseUrl()).login("gerant.croixrousse", PASSWORD);
        JsonNode donations = manager.get("/api/donations?limit=500").json();
        assertThat(donations.path("items")).hasSize(2);
        assertThat(donations.path("totals").path("value").asText()).isEqualTo("287.00");
        JsonNode hours = manager.get("/api/volunteering?limit=500").json().path("items");
        assertThat(hours).hasSize(2);
    }

    @Test
    @Order(3)
    void startedAgainWithDemoNothingIsAddedTwice() throws Exception {
        List<Integer> before = counts();
        assertThat(before).containsExactly(3, 3, 3);
        vivres.close();
        vivres = Launcher.start(options());
        admin = Api.of(vivres.baseUrl()).login("admin", PASSWORD);
        assertThat(counts()).isEqualTo(before);
        assertThat(applesOnHand()).isEqualByComparingTo("80");
    }

    static List<Integer> counts() {
        return List.of(items("/api/donors?limit=500").size(), items("/api/donations?limit=500").size(),
                items("/api/volunteering?limit=500").size());
    }

    static BigDecimal applesOnHand() {
        JsonNode stock = admin.get("/api/stock?organization=" + org("Épicerie solidaire Croix-Rousse") + "&product="
                + product("3760004")).json().path("items");
        assertThat(stock).hasSize(1);
        return decimal(stock.get(0), "onHand");
    }

    /** Amounts and quantities come as JSON strings or numbers, whichever the bundle writes. */
    static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asText());
    }

    static void thisMonth(String date) {
        LocalDate day = LocalDate.parse(date);
        assertThat(day).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(TODAY.withDayOfMonth(1));
    }

    static JsonNode only(JsonNode list, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        list.path("items").forEach(i -> {
            if (value.equals(i.path(field).asText())) {
                found.add(i);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static List<JsonNode> items(String path) {
        Api.Response r = admin.get(path);
        assertThat(r.status()).as(path + " " + r).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().path("items").forEach(items::add);
        return items;
    }

    /** The name of the organization of {@code item}. */
    static String name(JsonNode item) {
        String id = item.path("organization").asText();
        return items("/api/organizations?limit=500").stream().filter(o -> o.path("id").asText().equals(id))
                .findFirst().orElseThrow().path("name").asText();
    }

    static String org(String name) {
        return id("/api/organizations?limit=500", "name", name);
    }

    static String product(String sku) {
        return id("/api/products?limit=500", "sku", sku);
    }

    static String id(String path, String field, String value) {
        return items(path).stream().filter(i -> value.equals(i.path(field).asText())).findFirst().orElseThrow()
                .path("id").asText();
    }
}
