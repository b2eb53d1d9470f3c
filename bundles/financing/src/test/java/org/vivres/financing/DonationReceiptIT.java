package org.vivres.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vivres.it.Api;
import org.vivres.it.Fixtures;
import org.vivres.it.ReportHttp;
import org.vivres.it.VivresSystem;

/**
 * {@code GET /api/reports/donation-receipt}: the receipt for a donor's gifts of a year, refused until the organization
 * says it may issue receipts ({@code mayIssueDonationReceipts}, kept by a later change of its identity that does not name
 * it), and the other refusals.
 */
@ExtendWith(VivresSystem.class)
class DonationReceiptIT {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.now(PARIS);
    static final int YEAR = TODAY.getYear();

    static Api admin;
    static Fixtures fx;
    static String store;
    static String storeName;
    static Api manager;
    static String donor;
    static String donorName;

    @BeforeAll
    static void setUp(Api adminApi) {
        admin = adminApi;
        fx = new Fixtures(admin);
        Reports.await(admin, "donation-receipt");
        giver();
    }

    /** A new store (which has not said it may issue receipts) and a donor of it with two gifts this year. */
    static void giver() {
        storeName = fx.unique("Épicerie des Dons");
        store = FinancingMixReportIT.created(admin.post("/api/organizations", Map.of("name", storeName,
                "type", "STORE")));
        manager = fx.user("MANAGER", store);
        donorName = fx.unique("Jeanne Martin");
        donor = FinancingMixReportIT.created(manager.post("/api/donors", Map.of("name", donorName,
                "kind", "INDIVIDUAL")));
        FinancingMixReportIT.donate(manager, store, donor, "MONEY", Map.of("description", "Virement",
                "value", "150.00"));
        FinancingMixReportIT.donate(manager, store, donor, "EQUIPMENT", Map.of("description", "Balance de cuisine",
                "value", "71.00"));
    }

    static Map<String, Object> identity(Boolean may) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", "Association Les Dons du Quartier",
                "address", "12 rue des Lilas", "postalCode", "69007", "city", "Lyon", "siret", "89876543300013"));
        if (may != null) {
            body.put("mayIssueDonationReceipts", may);
        }
        return body;
    }

    static String receipt(String year) {
        return "/api/reports/donation-receipt?donor=" + donor + "&year=" + year;
    }

    @Test
    void theReceiptIsRefusedUntilTheOrganizationSaysItMayIssueItThenListsTheYearsGifts() throws IOException {
        giver();
        Api.Response refused = manager.get(receipt(String.valueOf(YEAR)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("DONATION_RECEIPTS_NOT_ALLOWED");
        assertThat(refused.message()).contains(storeName, "reçus de dons", "238 bis");
        assertThat(admin.get("/api/organizations/" + store).json().path("mayIssueDonationReceipts").asBoolean())
                .isFalse();

        Api.Response allowed = manager.put("/api/organizations/" + store, identity(true));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(allowed.json().path("mayIssueDonationReceipts").asBoolean()).isTrue();
        // the identity changed again without naming the setting: it stays
        Api.Response kept = manager.put("/api/organizations/" + store, identity(null));
        assertThat(kept.json().path("mayIssueDonationReceipts").asBoolean()).isTrue();

        ReportHttp.Raw csv = ReportHttp.get(manager, receipt(String.valueOf(YEAR)) + "&format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.text().split("\r\n")).containsExactly("date,nature,description,amount",
                TODAY + ",Numéraire,Virement,150.00", TODAY + ",Don en nature : équipement,Balance de cuisine,71.00");

        ReportHttp.Raw pdf = ReportHttp.get(manager, receipt(String.valueOf(YEAR)));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = ReportHttp.normalized(new PDFTextStripper().getText(document));
            String day = TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(text).contains("Reçu au titre des dons", "Association Les Dons du Quartier",
                    "12 rue des Lilas", "69007 Lyon", "89876543300013", String.valueOf(YEAR),
                    day + " Numéraire Virement 150,00 €", "Balance de cuisine 71,00 €", "Montant total des dons 221,00 €",
                    "Soit en toutes lettres : deux-cent-vingt-et-un euros",
                    "réduction d’impôt prévue à l’article 200 du code général des impôts");
            assertThat(text.replace(" ", "")).contains(donorName.replace(" ", ""));
        }
    }

    @Test
    void aYearWithoutGiftsABadYearAnotherStoreOrRoleAreRefused() {
        manager.put("/api/organizations/" + store, identity(true));
        Api.Response none = manager.get(receipt(String.valueOf(YEAR - 1)));
        assertThat(none.status()).as(none.toString()).isEqualTo(422);
        assertThat(none.code()).isEqualTo("NO_DONATION_TO_RECEIPT");
        assertThat(none.message()).contains(donorName, String.valueOf(YEAR - 1), storeName);

        Api.Response words = manager.get(receipt("douze"));
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.code()).isEqualTo("INVALID_YEAR");
        assertThat(manager.get("/api/reports/donation-receipt?donor=" + donor).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(manager.get("/api/reports/donation-receipt?year=" + YEAR).code()).isEqualTo("FIELD_REQUIRED");

        Api.Response foreign = fx.user("MANAGER", fx.store()).get(receipt(String.valueOf(YEAR)));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Api.Response cashier = fx.user("CASHIER", store).get(receipt(String.valueOf(YEAR)));
        assertThat(cashier.status()).isEqualTo(403);
        assertThat(cashier.code()).isEqualTo("ROLE_FORBIDDEN");
    }

    @Test
    void theActivityReportShowsTheVolunteerHoursOfEachSession() {
        String activity = FinancingMixReportIT.created(admin.post("/api/activities", Map.of("name",
                fx.unique("Atelier cuisine"), "kind", "COOKING_WORKSHOP", "organization", store)));
        String session = FinancingMixReportIT.created(admin.post("/api/activities/" + activity + "/sessions", Map.of(
                "startsAt", TODAY.plusDays(1).atTime(LocalTime.NOON).atZone(PARIS).toOffsetDateTime().toString(),
                "capacity", 10, "fee", "2.00")));
        assertThat(manager.post("/api/volunteering", Map.of("organization", store, "volunteer", "Léa",
                "date", TODAY.toString(), "hours", "2.5", "task", "ACTIVITY", "activitySession", session)).status())
                .isEqualTo(201);
        assertThat(manager.post("/api/volunteering", Map.of("organization", store, "volunteer", "Marc",
                "date", TODAY.toString(), "hours", "1", "task", "ACTIVITY", "activitySession", session)).status())
                .isEqualTo(201);

        ReportHttp.Raw csv = ReportHttp.get(manager, "/api/reports/activity?format=csv&activity=" + activity);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<String> lines = List.of(csv.text().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(
                "session,startsAt,capacity,registrations,attendance,feesCollected,volunteerHours");
        assertThat(lines.get(1)).startsWith("Séance 1,").endsWith(",10,0,0,0.00,3.50");
    }
}
