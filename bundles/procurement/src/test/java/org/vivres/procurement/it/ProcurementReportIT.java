package org.vivres.procurement.it;

import org.vivres.it.ReportHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/procurement-order} and {@code procurement-allocation}: a round closed and
 * allocated over HTTP, its purchase order and its allocation rendered by the reports bundle (CSV, PDF),
 * each store seeing its part only, and the refusals.
 */
@ExtendWith(VivresSystem.class)
class ProcurementReportIT {
    static final String ORDER_HEADER = "product,packs,packSize,quantity,unitPrice,amount";
    static final String ALLOCATION_HEADER = "organization,product,needed,allocated,amount";
    static final Map<String, String> PRODUCT_NAMES = new HashMap<>();
    static Api admin;
    static Fixtures fx;
    static String hub;
    static String hubName;
    static String alma;
    static String almaName;
    static String zola;
    static String zolaName;
    static Api hubManager;
    static Api almaManager;
    static Api zolaManager;
    static String shallots;
    static String fennel;
    static String farm;
    static String farmName;
    static String other;
    static String round;
    static String roundName;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        hubName = fx.unique("Pôle Nord");
        hub = organization(hubName, "HUB");
        // Named so that French order (É with the E's) differs from the order of the characters.
        almaName = fx.unique("Épicerie Alma");
        alma = organization(almaName, "STORE");
        zolaName = fx.unique("Épicerie Zola");
        zola = organization(zolaName, "STORE");
        hubManager = fx.user("MANAGER", hub);
        almaManager = fx.user("MANAGER", alma);
        zolaManager = fx.user("MANAGER", zola);
        shallots = product("Échalotes grises");
        fennel = product("Fenouil");
        farmName = fx.unique("Ferme des Œillets");
        farm = created(admin.post("/api/suppliers", Map.of("name", farmName, "distanceKm", 12)));
        other = created(admin.post("/api/suppliers", Map.of("name", fx.unique("Autre ferme"), "distanceKm", 30)));
        offer(farm, shallots, "3", "10.00");
        offer(farm, fennel, "4", "10.00");

        roundName = fx.unique("Légumes d'hiver");
        round = created(hubManager.post("/api/procurement/rounds", Map.of("name", roundName, "hub", hub,
                "stores", List.of(alma, zola), "closesAt", OffsetDateTime.now().plusDays(7).toString())));
        need(almaManager, alma, shallots, "4");
        need(almaManager, alma, fennel, "5");
        need(zolaManager, zola, fennel, "2.5");
        // shallots: 4 kg → 2 packs of 3 kg (20.00); fennel: 7.5 kg → 2 packs of 4 kg (20.00)
        Api.Response closed = hubManager.post("/api/procurement/rounds/" + round + "/close", Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        receive(shallots, "6");
        // 6 kg of fennel for 7.5 needed: 4 and 2 kg, at 10.00 / 4 kg
        receive(fennel, "6");
        Api.Response allocated = hubManager.post("/api/procurement/rounds/" + round + "/allocate",
                Map.of("costs", List.of()));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
    }

    private static String organization(String name, String type) {
        return created(admin.post("/api/organizations", Map.of("name", name, "type", type)));
    }

    private static String product(String name) {
        String unique = fx.unique(name);
        String id = created(admin.post("/api/products", Map.of("sku", fx.unique("SKU"), "name", unique,
                "category", "LEGUMES", "uom", "KG", "referencePrice", "4.00", "vatRate", "5.5",
                "labels", List.of("LOCAL"), "originKm", 12)));
        PRODUCT_NAMES.put(id, unique);
        return id;
    }

    private static void offer(String supplier, String product, String packSize, String packPrice) {
        created(admin.post("/api/procurement/offers", Map.of("supplier", supplier, "product", product,
                "packSize", packSize, "packPrice", packPrice)));
    }

    private static void need(Api as, String store, String product, String quantity) {
        Api.Response r = as.put("/api/procurement/rounds/" + round + "/needs",
                Map.of("organization", store, "product", product, "quantity", quantity));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static void receive(String product, String quantity) {
        Api.Response r = hubManager.post("/api/procurement/rounds/" + round + "/receipts",
                Map.of("product", product, "quantity", quantity));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private static String name(String product) {
        return PRODUCT_NAMES.get(product);
    }

    private static List<String> csv(Api as, String path) {
        ReportHttp.Raw r = ReportHttp.get(as, path + (path.contains("?") ? "&" : "?") + "format=csv");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        return List.of(r.text().split("\r\n"));
    }

    @Test
    void thePurchaseOrderListsTheSuppliersProductsInFrenchOrderWithPricesPerUnit() {
        List<String> lines = csv(zolaManager, "/api/reports/procurement-order?round=" + round + "&supplier=" + farm);

        // a store of the round reads its orders, as GET /api/procurement/rounds/{id} shows them
        assertThat(lines).containsExactly(ORDER_HEADER,
                name(shallots) + ",2,3.000,6.000,3.33,20.00",
                name(fennel) + ",2,4.000,8.000,2.50,20.00");
        assertThat(csv(hubManager, "/api/reports/procurement-order?round=" + round + "&supplier=" + farm))
                .isEqualTo(lines);
    }

    @Test
    void thePurchaseOrderPdfShowsTheRoundTheSupplierTheHubAndTheTotal() throws IOException {
        ReportHttp.Raw r = ReportHttp.get(hubManager,
                "/api/reports/procurement-order?round=" + round + "&supplier=" + farm);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = ReportHttp.normalized(new PDFTextStripper().getText(pdf));
            String compact = text.replace(" ", "");
            assertThat(compact).contains(roundName.replace(" ", ""), farmName.replace(" ", ""),
                    hubName.replace(" ", ""));
            assertThat(text).contains("Bon de commande", "2 3 6 3,33 € 20,00 €", "Total de la commande 40,00 €");
        }
    }

    @Test
    void theAllocationIsSortedByStoreThenProductAndEachStoreSeesItsOwnRows() {
        List<String> all = csv(hubManager, "/api/reports/procurement-allocation?round=" + round);
        assertThat(all).containsExactly(ALLOCATION_HEADER,
                almaName + "," + name(shallots) + ",4.000,4.000,13.33",
                almaName + "," + name(fennel) + ",5.000,4.000,10.00",
                zolaName + "," + name(fennel) + ",2.500,2.000,5.00");
        assertThat(csv(admin, "/api/reports/procurement-allocation?round=" + round)).isEqualTo(all);

        assertThat(csv(zolaManager, "/api/reports/procurement-allocation?round=" + round))
                .containsExactly(ALLOCATION_HEADER, zolaName + "," + name(fennel) + ",2.500,2.000,5.00");
    }

    @Test
    void anOpenRoundHasNoPurchaseOrderYetAndNothingAllocated() {
        String open = created(hubManager.post("/api/procurement/rounds", Map.of("name", fx.unique("Tournée"),
                "hub", hub, "stores", List.of(alma),
                "closesAt", OffsetDateTime.now().plusDays(7).toString())));

        Api.Response order = hubManager.get("/api/reports/procurement-order?round=" + open + "&supplier=" + farm);
        assertThat(order.status()).as(order.toString()).isEqualTo(404);
        assertThat(order.code()).isEqualTo("NOT_FOUND");
        assertThat(csv(hubManager, "/api/reports/procurement-allocation?round=" + open))
                .containsExactly(ALLOCATION_HEADER);
    }

    @Test
    void aSupplierWithoutAnOrderInTheRoundIsNotFound() {
        Api.Response r = hubManager.get("/api/reports/procurement-order?round=" + round + "&supplier=" + other);
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badParametersAreRefused() {
        for (String report : List.of("procurement-order?supplier=" + farm, "procurement-allocation")) {
            Api.Response missing = hubManager.get("/api/reports/" + report);
            assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
            assertThat(missing.code()).isEqualTo("FIELD_REQUIRED");
            assertThat(missing.message()).contains("tournée d'achat");
        }
        for (String report : List.of("procurement-order?supplier=" + farm + "&round=12",
                "procurement-allocation?round=12")) {
            Api.Response malformed = hubManager.get("/api/reports/" + report);
            assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
            assertThat(malformed.code()).isEqualTo("INVALID_PARAMETER");
            assertThat(malformed.message()).contains("tournée d'achat").isNotEqualTo("INVALID_PARAMETER");
        }
        Api.Response noSupplier = hubManager.get("/api/reports/procurement-order?round=" + round);
        assertThat(noSupplier.status()).as(noSupplier.toString()).isEqualTo(400);
        assertThat(noSupplier.code()).isEqualTo("FIELD_REQUIRED");
        Api.Response badSupplier = hubManager.get("/api/reports/procurement-order?round=" + round + "&supplier=x");
        assertThat(badSupplier.status()).as(badSupplier.toString()).isEqualTo(400);
        assertThat(badSupplier.code()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void storesOutsideTheRoundAndOtherRolesAreRefused() {
        Api outsider = fx.user("MANAGER", fx.store());
        for (String report : List.of("procurement-order?supplier=" + farm + "&round=" + round,
                "procurement-allocation?round=" + round,
                "procurement-allocation?round=" + UUID.randomUUID())) {
            Api.Response r = outsider.get("/api/reports/" + report);
            assertThat(r.status()).as(report + " " + r).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
        }
        Api.Response cashier = fx.user("CASHIER", alma).get("/api/reports/procurement-allocation?round=" + round);
        assertThat(cashier.status()).as(cashier.toString()).isEqualTo(403);
        assertThat(cashier.code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(cashier.message()).isNotEqualTo("ROLE_FORBIDDEN");
    }

    @Test
    void bothReportsAreListed() {
        Api.Response r = almaManager.get("/api/reports");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("items").findValuesAsText("name"))
                .contains("procurement-order", "procurement-allocation");
    }
}
