package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/products/import}: a CSV from a spreadsheet creates and updates products, with a preview
 * ({@code dryRun}) of what changes and line-numbered refusals; one refused line and nothing is imported.
 */
@ExtendWith(VivresSystem.class)
class ProductImportTest {
    static final String HEADER = "sku;name;category;uom;referencePrice;vatRate;labels;originKm\n";
    static Fixtures fx;
    static Api admin;
    static Api manager;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        manager = fx.user("MANAGER", fx.store());
    }

    static JsonNode product(String sku) {
        JsonNode items = admin.get("/api/products?q=" + sku).json().path("items");
        for (JsonNode p : items) {
            if (p.path("sku").asText().equals(sku)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aPreviewShowsWhatChangesThenTheImportCreatesAndUpdates() {
        String kept = fx.unique("IMP");
        String changed = fx.unique("IMP");
        String fresh = fx.unique("IMP");
        assertThat(admin.post("/api/products/import", HEADER
                + kept + ";Riz long;EPICERIE;UNIT;2,10;5,5;ORGANIC;300\n"
                + changed + ";Pommes;FRUITS;KG;2.90;5.5;;\n").status()).isEqualTo(200);
        String csv = "\uFEFF" + HEADER
                + kept + ";Riz long;epicerie;unit;2,10;5,5;organic;300\r\n"
                + changed + ";\"Pommes Golden; bio\";FRUITS;KG;3,20;5,5;\"ORGANIC,LOCAL\";60\r\n"
                + "\r\n"
                + fresh + ";Œufs plein air x6;CREMERIE;UNIT;2,75;5,5;LOCAL;30\r\n";
        Api.Response preview = admin.post("/api/products/import?dryRun=true", csv);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().path("create").asInt()).isEqualTo(1);
        assertThat(preview.json().path("update").asInt()).isEqualTo(1);
        assertThat(preview.json().path("unchanged").asInt()).isEqualTo(1);
        assertThat(preview.json().path("refused")).isEmpty();
        List<String> changes = new ArrayList<>();
        preview.json().path("changes").forEach(c -> changes.add(c.path("line").asInt() + " " + c.path("sku").asText()
                + " " + c.path("field").asText() + " " + c.path("from").asText() + " -> " + c.path("to").asText()));
        assertThat(changes).containsExactly(
                "3 " + changed + " name Pommes -> Pommes Golden; bio",
                "3 " + changed + " referencePrice 2.90 -> 3.20",
                "3 " + changed + " labels  -> ORGANIC,LOCAL",
                "3 " + changed + " originKm null -> 60");
        assertThat(product(fresh)).as("a dry run writes nothing").isNull();
        assertThat(product(changed).path("referencePrice").asText()).isEqualTo("2.90");

        Api.Response applied = admin.post("/api/products/import", csv);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().path("create").asInt()).isEqualTo(1);
        assertThat(product(fresh).path("name").asText()).isEqualTo("Œufs plein air x6");
        assertThat(product(fresh).path("referencePrice").asText()).isEqualTo("2.75");
        assertThat(product(changed).path("referencePrice").asText()).isEqualTo("3.20");
        assertThat(product(changed).path("labels").toString()).isEqualTo("[\"ORGANIC\",\"LOCAL\"]");
        Api.Response again = admin.post("/api/products/import?dryRun=true", csv);
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void oneRefusedLineAndNothingIsImportedWithEveryRefusalNumbered() {
        String existing = fx.unique("IMP");
        String fresh = fx.unique("IMP");
        assertThat(admin.post("/api/products/import", HEADER + existing + ";Sel;EPICERIE;UNIT;0,90;5,5;;\n").status())
                .isEqualTo(200);
        String csv = "sku,name,category,uom,referencePrice,vatRate,labels,originKm\n"
                + fresh + ",Farine,EPICERIE,UNIT,\"1,20\",\"5,5\",,\n"
                + existing + ",Sel fin,EPICERIE,UNIT,1.00,5.5,,\n"
                + fx.unique("IMP") + ",Thé,THES,UNIT,3.00,5.5,,\n"
                + fx.unique("IMP") + ",Café,EPICERIE,UNIT,4.00,5.5,BIO,\n"
                + existing + ",Sel,EPICERIE,KG,0.90,5.5,,\n"
                + fx.unique("IMP") + ",Miel,EPICERIE,UNIT,-1,5.5,,\n";
        Api.Response refused = admin.post("/api/products/import", csv);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("IMPORT_REFUSED");
        List<String> lines = new ArrayList<>();
        refused.json().path("refused").forEach(r -> lines.add(r.path("line").asInt() + " " + r.path("code").asText()));
        assertThat(lines).containsExactly("4 UNKNOWN_CATEGORY", "5 UNKNOWN_LABEL", "6 IMPORT_DUPLICATE_SKU",
                "7 INVALID_AMOUNT");
        assertThat(refused.json().path("refused").get(0).path("message").asText()).contains("catégorie « THES »");
        assertThat(product(fresh)).as("nothing half-imported").isNull();
        assertThat(product(existing).path("name").asText()).isEqualTo("Sel");
        Api.Response preview = admin.post("/api/products/import?dryRun=true", csv);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().path("refused")).hasSize(4);
        assertThat(preview.json().path("create").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheNetworkAdminImportsAndABadFileIsRefused() {
        String sku = fx.unique("IMP");
        String csv = HEADER + sku + ";Sucre;EPICERIE;UNIT;1,50;5,5;;\n";
        assertThat(manager.post("/api/products/import", csv).code()).isEqualTo("ROLE_FORBIDDEN");
        assertThat(product(sku)).isNull();
        Api.Response noHeader = admin.post("/api/products/import?dryRun=true", "sku;name\n" + sku + ";Sucre\n");
        assertThat(noHeader.json().path("refused").get(0).path("code").asText()).isEqualTo("IMPORT_MISSING_COLUMNS");
        assertThat(admin.post("/api/products/import", "").code()).isEqualTo("IMPORT_REFUSED");
    }

    @Test
    void fiveThousandLinesImportInAFewSeconds() {
        StringBuilder csv = new StringBuilder(HEADER);
        String prefix = fx.unique("BIG");
        for (int i = 0; i < 5000; i++) {
            csv.append(prefix).append('-').append(i).append(";Produit ").append(i).append(";EPICERIE;UNIT;")
                    .append(1 + i % 9).append(",").append(i % 100 < 10 ? "0" : "").append(i % 100)
                    .append(";5,5;LOCAL;").append(i % 500).append('\n');
        }
        long start = System.nanoTime();
        Api.Response r = admin.post("/api/products/import", csv.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("create").asInt()).isEqualTo(5000);
        assertThat(millis).as("5 000 lines in a few seconds (shared test machine)").isLessThan(30_000);
        assertThat(product(prefix + "-4999").path("originKm").asInt()).isEqualTo(499);
    }
}
